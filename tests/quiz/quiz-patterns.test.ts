// Rater round 1, defect patterns 5, 8 and 9, read across whole quizzes: statement options that read alone and vary
// their swap, no question giving another's answer away, no two questions on one option set, and nothing a test-wise
// student can exploit (key positions, the key's rank among number options).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balancedKeySlots, generateQuiz } from '@/lib/quiz/generate';
import { leaks, optionSet } from '@/lib/quiz/rank';
import { pickDateDistractors, pickQuantityDistractors } from '@/lib/quiz/distractors';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';
import { createRandom } from '@/lib/quiz/random';
import { explainDanglingStem, explainGarbledOption } from '@/lib/quiz/questions/review';
import type { Candidate } from '@/lib/quiz/questions/stem';
import type { Quiz } from '@/lib/quiz/schema';
import { parseArticleFile } from '@/lib/content/front-matter';

const files = readdirSync('content').filter((f) => f.endsWith('.md'));
const quizzes = new Map<string, Quiz>();
for (const f of files) {
  const r = generateQuiz(readFileSync(join('content', f), 'utf8'), { seed: 'factquiz-web-v1' });
  if (r.status === 'ok') quizzes.set(f, r.quiz);
}
const keyOf = (q: Quiz['questions'][number]) => q.options.find((o) => o.id === q.answerId)!.text;

const candidate = (over: Partial<Candidate>): Candidate =>
  ({ kind: 'date', stem: '', key: '', distractors: [], factKey: '', closeness: 1, weight: 1, ...over }) as Candidate;

describe('cross-question leaks (pattern 8)', () => {
  it.each([
    [candidate({ stem: 'Another attack, dubbed Downfall and revealed in 2023, affected Intel processors.' }), candidate({ stem: 'Zenbleed, revealed in _____, affected AMD.', key: '2023' }), true],
    [candidate({ stem: 'Another attack, dubbed Downfall, affected Intel processors.' }), candidate({ stem: 'Zenbleed, revealed in _____, affected AMD.', key: '2023' }), false],
    // A name in another stem says only that the article names it: all the options are its names.
    [candidate({ stem: 'In their work, Tonagawa’s team used a technique known as _____.' }), candidate({ kind: 'person', stem: 'Who said: “We call this incepting”?', key: 'Tonagawa' }), false],
    // Round 13: "the 100mg dose" in one stem answers "50 milligrams, _____ or a placebo" in another.
    [candidate({ stem: 'Nausea was reported by 7.9% of patients on the 100mg dose and 5.5% on _____.' }), candidate({ kind: 'quantity', stem: 'They took 50 milligrams, _____ or a placebo.', key: '100 milligrams' }), true],
    [candidate({ stem: 'Nausea was reported by 7.9% of patients on the 1,100mg dose and 5.5% on _____.' }), candidate({ kind: 'quantity', stem: 'They took 50 milligrams, _____ or a placebo.', key: '100 milligrams' }), false],
    [candidate({ stem: 'A fee of £1,500m was agreed with the club in _____.' }), candidate({ kind: 'quantity', stem: 'The club paid _____ for the site.', key: '£1,500 million' }), true],
    [candidate({ stem: 'Nausea was reported by 100 patients and 5.5% on _____.' }), candidate({ kind: 'quantity', stem: 'They took 50 milligrams, _____ or a placebo.', key: '100 milligrams' }), false],
  ])('%#', (a, b, leak) => {
    expect(leaks(a, b)).toBe(leak);
  });

  it.each(files)('%s: no stem holds another question’s date or number, no two questions share an option set', (f) => {
    const quiz = quizzes.get(f);
    if (!quiz) return;
    const qs = quiz.questions;
    for (const a of qs) {
      for (const b of qs) {
        if (a === b || !['date', 'quantity', 'term'].includes(b.kind)) continue;
        const text = a.kind === 'statement' ? keyOf(a) : a.stem;
        expect(text.toLowerCase().includes(keyOf(b).toLowerCase()) && new RegExp(`(?<![\\w])${keyOf(b).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i').test(text), `${a.stem} gives away ${keyOf(b)}`).toBe(false);
      }
    }
    const sets = qs.filter((q) => !['person', 'quote', 'appositive'].includes(q.kind)).map((q) => q.options.map((o) => o.text.toLowerCase()).sort().join('|'));
    // A short quiz may ask two questions (with different keys) over one set of names; never three.
    for (const s of sets) expect(sets.filter((x) => x === s).length).toBeLessThanOrEqual(2);
  });

  it('option sets ignore order and case', () => {
    expect(optionSet(candidate({ key: 'Gao', distractors: ['Bamako', 'Moura', 'Timbuktu'] }))).toBe(optionSet(candidate({ key: 'moura', distractors: ['Timbuktu', 'gao', 'Bamako'] })));
  });
});

describe('statement options (pattern 5)', () => {
  it.each(files)('%s: every statement option reads alone, holds no garble, and the false ones do not share one change', (f) => {
    for (const q of quizzes.get(f)?.questions.filter((x) => x.kind === 'statement') ?? []) {
      for (const o of q.options) {
        expect(explainDanglingStem(o.text), o.text).toBeUndefined();
        expect(explainGarbledOption(o.text), o.text).toBeUndefined();
      }
    }
  });

  it('no place is swapped into a false statement ("With US facing possible civil war")', () => {
    const quiz = quizzes.get('ose-nelson-mandela-dies.md')!;
    for (const q of quiz.questions.filter((x) => x.kind === 'statement')) for (const o of q.options) expect(o.text).not.toMatch(/With US facing/);
  });
});

describe('test-wise patterns (pattern 9)', () => {
  it.each([4, 8, 10, 13, 15])('key slots over %i questions are balanced', (n) => {
    const slots = balancedKeySlots(n, createRandom(n * 7919));
    expect(slots).toHaveLength(n);
    for (const slot of [0, 1, 2, 3]) expect(slots.filter((s) => s === slot).length).toBeLessThanOrEqual(Math.ceil(n / 4));
  });

  it.each(files)('%s: no key position serves more than a third of the quiz (+1)', (f) => {
    const quiz = quizzes.get(f);
    if (!quiz) return;
    const n = quiz.questions.length;
    for (const id of ['a', 'b', 'c', 'd']) expect(quiz.questions.filter((q) => q.answerId === id).length).toBeLessThanOrEqual(Math.ceil(n / 4));
  });

  it('the key’s rank among number options varies from key to key', () => {
    const text = [
      'The army sent 3,600 troops to the north.',
      'The agency counted 820 tents in the camp.',
      'The convoy carried 450 trucks of food.',
      'The storm destroyed 1,300 houses in the valley.',
      'The clinic treated 260 patients that week.',
      'The port handled 5,200 containers in June.',
      'The school enrolled 740 pupils this year.',
      'The farm lost 96 cattle in the flood.',
    ].join(' ');
    const facts = extractFacts(annotateText(cleanText(text)));
    const ranks = new Set<number>();
    for (const q of facts.quantities) {
      const { options } = pickQuantityDistractors(facts, q, q.text, facts.sentences[q.sentence]!);
      const values = [q.value, ...options.map((o) => Number(/\d[\d,]*/.exec(o)![0].replace(/,/g, '')))];
      ranks.add(values.filter((v) => v > q.value).length);
    }
    expect(ranks.size).toBeGreaterThanOrEqual(3);
  });

  it('year distractors do not always put the key in the same rank', () => {
    const text = ['It opened in 1961.', 'It closed in 1978.', 'It was sold in 1994.', 'It reopened in 2003.', 'It burned in 2015.', 'It was rebuilt in 1925.'].join(' ');
    const facts = extractFacts(annotateText(cleanText(text)));
    const ranks = new Set<number>();
    for (const d of facts.dates) {
      const { options } = pickDateDistractors(facts, d, facts.sentences[d.sentence]!);
      ranks.add(options.map(Number).filter((y) => y > d.year!).length);
    }
    expect(ranks.size).toBeGreaterThanOrEqual(2);
  });
});

describe('the headline and the story’s subject, as the web app serves them (body without its title)', () => {
  const bodyQuiz = (file: string) => {
    const { body } = parseArticleFile(readFileSync(join('content', file), 'utf8'));
    const r = generateQuiz(body, { seed: 'factquiz-web-v1' });
    return r.status === 'ok' ? r.quiz : { questions: [] };
  };

  it.each([
    ['wikinews-github-youtube-dl-dmca.md', 'blocked the public access'],
    ['ose-nelson-mandela-dies.md', 'has died at the age of 95'],
  ])('%s: nothing asks the lead’s headline fact (%s)', (file, lead) => {
    for (const q of bodyQuiz(file).questions) {
      expect(q.stem).not.toContain(lead);
      if (q.kind === 'statement') expect(keyOf(q)).not.toContain(lead);
    }
  });

  it('the man a tribute speaks of is never offered as its speaker', () => {
    for (const q of bodyQuiz('ose-nelson-mandela-dies.md').questions) {
      if (/[“"][^”"]*\b(?:He|he|his)\b/.test(q.stem)) expect(q.options.map((o) => o.text)).not.toContain('Nelson Mandela');
    }
  });
});
