import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { buildStatementQuestions } from '@/lib/quiz/questions/statement';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';

const ARTICLE = [
  'Susumu Tonagawa, a neuroscientist at the Massachusetts Institute of Technology, led a study of memory in mice.',
  'Mark Stokes, a neuroscientist at Oxford University, said the experiments were a tour de force.',
  'Researchers at the University of London placed 40 mice in a chamber in 2013.',
  'US President Trump has called for NATO members to increase military spending.',
  'Scientists in Japan used 25 mice in a second chamber in 2015.',
  'The hives stood between 34 and 62 metres apart in southern Austria.',
  'Easter Island is located 2300 miles (3700 km) off the west coast of South America.',
].join('\n\n');

const built = buildStatementQuestions(extractFacts(annotateText(cleanText(ARTICLE)))).filter((b) => 'key' in b) as Extract<
  ReturnType<typeof buildStatementQuestions>[number],
  { key: string }
>[];
const falseOptions = [...new Set(built.flatMap((b) => b.distractors))];

describe('which statement the article supports', () => {
  it('offers a sentence of the article against sentences with one fact swapped', () => {
    expect(built.length).toBeGreaterThanOrEqual(3);
    for (const b of built) expect(ARTICLE).toContain(b.key);
    for (const f of falseOptions) expect(ARTICLE).not.toContain(f);
  });

  it('swaps a university for another, with the article each name takes', () => {
    expect(falseOptions).toContain('Mark Stokes, a neuroscientist at the University of London, said the experiments were a tour de force.');
  });

  it('leaves alone a place that qualifies a title, one end of a range, and a number with its conversion beside it', () => {
    expect(falseOptions.some((f) => /President Trump/.test(f))).toBe(false);
    expect(falseOptions.filter((f) => f.startsWith('The hives')).every((f) => f.includes('between 34 and 62 metres'))).toBe(true);
    expect(falseOptions.filter((f) => f.startsWith('Easter Island')).every((f) => f.includes('2300 miles (3700 km)'))).toBe(true);
  });
});
