import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '@/lib/quiz/generate';
import { checkQuizInvariants } from '@/lib/quiz/invariants';
import { Quiz, type GenerateResult } from '@/lib/quiz/schema';

// The seed and the 12 dev articles: raw .txt from the shared folder when present, and the repo's own markdown copies.
// The project's shared folder sits beside the checkout on development and CI machines, not in a newcomer's clone.
const SHARED = join(__dirname, '../../../shared/articles');
const sharedFiles = existsSync(SHARED)
  ? [join(SHARED, 'mali-minusma-withdrawal.txt'), ...readdirSync(join(SHARED, 'dev')).filter((f) => f.endsWith('.txt')).map((f) => join(SHARED, 'dev', f))]
  : [];
const contentFiles = readdirSync('content').filter((f) => f.endsWith('.md')).map((f) => join('content', f));
const ARTICLES = [...sharedFiles, ...contentFiles].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

// Articles the generator cannot yet ask 8 good questions about, with what they serve today (README, Quality): fewer
// questions rather than filler whose distractors raters reject (wrong kind of body, made-up people). A drop below
// these counts is a regression; reaching 8 moves an article off this list.
const KNOWN_SHORT: [RegExp, number][] = [
  [/easter-island/, 3],
  [/github-youtube-dl/, 4],
  [/spacex-first-crewed/, 5],
  [/hirtenberger-defence/, 6],
  [/queen-suspends/, 7],
  [/youth-suicide/, 5],
  [/side-channel/, 7],
  [/false-memory/, 7],
  // Round 24's ferry report: two people, two bodies, and its figures in 40-word sentences. Today it is declined with
  // its message (2 good questions found); 0 here means "may be declined".
  [/set19-06-ferry/, 0],
  // Round 30's zoo story: three people, and most of its figures in sentences about "he", the red panda. Declined today
  // (2 good questions found).
  [/set25-06-zoo-red-panda/, 0],
  // Round 42's quad-bike inquest: four people, two of them sharing a surname, and its figures in sentences about "he".
  // Declined today (2 good questions found).
  [/set37-03-inquest-quad-bike/, 0],
];
const shortOf = (file: string) => KNOWN_SHORT.find(([pattern]) => pattern.test(file))?.[1];
const BOILERPLATE = ['Source:', 'Ashley Bailey', 'Junta remains with', 'How Mali demanded', 'armed white men', 'Title:', 'License:', 'Retrieved', 'This page was last edited', '<br>', 'Jump to content'];

const results = new Map<string, GenerateResult>();
const generate = (file: string, text: string) => {
  if (!results.has(file)) results.set(file, generateQuiz(text));
  return results.get(file)!;
};

describe.each(ARTICLES)('$file', ({ file, text }) => {
  const result = generate(file, text);
  // A known-short article may come back 'insufficient' (with its message) rather than padded with filler.
  const quiz = result.status === 'ok' ? result.quiz : { questions: [] };

  it('serves a quiz of the expected size', () => {
    expect(result.status).toBe('ok');
    const n = quiz.questions.length;
    expect(n).toBeGreaterThanOrEqual(shortOf(file) ?? 8);
    expect(n).toBeLessThanOrEqual(15);
  });

  it('passes the schema and the shared invariant checker', () => {
    if (result.status !== 'ok') return;
    expect(() => Quiz.parse(quiz)).not.toThrow();
    expect(checkQuizInvariants(text, quiz)).toEqual([]);
  });

  it('grounds every key in its evidence sentence, sliced from the text', () => {
    for (const q of quiz.questions) {
      const key = q.options.find((o) => o.id === q.answerId)!;
      expect(q.evidence.text.toLowerCase()).toContain(key.text.toLowerCase());
      expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
    }
  });

  it('has four distinct options with ids a-d and ids q1..qN', () => {
    quiz.questions.forEach((q, i) => {
      expect(q.id).toBe(`q${i + 1}`);
      expect(q.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
      expect(new Set(q.options.map((o) => o.text.toLowerCase())).size).toBe(4);
    });
  });

  it('never asks about boilerplate', () => {
    for (const q of quiz.questions) for (const b of BOILERPLATE) expect(q.evidence.text).not.toContain(b);
  });

  it('mixes kinds, with a share beyond single-phrase recall', () => {
    if (result.status !== 'ok') return;
    const beyond = quiz.questions.filter((q) => ['quote', 'statement', 'appositive'].includes(q.kind)).length;
    // The 30% target holds on the seed; fact-poor articles keep the size first and fall below it (see the report).
    if (file.includes('mali-minusma')) expect(beyond / quiz.questions.length).toBeGreaterThanOrEqual(0.3);
    // A short quiz may be of one kind (the youtube-dl report asks only about its bodies); a full one mixes three.
    if (!shortOf(file)) expect(new Set(quiz.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(3);
  });
});

// Texts written for the project's blind rating rounds (tests/fixtures/synthetic/README.md): unseen-style input.
const SYNTHETIC = readdirSync('tests/fixtures/synthetic')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: join('tests/fixtures/synthetic', f), text: readFileSync(join('tests/fixtures/synthetic', f), 'utf8') }));

describe.each(SYNTHETIC)('$file', ({ file, text }) => {
  it('serves a valid quiz whose invariants hold, and no boilerplate', () => {
    const result = generate(file, text);
    if (shortOf(file) === 0 && result.status === 'insufficient') return expect(result.message).toMatch(/Too few facts/);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.quiz.questions.length).toBeGreaterThanOrEqual(3);
    expect(checkQuizInvariants(text, result.quiz)).toEqual([]);
    // (A byline names its writer: "By Thursday afternoon about 140 rescuers ..." is the story's own sentence.)
    for (const q of result.quiz.questions) expect(q.evidence.text).not.toMatch(/^(Source|Read more|Related|Photo|By (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z])/);
  });
});

describe('determinism', () => {
  const seed = ARTICLES.find((a) => a.file.includes('mali-minusma'))!.text;

  it('gives the same quiz for the same text and seed', () => {
    expect(generateQuiz(seed, { seed: 's1' })).toEqual(generateQuiz(seed, { seed: 's1' }));
  });

  it('asks the same questions under another seed, only the option order moves', () => {
    const a = generateQuiz(seed, { seed: 's1' });
    const b = generateQuiz(seed, { seed: 's2' });
    if (a.status !== 'ok' || b.status !== 'ok') throw new Error('seed article must give a quiz');
    expect(b.quiz.questions.map((q) => q.stem)).toEqual(a.quiz.questions.map((q) => q.stem));
    const keyOf = (q: (typeof a.quiz.questions)[number]) => q.options.find((o) => o.id === q.answerId)!.text;
    expect(b.quiz.questions.map(keyOf)).toEqual(a.quiz.questions.map(keyOf));
    expect(b.quiz.questions.map((q) => q.answerId)).not.toEqual(a.quiz.questions.map((q) => q.answerId));
  });

  it('spreads the key over positions', () => {
    const positions = ARTICLES.flatMap((a) => {
      const r = generate(a.file, a.text);
      return r.status === 'ok' ? r.quiz.questions.map((q) => q.answerId) : [];
    });
    for (const id of ['a', 'b', 'c', 'd']) expect(positions.filter((p) => p === id).length / positions.length).toBeGreaterThan(0.12);
  });
});

describe('count', () => {
  const seed = ARTICLES.find((a) => a.file.includes('mali-minusma'))!.text;

  it.each([8, 9, 10, 11])('honours count %i on the seed article', (count) => {
    const r = generateQuiz(seed, { count });
    expect(r.status === 'ok' && r.quiz.questions.length).toBe(count);
  });

  // The twelfth would ask for MINUSMA a second time, one sentence after the first ("The _____ has repeatedly stated
  // ..." and "Mali often denied or delayed _____'s permission ..."): one answer for both, so it is left out.
  it('serves fewer than asked rather than one name twice in neighbouring sentences', () => {
    const r = generateQuiz(seed, { count: 12 });
    expect(r.status === 'ok' && r.quiz.questions.length).toBe(11);
  });
});

describe('title', () => {
  const body = ARTICLES.find((a) => a.file.endsWith('mali-minusma-withdrawal.md'))!.text.replace(/^---[\s\S]*?---\n/, '');

  it('names the quiz after a headline passed apart from the text', () => {
    const r = generateQuiz(body, { title: 'Mali asks UN peacekeepers to leave' });
    expect(r.status === 'ok' && r.quiz.title).toBe('Mali asks UN peacekeepers to leave');
  });

  it("prefers the text's own Title line", () => {
    const r = generateQuiz(`Title: From the file\n\n${body}`, { title: 'Passed apart' });
    expect(r.status === 'ok' && r.quiz.title).toBe('From the file');
  });

  it('never serves a question that restates the headline', () => {
    const r = generateQuiz(body, { title: 'Mali asks U.N. peacekeepers to leave immediately', count: 15 });
    expect(r.status).toBe('ok');
    const headlineStems = r.rejected.filter((x) => /headline/i.test(x.reason));
    expect(headlineStems.length).toBeGreaterThan(0);
    if (r.status === 'ok') for (const q of r.quiz.questions) expect(headlineStems.map((x) => x.stem)).not.toContain(q.stem);
  });
});

describe('input it cannot use', () => {
  it.each([
    ['empty', ''],
    ['blank', '  \n\t \n'],
    ['gibberish', 'xq zzv plo qwrt mnbv '.repeat(200)],
    ['non-English', 'Der schnelle braune Fuchs springt über den faulen Hund. '.repeat(20)],
    ['HTML soup', '<div><span>&nbsp;</span><a href="x">link</a></div>'.repeat(300)],
    ['one fact', 'MINUSMA was launched in 2013 after rebels took over northern Mali.'],
  ])('%s text is insufficient with a message', (_name, text) => {
    const r = generateQuiz(text);
    expect(r.status).toBe('insufficient');
    if (r.status === 'insufficient') expect(r.message.length).toBeGreaterThan(10);
  });

  it('explains what it rejected', () => {
    const r = generateQuiz(ARTICLES[0]!.text);
    expect(r.rejected.length).toBeGreaterThan(0);
    expect(r.rejected.every((x) => x.reason.length > 0 && x.stem.length > 0)).toBe(true);
  });
});
