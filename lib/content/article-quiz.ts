import { generateQuiz } from '@/lib/quiz/generate';
import type { GenerateResult } from '@/lib/quiz/schema';
import type { ArticleMeta } from './front-matter';

/** A fixed seed keeps each article's quiz, and its option order, the same across requests and restarts. */
export const WEB_QUIZ_SEED = 'factquiz-web-v1';

/**
 * How the web app builds an article's quiz: from the body (front matter stripped), with the headline passed apart.
 * Not server-only, so the end-to-end tests and the eval script rebuild exactly what readers are served.
 */
export function generateArticleQuiz(article: { body: string; title: ArticleMeta['title'] }): GenerateResult {
  return generateQuiz(article.body, { seed: WEB_QUIZ_SEED, title: article.title });
}
