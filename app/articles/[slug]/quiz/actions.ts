'use server';

import type { z } from 'zod';
import { getQuizForArticle } from '@/lib/content/quiz';
import { cutEvidenceContext } from '@/lib/quiz/context';
import type { Quiz } from '@/lib/quiz/schema';
import { scoreAnswers } from '@/lib/quiz/score';
import { buildAnswersSchema, collectAnswerFields, QuizId, type QuizState } from './schema';

const QUIZ_GONE =
  'This quiz no longer exists, so your answers could not be checked. Go back to the articles and open the quiz again.';

/** Scores a submitted quiz. The key comes only from the server's copy of the quiz, never from the form. */
export async function submitQuiz(_prev: QuizState, formData: FormData): Promise<QuizState> {
  const quizId = QuizId.safeParse(formData.get('quizId'));
  if (!quizId.success) return { status: 'invalid', message: QUIZ_GONE };
  const found = await getQuizForArticle(quizId.data);
  if (!found || found.status !== 'ready') return { status: 'invalid', message: QUIZ_GONE };

  const answers = buildAnswersSchema(found.quiz).safeParse(collectAnswerFields(formData));
  if (!answers.success) return { status: 'invalid', message: describeAnswerError(found.quiz, answers.error) };

  const chosen = Object.fromEntries(
    Object.entries(answers.data).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const score = scoreAnswers(found.quiz, chosen);
  return {
    status: 'scored',
    correct: score.correct,
    total: score.total,
    results: score.results.map(({ evidence, ...result }) => ({
      ...result,
      evidence: cutEvidenceContext(found.article.body, evidence),
    })),
  };
}

function describeAnswerError(quiz: Quiz, error: z.ZodError): string {
  const issue = error.issues[0];
  const tail = ', so nothing was scored. Reload the quiz and answer again.';
  if (issue?.code === 'unrecognized_keys') return `The form named a question that is not in this quiz${tail}`;
  const index = quiz.questions.findIndex((question) => question.id === issue?.path[0]);
  const where = index === -1 ? 'one question' : `question ${index + 1}`;
  return `The answer sent for ${where} is not one of its options${tail}`;
}
