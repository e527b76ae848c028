import { describe, expect, it } from 'vitest';
import { listArticles } from '@/lib/content/articles';
import { getQuizForArticle } from '@/lib/content/quiz';
import { cutEvidenceContext } from '@/lib/quiz/context';
import { toPublicQuiz } from '@/lib/quiz/public-view';
import { Quiz } from '@/lib/quiz/schema';

const SEED = 'mali-minusma-withdrawal';

describe('getQuizForArticle', () => {
  it.each(['no-such-article', '../etc/passwd', 'Mali', '', 'mali--minusma'])('returns null for %j', async (slug) => {
    expect(await getQuizForArticle(slug)).toBeNull();
  });

  it('serves the seed article a valid quiz whose id is the slug and whose title is the article title', async () => {
    const found = await getQuizForArticle(SEED);
    expect(found?.status).toBe('ready');
    if (found?.status !== 'ready') return;
    expect(found.quizId).toBe(SEED);
    expect(found.quiz.title).toBe(found.article.title);
    expect(Quiz.safeParse(found.quiz).success).toBe(true);
  });

  it('generates once per slug and serves the same quiz after', async () => {
    expect(await getQuizForArticle(SEED)).toBe(await getQuizForArticle(SEED));
  });

  it('gives every article either a quiz or a message, with evidence that points into the shown body', async () => {
    for (const { slug } of await listArticles()) {
      const found = await getQuizForArticle(slug);
      expect(found, slug).not.toBeNull();
      if (found?.status !== 'ready') {
        expect(found?.message, slug).toBeTruthy();
        continue;
      }
      for (const question of found.quiz.questions) {
        const { start, end, text } = question.evidence;
        expect(found.article.body.slice(start, end), `${slug} ${question.id}`).toBe(text);
        expect(cutEvidenceContext(found.article.body, question.evidence).sentence).toBe(text);
      }
      const publicJson = JSON.stringify(toPublicQuiz(found.quiz));
      expect(publicJson, slug).not.toMatch(/answerId|evidence/);
    }
  });
});
