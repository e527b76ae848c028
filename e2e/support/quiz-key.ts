import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../../lib/content/front-matter';
import { generateArticleQuiz } from '../../lib/content/article-quiz';
import type { Quiz } from '../../lib/quiz/schema';

export const SEED_SLUG = 'mali-minusma-withdrawal';

/**
 * The quiz the server serves for an article, rebuilt in the test process as the app builds it (front matter
 * stripped, same options), so the tests know the key without asking the app for it.
 */
export function loadServedQuiz(slug: string = SEED_SLUG): Quiz {
  const { meta, body } = parseArticleFile(readFileSync(join(process.cwd(), 'content', `${slug}.md`), 'utf8'));
  if (!meta.success) throw new Error(`content/${slug}.md: bad front matter`);
  const result = generateArticleQuiz({ body, title: meta.data.title });
  if (result.status !== 'ok') throw new Error(`${slug}: no quiz (${result.message})`);
  return result.quiz;
}

export function keyText(question: Quiz['questions'][number]): string {
  return question.options.find((option) => option.id === question.answerId)!.text;
}

export function wrongText(question: Quiz['questions'][number]): string {
  return question.options.find((option) => option.id !== question.answerId)!.text;
}

/** Answers every even-numbered question (0-based index) right and every odd one wrong. */
export function halfRightPlan(quiz: Quiz) {
  return quiz.questions.map((question, index) => ({
    index,
    right: index % 2 === 0,
    text: index % 2 === 0 ? keyText(question) : wrongText(question),
  }));
}

/** Raw page HTML plus the decoded RSC payload strings (`self.__next_f.push`), where props sent to the client live. */
export function readablePayload(html: string): string {
  const chunks = [...html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)].map((match) => {
    const parsed = JSON.parse(match[1]!) as unknown[];
    return parsed.filter((part): part is string => typeof part === 'string').join('');
  });
  const text = html.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return `${text}\n${chunks.join('\n')}`;
}
