import { expect, test } from '@playwright/test';
import { QuizPage } from './pages/quiz-page';
import { keyText, loadServedQuiz, SEED_SLUG } from './support/quiz-key';

const quiz = loadServedQuiz();

test('a tampered option id is refused with a clear message and nothing is scored', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.goto(SEED_SLUG);
  const first = quizPage.option(0, quiz.questions[0]!.options[0]!.text);
  await first.check();
  await first.evaluate((input: HTMLInputElement) => {
    input.value = 'z';
  });
  await quizPage.submit();
  await expect(quizPage.errorHeading).toBeVisible();
  await expect(page.getByText(/answer sent for question 1 is not one of its options/)).toBeVisible();
  await expect(quizPage.scoreHeading).toHaveCount(0);
});

test('a tampered quiz id is refused as a quiz that no longer exists', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.goto(SEED_SLUG);
  await quizPage.choose(0, keyText(quiz.questions[0]!));
  await page.locator('input[name="quizId"]').evaluate((input: HTMLInputElement) => {
    input.value = '../etc/passwd';
  });
  await quizPage.submit();
  await expect(page.getByText(/This quiz no longer exists/)).toBeVisible();
  await expect(quizPage.scoreHeading).toHaveCount(0);
});

test('an unanswered submission says which questions were not answered', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.goto(SEED_SLUG);
  await quizPage.choose(0, keyText(quiz.questions[0]!));
  await quizPage.submit();
  const total = quiz.questions.length;
  await expect(quizPage.scoreHeading).toHaveText(`You got 1 of ${total}`);
  await expect(page.getByText(`${total - 1} not answered`)).toBeVisible();
  await expect(quizPage.verdict(0, 'Right')).toBeVisible();
  for (let index = 1; index < total; index += 1) {
    await expect(quizPage.verdict(index, 'Not answered')).toBeVisible();
  }
});

test('an unknown article shows a helpful not-found page', async ({ page }) => {
  for (const path of ['/articles/no-such-article', '/articles/no-such-article/quiz', '/articles/Bad_Slug/quiz']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See all articles' })).toBeVisible();
  }
});
