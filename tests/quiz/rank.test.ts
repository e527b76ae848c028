import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@/lib/content/front-matter';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { focusOnCentral } from '@/lib/quiz/rank';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';

const factsOf = (text: string) => extractFacts(annotateText(cleanText(text), 2000));
const seed = parseArticleFile(readFileSync('content/mali-minusma-withdrawal.md', 'utf8')).body;

describe('focusOnCentral', () => {
  it('leaves an article shorter than the limit whole', () => {
    const facts = factsOf(seed);
    expect(focusOnCentral(facts, 120)).toBe(facts);
  });

  it('keeps the facts of the most central sentences of a long text, and every sentence for ranking', () => {
    const facts = factsOf(Array.from({ length: 6 }, () => seed).join('\n\n'));
    const focused = focusOnCentral(facts, 40);
    const kept = new Set([...focused.names, ...focused.dates, ...focused.quantities].map((x) => x.sentence));
    expect(kept.size).toBeLessThanOrEqual(40);
    expect(kept.size).toBeGreaterThan(10);
    expect(focused.sentences).toBe(facts.sentences);
    expect(focused.names.length).toBeLessThan(facts.names.length);
  });
});
