import type { Locator, Page } from '@playwright/test';

export type Verdict = 'Right' | 'Wrong' | 'Not answered';

export class QuizPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly questions: Locator;
  readonly submitButton: Locator;
  readonly scoreHeading: Locator;
  readonly errorHeading: Locator;
  readonly tryAgainLink: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.form = page.getByRole('form');
    this.questions = this.form.getByRole('group');
    this.submitButton = page.getByRole('button', { name: 'Check my answers' });
    this.scoreHeading = page.getByRole('heading', { name: /^You got \d+ of \d+$/ });
    this.errorHeading = page.getByRole('heading', { name: 'Your answers could not be checked' });
    this.tryAgainLink = page.getByRole('link', { name: 'Try again' });
  }

  static pathOf(slug: string) {
    return `/articles/${slug}/quiz`;
  }

  async goto(slug: string) {
    await this.page.goto(QuizPage.pathOf(slug));
  }

  question(index: number): Locator {
    return this.questions.nth(index);
  }

  option(index: number, text: string): Locator {
    return this.question(index).getByRole('radio', { name: text, exact: true });
  }

  async choose(index: number, text: string) {
    await this.option(index, text).check();
  }

  async submit() {
    await this.submitButton.click();
  }

  verdict(index: number, verdict: Verdict): Locator {
    return this.question(index).getByText(verdict, { exact: true });
  }

  evidenceMark(index: number): Locator {
    return this.question(index).locator('blockquote mark');
  }
}
