import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { QuizPage } from './pages/quiz-page';
import { halfRightPlan, loadServedQuiz, SEED_SLUG } from './support/quiz-key';

const quiz = loadServedQuiz();

/** Every page a reader sees, the scored quiz included (it has the most colour: marks, verdicts). */
const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', open: async (page) => void (await page.goto('/')) },
  { name: 'article', open: async (page) => void (await page.goto(`/articles/${SEED_SLUG}`)) },
  { name: 'quiz', open: (page) => new QuizPage(page).goto(SEED_SLUG) },
  {
    name: 'scored quiz',
    open: async (page) => {
      const quizPage = new QuizPage(page);
      await quizPage.goto(SEED_SLUG);
      // Leave the last question unanswered so all three verdicts are on the page.
      for (const step of halfRightPlan(quiz).slice(0, -1)) await quizPage.choose(step.index, step.text);
      await quizPage.submit();
      await expect(quizPage.scoreHeading).toBeVisible();
    },
  },
  { name: 'not found', open: async (page) => void (await page.goto('/articles/no-such-article')) },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const { name, open } of PAGES) {
      test(`${name} page has no axe violations`, async ({ page }) => {
        await open(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test.describe('360px wide screen', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const { name, open } of PAGES) {
    test(`${name} page does not scroll sideways`, async ({ page }) => {
      await open(page);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(360);
    });
  }
});
