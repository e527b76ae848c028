import { expect, type Page, test } from '@playwright/test';
import { QuizPage } from './pages/quiz-page';
import { loadServedQuiz, SEED_SLUG } from './support/quiz-key';

const quiz = loadServedQuiz();

/** Tabs until the focused element matches, so the test does not depend on how many links the header has. */
async function tabUntil(page: Page, matches: (el: Element) => boolean, limit = 15) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('focus never reached the expected element');
}

async function outlineWidthOfFocused(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? parseFloat(getComputedStyle(el).outlineWidth) : 0;
  });
}

test('the skip link is the first stop and moves to the content', async ({ page }) => {
  await page.goto(QuizPage.pathOf(SEED_SLUG));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a keyboard user answers with arrow keys and submits with Enter, with focus always visible', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.goto(SEED_SLUG);

  await tabUntil(page, (el) => el instanceof HTMLInputElement && el.type === 'radio');
  const firstGroup = quizPage.question(0).getByRole('radio');
  await expect(firstGroup.first()).toBeFocused();
  expect(await outlineWidthOfFocused(page)).toBeGreaterThan(0);

  // Arrow keys move within a radio group and select as they go.
  await page.keyboard.press('ArrowDown');
  await expect(firstGroup.nth(1)).toBeFocused();
  await expect(firstGroup.nth(1)).toBeChecked();

  // Tab leaves the group for the next question; Space selects there.
  await page.keyboard.press('Tab');
  await expect(quizPage.question(1).getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(quizPage.question(1).getByRole('radio').first()).toBeChecked();

  await tabUntil(page, (el) => el instanceof HTMLButtonElement && el.type === 'submit', quiz.questions.length + 2);
  await expect(quizPage.submitButton).toBeFocused();
  expect(await outlineWidthOfFocused(page)).toBeGreaterThan(0);
  await page.keyboard.press('Enter');

  await expect(quizPage.scoreHeading).toBeVisible();
  await expect(page.getByRole('region', { name: /^You got/ })).toBeFocused();
});

test('Space on the submit button submits too', async ({ page }) => {
  const quizPage = new QuizPage(page);
  await quizPage.goto(SEED_SLUG);
  await quizPage.submitButton.focus();
  await page.keyboard.press('Space');
  await expect(quizPage.scoreHeading).toHaveText(`You got 0 of ${quiz.questions.length}`);
});
