import { z } from 'zod';
import { SLUG_PATTERN } from '@/lib/content/slug';
import type { EvidenceContext } from '@/lib/quiz/context';
import type { Quiz } from '@/lib/quiz/schema';

/** Radio inputs are named `answer.<questionId>`; their value is the option id. */
export const ANSWER_FIELD_PREFIX = 'answer.';

/** The quiz id is the article slug: anything else (paths, blanks, files) names no quiz. */
export const QuizId = z.string().regex(SLUG_PATTERN);

export interface QuestionFeedback {
  questionId: string;
  chosenId: string | null;
  correct: boolean;
  unanswered: boolean;
  answerId: string;
  evidence: EvidenceContext;
}

export type QuizState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string }
  | { status: 'scored'; correct: number; total: number; results: QuestionFeedback[] };

export const initialQuizState: QuizState = { status: 'idle' };

/**
 * Answers allowed for this quiz: each key a question id of the quiz, each value one of that question's option ids.
 * Strict, so a question id from another quiz is an error rather than silently dropped.
 */
export function buildAnswersSchema(quiz: Quiz) {
  const shape = Object.fromEntries(
    quiz.questions.map((question) => [
      question.id,
      z.enum(question.options.map((option) => option.id)).optional(),
    ]),
  );
  return z.strictObject(shape);
}

/**
 * Collects the `answer.*` fields. A field sent twice becomes an array so that validation rejects it instead of
 * taking either value. Other fields are not read: the form carries only quizId besides answers, and Next adds its
 * own `$ACTION_*` fields to a no-JavaScript post, so ignoring them is safer than failing on them.
 */
export function collectAnswerFields(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  // A Map, not an object literal: a field named `answer.__proto__` or `answer.constructor` must stay plain data.
  const answers = new Map<string, FormDataEntryValue | FormDataEntryValue[]>();
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith(ANSWER_FIELD_PREFIX)) continue;
    const questionId = name.slice(ANSWER_FIELD_PREFIX.length);
    const seen = answers.get(questionId);
    answers.set(questionId, seen === undefined ? value : [seen, value].flat());
  }
  return Object.fromEntries(answers);
}
