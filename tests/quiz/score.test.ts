import { describe, expect, it } from 'vitest';
import type { Question, Quiz } from '@/lib/quiz/schema';
import { scoreAnswers } from '@/lib/quiz/score';

function question(id: string, answerId: string): Question {
  return {
    id,
    kind: 'date',
    stem: `Stem of ${id}?`,
    options: ['a', 'b', 'c', 'd'].map((optionId) => ({ id: optionId, text: `${id} option ${optionId}` })),
    answerId,
    evidence: { text: `Evidence for ${id}.`, start: 0, end: `Evidence for ${id}.`.length },
  };
}

const QUIZ: Quiz = { title: 'Fixture', questions: [question('q1', 'a'), question('q2', 'c'), question('q3', 'd')] };

describe('scoreAnswers', () => {
  it.each<{ name: string; answers: Record<string, string>; correct: number; flags: boolean[] }>([
    { name: 'all right', answers: { q1: 'a', q2: 'c', q3: 'd' }, correct: 3, flags: [true, true, true] },
    { name: 'all wrong', answers: { q1: 'b', q2: 'b', q3: 'b' }, correct: 0, flags: [false, false, false] },
    { name: 'mixed', answers: { q1: 'a', q2: 'd', q3: 'd' }, correct: 2, flags: [true, false, true] },
    { name: 'nothing answered', answers: {}, correct: 0, flags: [false, false, false] },
  ])('$name: $correct of 3', ({ answers, correct, flags }) => {
    const score = scoreAnswers(QUIZ, answers);
    expect(score.correct).toBe(correct);
    expect(score.total).toBe(3);
    expect(score.results.map((r) => r.correct)).toEqual(flags);
  });

  it('marks unanswered questions as unanswered and wrong', () => {
    const score = scoreAnswers(QUIZ, { q2: 'c' });
    expect(score.results.map(({ chosenId, unanswered, correct }) => ({ chosenId, unanswered, correct }))).toEqual([
      { chosenId: null, unanswered: true, correct: false },
      { chosenId: 'c', unanswered: false, correct: true },
      { chosenId: null, unanswered: true, correct: false },
    ]);
  });

  it('reports the key and the evidence of every question', () => {
    const [first] = scoreAnswers(QUIZ, { q1: 'b' }).results;
    expect(first).toEqual({
      questionId: 'q1',
      chosenId: 'b',
      correct: false,
      unanswered: false,
      answerId: 'a',
      evidence: QUIZ.questions[0]!.evidence,
    });
  });

  it('ignores answers to questions the quiz does not have', () => {
    expect(scoreAnswers(QUIZ, { q1: 'a', other: 'a' })).toMatchObject({ correct: 1, total: 3 });
  });

  it('does not read inherited properties as answers', () => {
    const score = scoreAnswers({ questions: [question('constructor', 'a')] }, {});
    expect(score.results[0]).toMatchObject({ chosenId: null, unanswered: true });
  });
});
