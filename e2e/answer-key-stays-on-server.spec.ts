import { expect, test } from '@playwright/test';
import { QuizPage } from './pages/quiz-page';
import { loadServedQuiz, readablePayload, SEED_SLUG } from './support/quiz-key';

const quiz = loadServedQuiz();

// Every key-aware spec rebuilds the quiz in the test process: if this fails, the server was built from other code.
test('the server serves the quiz this checkout generates', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.goto(SEED_SLUG);
  await expect(quizPage.questions.locator('legend')).toHaveText(quiz.questions.map((q, i) => `${i + 1}. ${q.stem}`));
});

test('the quiz page sends no key, no evidence and no tell before the reader submits', async ({ request }) => {
  const response = await request.get(QuizPage.pathOf(SEED_SLUG));
  expect(response.ok()).toBe(true);
  const html = await response.text();
  // The RSC payload is where client component props travel: it must be present, or the checks below prove nothing.
  expect(html).toContain('self.__next_f.push');
  const payload = readablePayload(html);
  expect(payload, 'the decoded payload holds the public quiz').toContain('"options":[{"id":"');
  // Everything the page legitimately shows: stems and options.
  const shown = quiz.questions.flatMap((q) => [q.stem, ...q.options.map((o) => o.text)]);

  for (const tell of ['answerId', '"evidence"', 'correct', 'Correct', '"kind"', '"difficulty"']) {
    expect(payload, `page contains ${tell}`).not.toContain(tell);
  }
  for (const question of quiz.questions) {
    const sentence = question.evidence.text;
    if (shown.some((text) => text.includes(sentence))) continue;
    expect(payload, `page contains the evidence of ${question.id}`).not.toContain(sentence);
  }
});

test('the options keep the generator order and the key is not always in the same place', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.goto(SEED_SLUG);
  for (const [index, question] of quiz.questions.entries()) {
    const radios = quizPage.question(index).getByRole('radio');
    await expect(radios).toHaveCount(4);
    for (const [position, option] of question.options.entries()) {
      await expect(radios.nth(position)).toHaveAttribute('value', option.id);
      await expect(radios.nth(position)).toHaveAccessibleName(option.text);
    }
  }
  const keyPositions = quiz.questions.map((q) => q.options.findIndex((o) => o.id === q.answerId));
  expect(new Set(keyPositions).size, `key positions ${keyPositions.join(',')}`).toBeGreaterThan(1);
});
