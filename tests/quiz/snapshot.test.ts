import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generateQuiz } from '@/lib/quiz/generate';

// Any change in the seed article's questions shows up here, to be read and accepted on purpose (vitest -u).
it('keeps the seed quiz as reviewed', () => {
  const result = generateQuiz(readFileSync('content/mali-minusma-withdrawal.md', 'utf8'));
  expect(result.status === 'ok' ? result.quiz : result).toMatchSnapshot();
});
