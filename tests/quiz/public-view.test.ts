import { describe, expect, it } from 'vitest';
import { toPublicQuiz } from '@/lib/quiz/public-view';
import type { Quiz } from '@/lib/quiz/schema';

const EVIDENCE = ['MINUSMA was launched in 2013 after a coup.', 'The force had 13,000 troops in the north.'];

const QUIZ: Quiz = {
  title: 'Mali',
  questions: [
    {
      id: 'q1',
      kind: 'date',
      difficulty: 'easy',
      stem: 'When was MINUSMA launched?',
      options: [
        { id: 'a', text: '2012' },
        { id: 'b', text: '2013' },
        { id: 'c', text: '2016' },
        { id: 'd', text: '2021' },
      ],
      answerId: 'b',
      evidence: { text: EVIDENCE[0]!, start: 0, end: EVIDENCE[0]!.length },
    },
    {
      id: 'q2',
      kind: 'quantity',
      stem: 'How many troops did the force have?',
      options: [
        { id: 'a', text: '13,000' },
        { id: 'b', text: '3,600' },
        { id: 'c', text: '1,000' },
        { id: 'd', text: '170' },
      ],
      answerId: 'a',
      evidence: { text: EVIDENCE[1]!, start: 43, end: 43 + EVIDENCE[1]!.length },
    },
  ],
};

/** Every object key in a JSON value, with the path of the object that holds it. */
function collectKeys(value: unknown, path = '$'): [string, string[]][] {
  if (Array.isArray(value)) return value.flatMap((item) => collectKeys(item, `${path}[]`));
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  return [[path, Object.keys(value).sort()], ...entries.flatMap(([key, child]) => collectKeys(child, `${path}.${key}`))];
}

describe('toPublicQuiz', () => {
  const json = JSON.stringify(toPublicQuiz(QUIZ));

  it.each(['answerId', 'evidence', 'kind', 'difficulty', 'start', 'end', ...EVIDENCE])(
    'leaves %j out of the serialized view',
    (secret) => {
      expect(json).not.toContain(secret);
    },
  );

  it('keeps exactly the allowed keys on every object', () => {
    const keysByPath = new Map(collectKeys(JSON.parse(json)));
    expect(Object.fromEntries(keysByPath)).toEqual({
      $: ['questions', 'title'],
      '$.questions[]': ['id', 'options', 'stem'],
      '$.questions[].options[]': ['id', 'text'],
    });
  });

  it('keeps the generator option order and ids', () => {
    const view = toPublicQuiz(QUIZ);
    expect(view.questions.map((q) => q.options.map((o) => `${o.id}:${o.text}`))).toEqual([
      ['a:2012', 'b:2013', 'c:2016', 'd:2021'],
      ['a:13,000', 'b:3,600', 'c:1,000', 'd:170'],
    ]);
  });

  it('drops fields the generator might add later', () => {
    const withExtra = { ...QUIZ, secret: 'x', questions: QUIZ.questions.map((q) => ({ ...q, rationale: 'because' })) };
    expect(JSON.stringify(toPublicQuiz(withExtra))).not.toMatch(/secret|rationale|because/);
  });

  it('gives an untitled quiz a neutral title', () => {
    expect(toPublicQuiz({ questions: QUIZ.questions }).title).toBe('Quiz');
  });
});
