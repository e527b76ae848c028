import { z } from 'zod';

/** What a question asks about; one file per kind lives in lib/quiz/questions/. */
export const QuestionKind = z.enum([
  'person',
  'organisation',
  'place',
  'date',
  'quantity',
  'quote',
  'acronym',
  'appositive',
  'term',
  'statement',
  'remark',
]);
export type QuestionKind = z.infer<typeof QuestionKind>;

export const Difficulty = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof Difficulty>;

export const Option = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
});
export type Option = z.infer<typeof Option>;

/** The sentence that states the key; `start`/`end` are offsets into the text the quiz was generated from. */
export const Evidence = z
  .object({
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((e) => e.end - e.start === e.text.length, { message: 'evidence offsets do not span its text' });
export type Evidence = z.infer<typeof Evidence>;

export const Question = z
  .object({
    id: z.string().min(1),
    kind: QuestionKind,
    stem: z.string().min(1),
    options: z.array(Option).length(4),
    answerId: z.string().min(1),
    evidence: Evidence,
    difficulty: Difficulty.optional(),
  })
  .refine((q) => q.options.some((o) => o.id === q.answerId), { message: 'answerId names no option' })
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, { message: 'option ids repeat' })
  .refine((q) => new Set(q.options.map((o) => o.text.toLowerCase())).size === q.options.length, {
    message: 'option texts repeat',
  });
export type Question = z.infer<typeof Question>;

/** The quiz as `npm run quiz` prints it; documented in the README. */
export const Quiz = z.object({
  title: z.string().min(1).optional(),
  questions: z.array(Question).min(1),
});
export type Quiz = z.infer<typeof Quiz>;

export const GenerateOptions = z.object({
  count: z.number().int().min(1).max(50).default(10),
  seed: z.string().default('factquiz'),
  /** The headline, for a text that carries none (the web app passes an article's body): questions never restate it. */
  title: z.string().trim().min(1).optional(),
});
export type GenerateOptions = z.input<typeof GenerateOptions>;

/** A candidate the generator built and did not serve, with why; `--explain` lists them. */
export interface RejectedCandidate {
  kind: QuestionKind;
  stem: string;
  reason: string;
}

export type GenerateResult =
  | { status: 'ok'; quiz: Quiz; rejected: RejectedCandidate[] }
  | { status: 'insufficient'; message: string; found: number; rejected: RejectedCandidate[] };
