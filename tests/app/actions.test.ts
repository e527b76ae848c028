import { beforeEach, describe, expect, it, vi } from 'vitest';
import { submitQuiz } from '@/app/articles/[slug]/quiz/actions';
import { initialQuizState, type QuizState } from '@/app/articles/[slug]/quiz/schema';
import type { QuizForArticle } from '@/lib/content/quiz';
import { LAKE_BODY, LAKE_QUIZ, RIVER_BODY, RIVER_QUIZ } from './fixtures';

const getQuizForArticle = vi.hoisted(() => vi.fn<(slug: string) => Promise<QuizForArticle | null>>());
vi.mock('@/lib/content/quiz', () => ({ getQuizForArticle }));

function ready(slug: string, title: string, body: string, quiz: typeof RIVER_QUIZ): QuizForArticle {
  return { status: 'ready', quizId: slug, quiz, article: { slug, title, source: 'Test', licence: 'Test', body } };
}

const QUIZZES: Record<string, QuizForArticle> = {
  danube: ready('danube', 'The Danube', RIVER_BODY, RIVER_QUIZ),
  baikal: ready('baikal', 'Lake Baikal', LAKE_BODY, LAKE_QUIZ),
  'thin-article': {
    status: 'insufficient',
    quizId: 'thin-article',
    message: 'too few facts',
    article: { slug: 'thin-article', title: 'Thin', source: 'Test', licence: 'Test', body: 'Short.' },
  },
};

beforeEach(() => {
  getQuizForArticle.mockReset();
  getQuizForArticle.mockImplementation(async (slug) => QUIZZES[slug] ?? null);
});

function form(fields: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

async function submit(fields: [string, string | Blob][]): Promise<QuizState> {
  return submitQuiz(initialQuizState, form(fields));
}

function expectScored(state: QuizState) {
  if (state.status !== 'scored') throw new Error(`expected a score, got ${JSON.stringify(state)}`);
  return state;
}

describe('submitQuiz: scoring', () => {
  it.each([
    { name: 'all right', answers: { q1: 'b', q2: 'c', q3: 'b' }, correct: 3 },
    { name: 'all wrong', answers: { q1: 'a', q2: 'a', q3: 'a' }, correct: 0 },
    { name: 'one right', answers: { q1: 'b', q2: 'd', q3: 'c' }, correct: 1 },
  ])('scores $name against the server key', async ({ answers, correct }) => {
    const fields = Object.entries(answers).map(([q, o]): [string, string] => [`answer.${q}`, o]);
    const state = expectScored(await submit([['quizId', 'danube'], ...fields]));
    expect(state).toMatchObject({ correct, total: 3 });
    expect(state.results.map((r) => r.chosenId)).toEqual(Object.values(answers));
  });

  it('counts missing answers as wrong and flags them unanswered', async () => {
    const state = expectScored(await submit([['quizId', 'danube'], ['answer.q2', 'c']]));
    expect(state).toMatchObject({ correct: 1, total: 3 });
    expect(state.results.map(({ questionId, chosenId, unanswered, correct }) => ({ questionId, chosenId, unanswered, correct }))).toEqual([
      { questionId: 'q1', chosenId: null, unanswered: true, correct: false },
      { questionId: 'q2', chosenId: 'c', unanswered: false, correct: true },
      { questionId: 'q3', chosenId: null, unanswered: true, correct: false },
    ]);
  });

  it('scores an empty submission as all unanswered', async () => {
    const state = expectScored(await submit([['quizId', 'danube']]));
    expect(state.correct).toBe(0);
    expect(state.results.every((r) => r.unanswered)).toBe(true);
  });

  it('returns the key and the evidence sentence inside its paragraph', async () => {
    const state = expectScored(await submit([['quizId', 'danube'], ['answer.q2', 'a']]));
    expect(state.results[1]).toMatchObject({
      answerId: 'c',
      evidence: {
        before: 'It flows east for 2,850 kilometres. ',
        sentence: 'It crosses ten countries before it reaches the Black Sea.',
        after: '',
      },
    });
  });

  it('ignores fields other than quizId and answers, such as the framework action fields', async () => {
    const state = await submit([['quizId', 'danube'], ['answer.q1', 'b'], ['$ACTION_ID_abc', ''], ['answerId', 'a'], ['score', '3']]);
    expect(expectScored(state)).toMatchObject({ correct: 1, total: 3 });
  });
});

describe('submitQuiz: rejected input', () => {
  it.each([
    { name: 'an unknown quiz id', fields: [['quizId', 'no-such-article']], message: /no longer exists/ },
    { name: 'a path as quiz id', fields: [['quizId', '../etc']], message: /no longer exists/ },
    { name: 'an encoded path as quiz id', fields: [['quizId', '..%2Fetc%2Fpasswd']], message: /no longer exists/ },
    { name: 'no quiz id', fields: [['answer.q1', 'b']], message: /no longer exists/ },
    { name: 'an empty quiz id', fields: [['quizId', '']], message: /no longer exists/ },
    { name: 'a quiz that could not be built', fields: [['quizId', 'thin-article']], message: /no longer exists/ },
    { name: 'an option id the question does not have', fields: [['quizId', 'danube'], ['answer.q2', 'z']], message: /question 2 is not one of its options/ },
    { name: 'an option text instead of its id', fields: [['quizId', 'danube'], ['answer.q1', 'the Black Forest']], message: /question 1 is not one of its options/ },
    { name: 'an empty option id', fields: [['quizId', 'danube'], ['answer.q3', '']], message: /question 3 is not one of its options/ },
    { name: 'two answers to one question', fields: [['quizId', 'danube'], ['answer.q1', 'b'], ['answer.q1', 'a']], message: /question 1 is not one of its options/ },
    { name: 'a question id from another quiz', fields: [['quizId', 'danube'], ['answer.q1', 'b'], ['answer.lake-1', 'a']], message: /not in this quiz/ },
    { name: 'an invented question id', fields: [['quizId', 'danube'], ['answer.__proto__', 'a']], message: /not in this quiz/ },
  ] as { name: string; fields: [string, string][]; message: RegExp }[])('rejects $name and scores nothing', async ({ fields, message }) => {
    const state = await submit(fields);
    expect(state.status).toBe('invalid');
    if (state.status === 'invalid') expect(state.message).toMatch(message);
  });

  it('rejects a file sent as an answer', async () => {
    const state = await submit([['quizId', 'danube'], ['answer.q1', new Blob(['b'])]]);
    expect(state.status).toBe('invalid');
  });

  it('rejects a file sent as the quiz id', async () => {
    const state = await submit([['quizId', new Blob(['danube'])]]);
    expect(state).toMatchObject({ status: 'invalid' });
  });
});
