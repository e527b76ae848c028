import type { Locator, Page } from '@playwright/test';

export class ArticlePage {
  readonly heading: Locator;
  readonly quizLink: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.quizLink = page.getByRole('link', { name: 'Take the quiz', exact: true });
  }

  async goto(slug: string) {
    await this.page.goto(`/articles/${slug}`);
  }

  async takeQuiz() {
    await this.quizLink.click();
  }
}
