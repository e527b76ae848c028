import type { Evidence, Quiz } from './schema';

export interface QuestionResult {
  questionId: string;
  /** The option the reader picked, or null when the question was left unanswered. */
  chosenId: string | null;
  correct: boolean;
  unanswered: boolean;
  answerId: string;
  evidence: Evidence;
}

export interface Score {
  correct: number;
  total: number;
  results: QuestionResult[];
}

/** Scores against the quiz's own key; an unanswered question counts as wrong. */
export function scoreAnswers(quiz: Quiz, answers: Readonly<Record<string, string>>): Score {
  const results = quiz.questions.map((question): QuestionResult => {
    const chosenId = Object.hasOwn(answers, question.id) ? (answers[question.id] ?? null) : null;
    return {
      questionId: question.id,
      chosenId,
      correct: chosenId === question.answerId,
      unanswered: chosenId === null,
      answerId: question.answerId,
      evidence: question.evidence,
    };
  });
  return { correct: results.filter((result) => result.correct).length, total: results.length, results };
}
