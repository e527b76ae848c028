import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@/lib/content/front-matter';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { focusOnCentral, leaks, rankCandidates, restates, standsOut } from '@/lib/quiz/rank';
import type { Candidate } from '@/lib/quiz/questions/stem';
import { generateQuiz } from '@/lib/quiz/generate';
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

// Rounds 20-21: a statement's false option rewrote a sentence another question asked about ("she already had 10
// signatures" beside "she already had _____"), testing one fact twice.
describe('a statement question', () => {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const overlap = (a: string, b: string) => {
    const x = words(a);
    const y = words(b);
    return [...x].filter((w) => y.has(w)).length / Math.max(1, Math.min(x.size, y.size));
  };
  // Rounds 35-39: 6 of 6 statement questions were acceptable (29 of 41 since round 20, against 65% overall); two
  // may serve a quiz whose article has the sentences for them.
  it('serves two on an article with the sentences for them', () => {
    const result = generateQuiz(readFileSync('tests/fixtures/synthetic/set15-04-brackenmouth-encyclopedia.txt', 'utf8'));
    expect(result.status === 'ok' && result.quiz.questions.filter((q) => q.kind === 'statement')).toHaveLength(2);
  });

  const files = readdirSync('tests/fixtures/synthetic').filter((f) => f.endsWith('.txt'));
  it.each(files)('%s: takes no false option from a sentence another question asks about', (file) => {
    const result = generateQuiz(readFileSync(`tests/fixtures/synthetic/${file}`, 'utf8'));
    if (result.status !== 'ok') return;
    const { questions } = result.quiz;
    for (const s of questions.filter((q) => q.kind === 'statement')) {
      const falseOptions = s.options.filter((o) => o.id !== s.answerId).map((o) => o.text);
      for (const other of questions.filter((q) => q !== s)) {
        for (const f of falseOptions) expect(overlap(f, other.evidence.text), `${f} / ${other.stem}`).toBeLessThan(0.8);
      }
    }
  });
});

// Round 52: a true statement of 137 characters among false ones of 84-90 was picked out by its length alone.
describe('standsOut', () => {
  const pool = (...lengths: number[]) => lengths.map((n, i) => ({ sentence: i, text: 'x'.repeat(n), type: 'wording' }));

  it('marks a true option far longer or shorter than every false one', () => {
    expect(standsOut('y'.repeat(137), pool(84, 88, 90))).toBe(true);
    expect(standsOut('y'.repeat(60), pool(84, 88, 90))).toBe(true);
    expect(standsOut('y'.repeat(100), pool(84, 88, 130))).toBe(false);
  });

  // Round 70: 154 characters against 136, 107 and 105 was "clearly the longest".
  it('marks a true option a tenth longer than the longest false one', () => {
    expect(standsOut('y'.repeat(154), pool(136, 107, 105))).toBe(true);
    expect(standsOut('y'.repeat(145), pool(136, 107, 105))).toBe(false);
  });

  it('marks a true option alone without a number among false ones with numbers changed', () => {
    const numbers = [
      { sentence: 0, text: 'It cost £5m in 2021.', type: 'quantity' },
      { sentence: 1, text: 'It opened in 2019 here.', type: 'date' },
      { sentence: 2, text: 'The mill was rebuilt.', type: 'wording' },
    ];
    expect(standsOut('The mill stands on a hill.', numbers)).toBe(true);
    expect(standsOut('The mill stood from 1819.', numbers)).toBe(false);
  });
});

// Round 53: "recruited _____ aged 35 to 64" (186 adults) beside "171 of the _____ completed" (186 participants): one
// gives the other away.
describe('two counts of one figure', () => {
  it('never serve one quiz', () => {
    const facts = factsOf(
      'Researchers in Sheffield recruited 186 adults aged between 35 and 64 for the trial.\n\nDropout was low: 171 of the 186 participants completed the study.',
    );
    const candidate = (sentence: number, key: string, unit: string): Candidate => ({
      kind: 'quantity',
      stem: facts.sentences[sentence]!.text.replace(key, '_____'),
      key,
      distractors: ['130 x', '251 x', '298 x'].map((d) => d.replace('x', unit)),
      sentence: facts.sentences[sentence]!,
      factKey: `quantity:186:${unit}`,
      closeness: 1,
      weight: 1,
    });
    const ranked = rankCandidates([candidate(0, '186 adults', 'adults'), candidate(1, '186 participants', 'participants')], facts, 10);
    expect(ranked.selected).toHaveLength(1);
  });
});

// Round 53: a false statement "A new market house, designed by ... Thomas Ferrand, ..." told the answer of
// "... including _____'s market house".
describe('restates', () => {
  const question = { kind: 'person', key: 'Ferrand', stem: "The town centre contains 96 listed buildings, including _____'s market house." } as Candidate;

  it('reads a statement option naming the key with a phrase of the stem as telling it', () => {
    expect(restates('A new market house, designed by the Bath architect Thomas Ferrand, was built in Bath stone.', question)).toBe(true);
  });

  it('leaves one that names the key in other words, or shares words but not the key', () => {
    expect(restates('Ferrand moved to Bath in 1760 and worked there until his death.', question)).toBe(false);
    expect(restates('A new market house was built in Bath stone between 1768 and 1771.', question)).toBe(false);
  });
});

// Round 64: "Which of these did Hallam say?", its key his criticism, beside "Who criticised the plan?" keyed Hallam.
describe('a remark question', () => {
  it('leaks the answer of a question keyed its speaker', () => {
    const sentence = extractFacts(annotateText(cleanText('Hallam criticised the plan at the meeting.'))).sentences[0]!;
    const base = { sentence, closeness: 1, weight: 1 };
    const remark: Candidate = { ...base, kind: 'remark', stem: 'Which of these did Tom Hallam say?', key: 'This plan is a mistake', distractors: ['a', 'b', 'c'], factKey: 'remark:hallam' };
    const who: Candidate = { ...base, kind: 'person', stem: '_____ criticised the plan at the meeting.', key: 'Hallam', distractors: ['Ward', 'Price', 'Lowe'], factKey: 'person:hallam' };
    const other: Candidate = { ...who, key: 'Ward', distractors: ['Hallam', 'Price', 'Lowe'], factKey: 'person:ward' };
    expect(leaks(remark, who)).toBe(true);
    expect(leaks(remark, other)).toBe(false);
  });
});

// Round 78: 'Dennis Rotich said: "He is a great runner, ..."' beside '"When I saw Mutua look back ...," said _____'.
describe('a stem that gives a speaker words', () => {
  const sentences = extractFacts(annotateText(cleanText('"I knew he was tired," said Rotich. "Today the mud was my friend," he said. The race ended at noon.'))).sentences;
  const base = { closeness: 1, weight: 1 };
  const who: Candidate = { ...base, sentence: sentences[0]!, kind: 'person', stem: '"I knew he was tired," said _____.', key: 'Rotich', distractors: ['Kiprop', 'Mutua', 'Kemboi'], factKey: 'person:rotich' };
  const saying: Candidate = { ...base, sentence: sentences[1]!, kind: 'place', stem: 'Dennis Rotich said: "Today the mud was my friend in _____."', key: 'Nandi', distractors: ['Iten', 'Kigari', 'Eldoret'], factKey: 'place:nandi' };
  it('tells who said the neighbouring words', () => {
    expect(leaks(saying, who)).toBe(true);
  });
  it('tells nothing of words two sentences away, nor of a question that asks no speaker', () => {
    expect(leaks({ ...saying, sentence: sentences[2]! }, { ...who, sentence: sentences[0]! })).toBe(false);
    expect(leaks(saying, { ...who, stem: 'The race was won by _____.' })).toBe(false);
  });
});

describe('who-is questions beside others', () => {
  const sentence = extractFacts(annotateText(cleanText('Defence lawyer Florian Pichlmayr said his client would consider an appeal.'))).sentences[0]!;
  const identity = (name: string, key: string): Candidate => ({
    kind: 'appositive',
    stem: `According to the article, who is ${name}?`,
    key,
    distractors: ['Judge', 'Prosecutor', 'Accident reconstruction expert'],
    sentence,
    factKey: `identity:${name.toLowerCase()}`,
    closeness: 1,
    weight: 1,
  });
  const person: Candidate = { kind: 'person', stem: 'Defence lawyer _____ said his client would consider an appeal.', key: 'Florian Pichlmayr', distractors: [], sentence, factKey: 'person:pichlmayr', closeness: 1, weight: 1 };

  it('never serves two: each answer rules out an option of the other', () => {
    expect(leaks(identity('Florian Pichlmayr', 'Defence lawyer'), identity('Julia Steiner-Maurer', 'Prosecutor'))).toBe(true);
  });

  it('never serves one beside a stem that names the description', () => {
    expect(leaks(person, identity('Florian Pichlmayr', 'Defence lawyer'))).toBe(true);
    expect(leaks({ ...person, stem: 'The prosecution has _____ to decide on an appeal.' }, identity('Florian Pichlmayr', 'Defence lawyer'))).toBe(false);
  });
});
