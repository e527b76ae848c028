import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { HomePage } from './pages/home-page';
import { QuizPage } from './pages/quiz-page';
import { halfRightPlan, loadServedQuiz } from './support/quiz-key';

const quiz = loadServedQuiz();
const plan = halfRightPlan(quiz);
const expectedRight = plan.filter((step) => step.right).length;

test('a reader finds the seed article, takes its quiz and sees an exact score with feedback', async ({ page }) => {
  // Hydration mismatches and runtime errors show up only in the console: fail on them.
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  const home = new HomePage(page);
  await home.goto();
  await home.openArticle('Mali asks UN peacekeepers to leave immediately');

  const article = new ArticlePage(page);
  await expect(article.heading).toHaveText('Mali asks UN peacekeepers to leave immediately');
  await article.takeQuiz();

  const quizPage = new QuizPage(page);
  await expect(page).toHaveURL(/\/articles\/mali-minusma-withdrawal\/quiz$/);
  await expect(quizPage.questions).toHaveCount(quiz.questions.length);
  for (const step of plan) await quizPage.choose(step.index, step.text);
  await quizPage.submit();

  await expect(quizPage.scoreHeading).toHaveText(`You got ${expectedRight} of ${quiz.questions.length}`);
  // Focus moves to the outcome so keyboard and screen-reader users land on it.
  await expect(page.getByRole('region', { name: /^You got/ })).toBeFocused();
  for (const step of plan) {
    const question = quiz.questions[step.index]!;
    await expect(quizPage.verdict(step.index, step.right ? 'Right' : 'Wrong')).toBeVisible();
    await expect(quizPage.evidenceMark(step.index)).toHaveText(question.evidence.text);
    // The reader's choice stays selected after scoring.
    await expect(quizPage.option(step.index, step.text)).toBeChecked();
  }
  await expect(quizPage.tryAgainLink).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('try again starts a fresh attempt', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.goto('mali-minusma-withdrawal');
  await quizPage.choose(0, plan[0]!.text);
  await quizPage.submit();
  await expect(quizPage.scoreHeading).toBeVisible();
  await quizPage.tryAgainLink.click();
  await expect(quizPage.scoreHeading).toHaveCount(0);
  await expect(quizPage.option(0, plan[0]!.text)).not.toBeChecked();
});
