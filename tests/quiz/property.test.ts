import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '@/lib/quiz/generate';
import { Quiz } from '@/lib/quiz/schema';

const SEED_SENTENCES = [
  'MINUSMA was launched in 2013 after separatist rebels took over northern Mali.',
  'More than 170 peacekeepers have died in the fighting.',
  '“If he goes, there will be anarchy,” said Ahmedou Ould-Abdallah, a former Mauritanian foreign minister.',
  'On June 14, the Malian government issued a statement rejecting all proposals.',
  'Title: x\n',
  '---\n',
  '<br>',
  '\n\n',
];

function checkResult(text: string): void {
  const r = generateQuiz(text);
  if (r.status === 'ok') {
    Quiz.parse(r.quiz);
    for (const q of r.quiz.questions) expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
  } else {
    expect(r.status).toBe('insufficient');
    expect(r.message).toBeTruthy();
  }
}

describe('generateQuiz never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => checkResult(s)), { numRuns: 150 });
  });

  it('on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (s) => checkResult(s)), { numRuns: 100 });
  });

  it('on shuffled article fragments', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...SEED_SENTENCES), { maxLength: 60 }), (parts) => checkResult(parts.join(' '))), { numRuns: 100 });
  });

  it('on 200,000 characters', () => {
    checkResult('Mali asked U.N. peacekeepers to leave in 2013. '.repeat(4200).slice(0, 200_000));
    checkResult('x'.repeat(200_000));
  });

  it('on options it does not accept', () => {
    expect(generateQuiz('some text', { count: 0 }).status).toBe('insufficient');
    expect(generateQuiz('some text', { count: 1.5 }).status).toBe('insufficient');
  });
});
