import type { Quiz } from './schema';

/** What the browser may see of a quiz: no key, no evidence, nothing that tells the key apart. */
export interface PublicOption {
  id: string;
  text: string;
}

export interface PublicQuestion {
  id: string;
  stem: string;
  options: PublicOption[];
}

export interface PublicQuiz {
  title: string;
  questions: PublicQuestion[];
}

const UNTITLED = 'Quiz';

/**
 * Copies only allowed fields, field by field, so a property the generator adds later cannot leak by spreading.
 * Option order is the generator's seeded shuffle and is kept as is.
 */
export function toPublicQuiz(quiz: Quiz): PublicQuiz {
  return {
    title: quiz.title ?? UNTITLED,
    questions: quiz.questions.map((question) => ({
      id: question.id,
      stem: question.stem,
      options: question.options.map((option) => ({ id: option.id, text: option.text })),
    })),
  };
}
