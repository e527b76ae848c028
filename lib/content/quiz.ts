import 'server-only';
import type { Quiz } from '@/lib/quiz/schema';
import { type Article, getArticleBySlug } from './articles';
import { generateArticleQuiz } from './article-quiz';

export type QuizForArticle =
  | { status: 'ready'; quizId: string; article: Article; quiz: Quiz }
  | { status: 'insufficient'; quizId: string; article: Article; message: string };

// Generation is deterministic, so one result per slug serves every request of this process.
const quizzes = new Map<string, QuizForArticle>();

/** The article's quiz, generated on the server; null when the slug names no article. The quiz id is the slug. */
export async function getQuizForArticle(slug: string): Promise<QuizForArticle | null> {
  const cached = quizzes.get(slug);
  if (cached) return cached;
  const article = await getArticleBySlug(slug);
  if (!article) return null;
  const result = generateArticleQuiz(article);
  const entry: QuizForArticle =
    result.status === 'ok'
      ? { status: 'ready', quizId: slug, article, quiz: result.quiz }
      : { status: 'insufficient', quizId: slug, article, message: result.message };
  quizzes.set(slug, entry);
  return entry;
}
