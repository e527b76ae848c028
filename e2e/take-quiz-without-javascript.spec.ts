import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { HomePage } from './pages/home-page';
import { QuizPage } from './pages/quiz-page';
import { halfRightPlan, loadServedQuiz } from './support/quiz-key';

const quiz = loadServedQuiz();
const plan = halfRightPlan(quiz);
const expectedRight = plan.filter((step) => step.right).length;

test.use({ javaScriptEnabled: false });

test('the quiz works as a plain form post with JavaScript off', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.openArticle('Mali asks UN peacekeepers to leave immediately');
  await new ArticlePage(page).takeQuiz();

  const quizPage = new QuizPage(page);
  await expect(quizPage.questions).toHaveCount(quiz.questions.length);
  for (const step of plan) await quizPage.choose(step.index, step.text);
  await quizPage.submit();

  await expect(quizPage.scoreHeading).toHaveText(`You got ${expectedRight} of ${quiz.questions.length}`);
  for (const step of plan) {
    await expect(quizPage.verdict(step.index, step.right ? 'Right' : 'Wrong')).toBeVisible();
    await expect(quizPage.evidenceMark(step.index)).toHaveText(quiz.questions[step.index]!.evidence.text);
    await expect(quizPage.option(step.index, step.text)).toBeChecked();
  }
});
