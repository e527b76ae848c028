import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { buildQuoteChoiceQuestions } from '@/lib/quiz/questions/quote';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';

const ARTICLE = [
  'Labour Party leader Jeremy Corbyn called the move a "smash and grab on our democracy".',
  '"We\'re not going to wait until Oct. 31 before getting on with our plans to take this country forward", Boris Johnson said in an interview.',
  'Conservative MP Philip Hammond commented, "It would be a constitutional outrage if Parliament were prevented from holding the government to account."',
  'Speaker John Bercow said: "However it is dressed up, it is blindingly obvious that the purpose of [suspending Parliament] now would be to stop [Parliament] debating Brexit."',
  'Prime Minister Johnson told the public, "Jeremy Corbyn wants to cancel the referendum and argue about Brexit for years."',
].join('\n\n');

const built = buildQuoteChoiceQuestions(extractFacts(annotateText(cleanText(ARTICLE))));
const asked = (speaker: string) => built.filter((b) => 'key' in b && b.stem.endsWith(`${speaker}?`)) as Extract<(typeof built)[number], { key: string }>[];

describe('which remark a speaker made', () => {
  it('offers the speaker’s own words, as written, against other speakers’ words', () => {
    const [corbyn] = asked('Jeremy Corbyn');
    expect(corbyn?.key).toBe('smash and grab on our democracy');
    expect(ARTICLE).toContain(corbyn!.key);
    expect(corbyn!.distractors).toHaveLength(3);
    for (const d of corbyn!.distractors) expect(d).not.toMatch(/Corbyn/);
  });

  it('never offers another remark of the same speaker, which would be a second key', () => {
    for (const q of asked('Boris Johnson')) {
      for (const d of q.distractors) expect(['We\'re not going', 'Jeremy Corbyn wants'].some((start) => d.startsWith(start))).toBe(false);
    }
  });

  it('cuts a long remark at a word that ends a phrase, never inside brackets or after "Oct."', () => {
    const options = built.flatMap((b) => ('key' in b ? [b.key, ...b.distractors] : []));
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) {
      expect(o).not.toMatch(/\[[^\]]*$/);
      expect(o).not.toMatch(/\b(Oct|the|of|to)\.?$/);
    }
  });
});
