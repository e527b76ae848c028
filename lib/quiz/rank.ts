/**
 * Choose the served questions: important sentences (their names recur through the article), the whole article
 * covered, kinds mixed, never two questions on one sentence or one fact, and at least 30% beyond single-phrase
 * recall (quote attribution, statements, descriptions). Difficulty follows distractor closeness.
 */
import type { Difficulty, RejectedCandidate } from './schema';
import { canonicalOf, containsWord, type Facts } from './facts/3-facts';
import { BLANK, countWords, hasSayingOptions, PEOPLE_KINDS, standsOutByLength, type Candidate } from './questions/stem';
import { remember } from './memo';
import { lastWord } from './facts/names';
import { measureAfter } from './distractors';

const BEYOND_RECALL = new Set(['quote', 'remark', 'statement', 'appositive']);
const BEYOND_RECALL_SHARE = 0.3;
const MIN_SERVED = 8;
/** The quiz size a caller gets without asking (schema.ts). */
const DEFAULT_COUNT = 10;
/** How often one name may be the key when a fact-poor article needs it (relaxed ranking only). */
const MAX_KEY_USES = 2;
/** How far apart (in sentences) a name's two questions must be to test different things. */
const KEY_REUSE_DISTANCE = 3;

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'NUM']);

/**
 * How central a sentence is: Luhn-style, the mean document frequency of its content lemmas, plus its recurring
 * names, plus a bonus for the lead.
 */
function scoreSentences(facts: Facts): Map<number, number> {
  const lemmaFreq = new Map<string, number>();
  // Each sentence's distinct content lemmas, in token order, read once.
  const contentOf = new Map<Facts['sentences'][number], string[]>();
  for (const s of facts.sentences) {
    const lemmas = new Set<string>();
    for (const t of s.tokens) if (CONTENT_POS.has(t.pos) && t.lemma.length > 2) lemmas.add(t.lemma.toLowerCase());
    contentOf.set(s, [...lemmas]);
  }
  for (const s of facts.sentences) for (const l of contentOf.get(s)!) lemmaFreq.set(l, (lemmaFreq.get(l) ?? 0) + 1);
  const nameFreq = new Map<string, number>();
  for (const n of facts.names) if (n.type !== 'other') nameFreq.set(canonicalOf(facts, n.text), (nameFreq.get(canonicalOf(facts, n.text)) ?? 0) + 1);
  const namesBySentence = new Map<number, Set<string>>();
  for (const n of facts.names) {
    if (n.type === 'other') continue;
    const set = namesBySentence.get(n.sentence) ?? new Set<string>();
    set.add(canonicalOf(facts, n.text));
    namesBySentence.set(n.sentence, set);
  }
  const scores = new Map<number, number>();
  for (const s of facts.sentences) {
    const lemmas = contentOf.get(s)!;
    const luhn = lemmas.length ? lemmas.reduce((sum, l) => sum + Math.log(1 + (lemmaFreq.get(l) ?? 0)), 0) / lemmas.length : 0;
    const names = namesBySentence.get(s.index) ?? new Set<string>();
    let nameScore = 0;
    for (const c of names) nameScore = Math.max(nameScore, Math.log(1 + (nameFreq.get(c) ?? 0)));
    scores.set(s.index, luhn + 0.5 * nameScore + (s.paragraph === 0 ? 0.8 : 0));
  }
  return scores;
}

/**
 * On a long text, the facts of its `limit` most central sentences only, in text order: questions are built from
 * these (a quiz needs a handful), so the work stays bounded. Ranking still reads the whole text.
 */
export function focusOnCentral(facts: Facts, limit: number): Facts {
  if (facts.sentences.length <= limit) return facts;
  const { centrality } = scoreArticle(facts);
  const kept = new Set(
    [...centrality]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([index]) => index),
  );
  const inKept = (x: { sentence: number }) => kept.has(x.sentence);
  return {
    ...facts,
    names: facts.names.filter(inKept),
    dates: facts.dates.filter(inKept),
    quantities: facts.quantities.filter(inKept),
    quotes: facts.quotes.filter(inKept),
    appositives: facts.appositives.filter(inKept),
    namings: facts.namings.filter(inKept),
    acronyms: facts.acronyms,
  };
}

/** What the story is about: names in its title, and names mentioned at least half as often as the most mentioned. */
function findTopics(facts: Facts): Set<string> {
  const freq = new Map<string, number>();
  for (const n of facts.names) if (n.type !== 'other') freq.set(canonicalOf(facts, n.text), (freq.get(canonicalOf(facts, n.text)) ?? 0) + 1);
  const top = Math.max(0, ...freq.values());
  const topics = new Set([...freq].filter(([, f]) => f * 2 >= top && f >= 3).map(([c]) => c));
  const title = facts.title?.toLowerCase() ?? '';
  for (const n of facts.names) if (n.type !== 'other' && title.includes(n.text.toLowerCase())) topics.add(canonicalOf(facts, n.text));
  return topics;
}

/** Hard: reasoning across the article or near numbers from it; medium: names of the article; easy: filler pools. */
export function rateDifficulty(c: Candidate): Difficulty {
  if (hasSayingOptions(c.kind) || c.kind === 'quote') return 'hard';
  if ((c.kind === 'date' || c.kind === 'quantity') && c.closeness >= 0.8) return 'hard';
  return c.closeness >= 0.5 ? 'medium' : 'easy';
}

/** The four options as a set: two questions with the same options read as one question asked twice. */
const optionSetCache = new WeakMap<Candidate, string>();
export function optionSet(c: Candidate): string {
  return remember(optionSetCache, c, () => [c.key, ...c.distractors.slice(0, 3)].map((o) => o.toLowerCase().trim()).sort().join('\u0000'));
}

const PERCENT = /%|per ?cent/;

/**
 * Does question `a` give away question `b`'s answer? Its stem (a statement: its true option) holds b's date, number
 * or term ("revealed in 2023" beside "Zenbleed, revealed in _____").
 */
export function leaks(a: Candidate, b: Candidate): boolean {
  // A person's or body's name in another stem says only that the article names it (the options are all its names); a
  // date, number, term or place there is the answer itself ("illegal acts in Moura" beside "the town of _____").
  // (A statement's options are whole sentences: one that names the key with the stem's own words gives it away.)
  if (a.kind === 'statement' && b.kind !== 'statement' && [a.key, ...a.distractors].some((o) => restates(o, b))) return true;
  // "Which of these did Hallam say?" with his criticism as its key tells who the critic is (round 64): a remark question
  // and one whose answer is its speaker never share a quiz.
  if (a.kind === 'remark' && PEOPLE_KINDS.has(b.kind) && containsWord(a.stem, lastWord(b.key))) return true;
  // 'Dennis Rotich said: "He is a great runner, ..."' beside '"When I saw Mutua look back ...," said _____': a stem that
  // gives a speaker words tells who said the neighbouring words another question asks about (round 78).
  if (PEOPLE_KINDS.has(b.kind) && ASKS_SPEAKER.test(b.stem) && namesSpeaker(a.stem, lastWord(b.key)) && Math.abs(a.sentence.index - b.sentence.index) <= 1) return true;
  // "Who is Florian Pichlmayr?" beside "Who is Julia Steiner-Maurer?": the same descriptions as options, so each
  // answer rules out one option of the other; and any other text that names the description tells it.
  if (isIdentity(b)) return isIdentity(a) || [a.stem, a.key, ...a.distractors.slice(0, 3)].some((text) => containsWord(text, b.key));
  // ("served ... from _____ to 1971" keyed 1913 beside "In what month and year did she enter service?" keyed June 1913:
  // one date asked twice, one key inside the other; round 98.)
  if (a.kind === 'date' && b.kind === 'date' && a.key !== b.key && (containsWord(a.key, b.key) || containsWord(b.key, a.key))) return true;
  // (Nor "from 1913 to _____" beside it: a stem that shows the year rules out the options of other years.)
  const year = b.kind === 'date' ? /\b(?:1\d|20)\d\d\b/.exec(b.key)?.[0] : undefined;
  // (Only near each other, one event told twice: a history's years recur through it.)
  if (year && b.key !== year && Math.abs(a.sentence.index - b.sentence.index) <= 2 && containsWord(a.stem, year) && b.distractors.slice(0, 3).some((d) => !containsWord(d, year))) return true;
  // ("The CEC says _____ of affected customers are reconnected" beside "... _____ of affected customers now have
  // electricity": one measure at two hours of a live blog; round 99.)
  if (a.kind === 'quantity' && b.kind === 'quantity' && measureOf(a) !== undefined && measureOf(a) === measureOf(b)) return true;
  if (!VALUE_KINDS.has(b.kind)) return false;
  // "eight shipments" among the options of "the court accepted _____" and "five shipments" among those of "prosecutors
  // claimed _____": each question's key is the other's distractor, two halves of one fact (rounds 86, 87).
  // (Quantities of neighbouring sentences only: an article's dates are each other's options by design, each a different
  // event's.)
  // (Not shares: "Dairy incomes dropped by 18 per cent", "lowland incomes fell by 31 per cent" are two facts; a review.)
  if (a.kind === 'quantity' && b.kind === 'quantity' && !PERCENT.test(a.key) && Math.abs(a.sentence.index - b.sentence.index) <= 2 && a.distractors.slice(0, 3).includes(b.key) && b.distractors.slice(0, 3).includes(a.key)) return true;
  // ("14 March 1873", "28 March 1873", "7 March 1873" beside "first held in _____" keyed 1873: every option tells it; round 80.)
  if (a.kind !== 'statement' && [a.key, ...a.distractors.slice(0, 3)].every((o) => containsWord(o, b.key))) return true;
  // (Every option of a remark question is someone's true words.)
  const texts = a.kind === 'statement' ? [a.key] : a.kind === 'remark' ? [a.stem, a.key, ...a.distractors] : [a.stem];
  return texts.some((text) => containsWord(text, b.key) || (b.kind === 'quantity' && holdsFigure(text, b.key)));
}

const isIdentity = (c: Candidate) => c.factKey.startsWith('identity:');
/** What a quantity stem's figure measures, the words after its blank: "of affected customers". */
const measureOf = (c: Candidate) => (c.stem.includes(BLANK) ? measureAfter(c.stem.slice(c.stem.indexOf(BLANK) + BLANK.length)) : undefined);

/**
 * Does a statement option name the question's key with a phrase of its stem ("A new market house, designed by ...
 * Thomas Ferrand" beside "_____'s market house")? Then it tells the answer, true option or false (round 53).
 */
export function restates(option: string, q: Candidate): boolean {
  if (!containsWord(option, q.key)) return false;
  const inOption = pairsOf(option);
  return [...pairsOf(q.stem.replace(BLANK, ' '))].some((p) => inOption.has(p));
}

// The same options and stems are compared again for every pick (a statement's false options against each question):
// their word pairs are read once (bounded).
const pairsCache = new Map<string, Set<string>>();
function pairsOf(text: string): Set<string> {
  let found = pairsCache.get(text);
  if (found) return found;
  const words = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  found = new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`).filter((p) => !p.split(' ').some((w) => COMMON_WORDS.has(w))));
  if (pairsCache.size > 20_000) pairsCache.clear();
  pairsCache.set(text, found);
  return found;
}
const COMMON_WORDS = new Set('the and for was were has had have been which what when where said says that this with from their there they about after before more than also into over would will could its his her'.split(' '));

const SPEECH = '(?:said|says|added|told|explained|explains|recalled|insisted|warned|argued)';
const ASKS_SPEAKER = new RegExp(`\\b${SPEECH}\\s+_____|_____\\s*,?\\s+${SPEECH}\\b|^Who said\\b|\\bAccording to _____`);

/** Does the stem say that this person speaks ("Rotich said:", "said Dennis Rotich")? */
function namesSpeaker(stem: string, surname: string): boolean {
  const at = stem.indexOf(surname);
  if (at < 0 || !containsWord(stem, surname)) return false;
  return SAYS_AFTER.test(stem.slice(at + surname.length)) || SAID_BY.test(stem.slice(0, at));
}
const SAYS_AFTER = new RegExp(`^\\s*,?\\s+${SPEECH}\\b`);
// ("said Dennis Rotich", "According to Rotich,".)
const SAID_BY = new RegExp(`(?:\\b${SPEECH}|\\b[Aa]ccording to)\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}$`, 'u');

/** "100mg dose" holds the key "100 milligrams": the same figure with its unit in another spelling. */
function holdsFigure(text: string, key: string): boolean {
  const figure = FIGURE_WITH_UNIT.exec(key);
  if (!figure) return false;
  const [, number, unit] = figure;
  const escaped = number!.replace(/\./g, '\\.');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)\\s*${unit ? `${unit.charAt(0)}` : '(?![\\p{L}])'}`, 'iu').test(text);
}
const FIGURE_WITH_UNIT = /(\d[\d.,]*)\s*(\p{L}+|%)?/u;
const VALUE_KINDS = new Set(['date', 'quantity', 'term', 'place']);

type FalsePool = NonNullable<Candidate['falsePool']>;


/** Does the true statement stand out among its false options: far the longest or shortest, or alone without a number? */
export function standsOut(key: string, picks: FalsePool): boolean {
  if (standsOutByLength(key, picks.map((p) => p.text))) return true;
  // A true statement a tenth longer than every false one is the one a test-wise reader picks (round 70: 154 characters
  // against 136, 107 and 105).
  if (key.length > Math.max(...picks.map((p) => p.text.length)) * STATEMENT_LENGTH_TELL) return true;
  // A true option without a number among false ones with numbers changed stands out by its form.
  return !/\d/.test(key) && picks.filter((p) => p.type === 'quantity' || p.type === 'date').length >= 2;
}

const STATEMENT_LENGTH_TELL = 1.1;

/** A quantity question's figure, as its fact key ("quantity:186:adults") records it. */
const valueOf = (c: Candidate) => c.factKey.split(':')[1];

export interface Ranked {
  selected: Candidate[];
  rejected: RejectedCandidate[];
}

export function rankCandidates(candidates: Candidate[], facts: Facts, count: number): Ranked {
  const ranked = rankWith(candidates, facts, count, false);
  if (ranked.selected.length >= Math.min(count, MIN_SERVED)) return ranked;
  // A statement's false options take three sentences besides its own; on a fact-poor article those sentences may be
  // worth more as questions of their own. Try the statements last, and keep whichever quiz is larger.
  const alternative = rankWith(candidates, facts, count, true);
  return alternative.selected.length > ranked.selected.length ? alternative : ranked;
}

/** What ranking reads of the article alone; generateQuiz ranks up to ten times per article, so it is kept per Facts. */
const articleScores = new WeakMap<Facts, { centrality: Map<number, number>; maxCentral: number; paragraphs: number; topics: Set<string> }>();

function scoreArticle(facts: Facts) {
  let scores = articleScores.get(facts);
  if (!scores) {
    const centrality = scoreSentences(facts);
    scores = {
      centrality,
      maxCentral: Math.max(1, ...centrality.values()),
      paragraphs: Math.max(1, ...facts.sentences.map((s) => s.paragraph + 1)),
      topics: findTopics(facts),
    };
    articleScores.set(facts, scores);
  }
  return scores;
}

/** A candidate's own score (rankWith's `base`): it reads only the candidate and its article. */
const baseScores = new WeakMap<Candidate, number>();

function rankWith(candidates: Candidate[], facts: Facts, count: number, statementsLast: boolean): Ranked {
  const { centrality, maxCentral, paragraphs, topics } = scoreArticle(facts);
  // The story's main subject ("Mali" in a Mali story) is guessable as an answer without reading.
  const isTopic = (c: Candidate) => c.kind !== 'statement' && topics.has(canonicalOf(facts, c.key));
  // The question's own quality (kind, wh-form, distractor closeness) first, the sentence's centrality second;
  // long stems read worse.
  // Kept per candidate (a candidate belongs to one article): generateQuiz ranks the same candidates several times.
  const base = (c: Candidate) => baseScores.get(c) ?? baseScores.set(c, scoreCandidate(c)).get(c)!;
  const scoreCandidate = (c: Candidate) =>
    1.5 * c.weight * (0.8 + 0.4 * c.closeness) + (0.6 * (centrality.get(c.sentence.index) ?? 0)) / maxCentral - 0.015 * Math.max(0, countWords(c.stem) - 20);
  // Two statements may serve a quiz (statements were the most acceptable kind in rounds 35-39); three when it is short.
  let statementCap = 2;
  // Set when a fact-poor article would fall short of MIN_SERVED: variety gives way (never quality).
  let relaxed = false;
  // Set last, when an article of one kind of fact (a story told through organisations) is still short.
  let uncapped = false;
  const capOf = (kind: string) =>
    kind === 'statement' ? statementCap : uncapped ? count : Math.max(relaxed ? 4 : 2, Math.ceil(count * (relaxed ? 0.6 : 0.3)));
  const selected: Candidate[] = [];
  const usedSentences = new Set<number>();
  // Sentences a question (or a statement's false option) takes whole, and the clauses that clause questions took.
  const usedWhole = new Set<number>();
  const usedClauses = new Map<number, Set<0 | 1>>();
  // A clause question shares its sentence with one on the other clause, never with a whole-sentence one.
  const sentenceFree = (c: Candidate) =>
    !usedSentences.has(c.sentence.index) || (c.clause !== undefined && !usedWhole.has(c.sentence.index) && !usedClauses.get(c.sentence.index)?.has(c.clause));
  const usedFacts = new Set<string>();
  const usedKeys = new Set<string>();
  // leaks() per pair, for this ranking only: every pick asks again about the questions already selected.
  const leakMemo = new Map<Candidate, Map<Candidate, boolean>>();
  const leaksOnce = (a: Candidate, b: Candidate) => {
    const answers = remember(leakMemo, a, () => new Map());
    return remember(answers, b, () => leaks(a, b));
  };
  const keyUses = (c: Candidate) => selected.filter((s) => canonicalOf(facts, s.key) === canonicalOf(facts, c.key)).length;
  // ("lock _____, who played 147 games" beside "_____, 35, thanked supporters" two sentences on: one story told twice,
  // one answer for both; round 97.)
  const keyNearby = (c: Candidate) =>
    selected.some((s) => canonicalOf(facts, s.key) === canonicalOf(facts, c.key) && Math.abs(s.sentence.index - c.sentence.index) <= KEY_REUSE_DISTANCE);
  const allowed = (c: Candidate) =>
    sentenceFree(c) &&
    !(c.related ?? []).some((i) => usedSentences.has(i)) &&
    !selected.some((s) => (s.related ?? []).includes(c.sentence.index)) &&
    !usedFacts.has(c.factKey) &&
    // Nor two counts of one figure ("recruited 186 adults", "171 of the 186 completed"): one gives the other away.
    // (Small figures coincide: "14 complaints" and "a 14-day waiting period".)
    // (A figure with decimals is one figure however small: "a 14.5 kg cylinder" and "a 14.5 kg refill"; round 99.)
    !(c.kind === 'quantity' && (Number(valueOf(c)) >= 20 || /\.\d/.test(valueOf(c) ?? '')) && selected.some((s) => s.kind === 'quantity' && valueOf(s) === valueOf(c))) &&
    // Two statement questions never share a false option (reused sentences are not in `related`).
    !(c.kind === 'statement' && selected.some((s) => s.kind === 'statement' && s.distractors.some((d) => c.distractors.includes(d)))) &&
    (relaxed ? keyUses(c) < MAX_KEY_USES && !keyNearby(c) : !usedKeys.has(canonicalOf(facts, c.key))) &&
    selected.filter((s) => s.kind === c.kind).length < capOf(c.kind) &&
    !selected.some((s) => leaksOnce(s, c) || leaksOnce(c, s)) &&
    // One option set serves one question; an article's small cast of people may serve two who-questions.
    // (In a short quiz, twice for any kind, with different keys.)
    sharesOptions(c) < (PEOPLE_KINDS.has(c.kind) ? (relaxed ? 3 : 2) : relaxed ? 2 : 1);
  const sharesOptions = (c: Candidate) => {
    const same = selected.filter((s) => optionSet(s) === optionSet(c));
    return !PEOPLE_KINDS.has(c.kind) && same.some((s) => canonicalOf(facts, s.key) === canonicalOf(facts, c.key)) ? Infinity : same.length;
  };
  const adjusted = (c: Candidate) => {
    // Spread over the article: every question already asked near this paragraph costs.
    const crowd = selected.reduce((sum, s) => sum + Math.max(0, 1 - Math.abs(s.sentence.paragraph - c.sentence.paragraph) / Math.max(1, paragraphs / (count * 2))), 0);
    const sameKind = selected.filter((s) => s.kind === c.kind).length;
    return base(c) - 0.4 * crowd - 0.35 * sameKind;
  };
  // False statements come preferably from sentences no other question could use, so they cost nothing.
  const askable = new Set(candidates.filter((c) => c.kind !== 'statement').map((c) => c.sentence.index));
  const refreshStatement = (c: Candidate): Candidate | undefined => {
    const free = (c.falsePool ?? [])
      // Never a sentence another question asks about: a false option would test that fact a second time. Nor one that
      // puts in another question's answer.
      .filter((p) => !usedSentences.has(p.sentence) && p.sentence !== c.sentence.index && !selected.some((q) => q.kind !== 'statement' && restates(p.text, q)))
      .sort((a, b) => Number(askable.has(a.sentence)) - Number(askable.has(b.sentence)));
    if (free.length < 3) return undefined;
    // If the true option stands out among the first picks (by its length or its form), the false options nearest to it
    // in length are tried instead.
    const withOptions = (picks: FalsePool) => ({ ...c, distractors: picks.map((p) => p.text), related: picks.map((p) => p.sentence) });
    const first = pickFalseOptions(free);
    if (first && !standsOut(c.key, first)) return withOptions(first);
    const nearest = pickFalseOptions([...free].sort((a, b) => Math.abs(a.text.length - c.key.length) - Math.abs(b.text.length - c.key.length)));
    return nearest && !standsOut(c.key, nearest) ? withOptions(nearest) : undefined;
  };
  // Three false options that share one swap ("French" put in three times) single out the true one: vary them.
  const pickFalseOptions = (free: FalsePool) => {
    const picks: FalsePool = [];
    const fits = (p: FalsePool[number]) => !picks.some((q) => q.replacement && q.replacement === p.replacement);
    // Different kinds of change first (a person, a date, a number), so no one kind of swap marks the false options.
    for (const p of free) if (picks.length < 3 && fits(p) && !picks.some((q) => q.type && q.type === p.type)) picks.push(p);
    for (const p of free) if (picks.length < 3 && fits(p) && !picks.includes(p)) picks.push(p);
    return picks.length === 3 ? picks : undefined;
  };
  // A pool given as a function is drawn afresh for every pick (statements choose false options among unused sentences).
  const take = (from: Candidate[] | (() => Candidate[]), limit: number) => {
    while (selected.length < limit) {
      let best: Candidate | undefined;
      let bestScore = -Infinity;
      const pool = typeof from === 'function' ? from() : from;
      for (const c of pool) {
        if (!allowed(c)) continue;
        const score = adjusted(c);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (!best) return;
      select(best);
    }
  };
  const select = (c: Candidate) => {
    selected.push(c);
    usedSentences.add(c.sentence.index);
    if (c.clause === undefined) usedWhole.add(c.sentence.index);
    else usedClauses.set(c.sentence.index, new Set([...(usedClauses.get(c.sentence.index) ?? []), c.clause]));
    for (const i of c.related ?? []) {
      usedSentences.add(i);
      usedWhole.add(i);
    }
    usedFacts.add(c.factKey);
    usedKeys.add(canonicalOf(facts, c.key));
  };
  /**
   * A statement taken early may tell the answer of a question taken after it (round 53: "A new market house, designed
   * by ... Thomas Ferrand" beside "_____'s market house"): its false options are drawn again around it, or it gives way
   * to the next best question.
   */
  const redrawGiveaways = () => {
    for (const s of selected.filter((x) => x.kind === 'statement' && x.distractors.some((d) => selected.some((q) => q.kind !== 'statement' && restates(d, q))))) {
      selected.splice(selected.indexOf(s), 1);
      for (const i of [s.sentence.index, ...(s.related ?? [])]) {
        usedSentences.delete(i);
        usedWhole.delete(i);
      }
      usedFacts.delete(s.factKey);
      usedKeys.delete(canonicalOf(facts, s.key));
      const redrawn = refreshStatement(s);
      if (redrawn && allowed(redrawn)) select(redrawn);
    }
  };
  // First the share beyond single-phrase recall (quotes, descriptions), then the rest, keeping a slot for a statement
  // whose false options take three sentences no other question needs.
  const quota = Math.ceil(count * BEYOND_RECALL_SHARE);
  const others = candidates.filter((c) => c.kind !== 'statement' && !isTopic(c) && !c.fallback);
  const statements = () =>
    candidates
      .filter((c) => c.kind === 'statement')
      .map(refreshStatement)
      .filter((c): c is Candidate => !!c);
  take(others.filter((c) => BEYOND_RECALL.has(c.kind)), quota - 1);
  // The share beyond recall still short: one statement now, while sentences are free for its false options.
  if (!statementsLast && selected.length < quota) take(statements, quota);
  // Then the rest, keeping a slot for one statement, whose false options take three sentences (preferably ones no
  // other question could use). The size of the quiz comes before the share: short articles fall below 30%.
  take(others, count - 1);
  if (!statementsLast) take(statements, count);
  take(others, count);
  // A fact-poor article may take a few more statements rather than fall short; never filler.
  statementCap = 3;
  take(statements, count);
  // The story's own subject as a key is guessable: only when the quiz would otherwise fall below the minimum.
  take(candidates.filter((c) => isTopic(c) && !c.fallback), Math.min(count, MIN_SERVED));
  // Still short: a kind may fill 60% of the quiz, and a name may be the key twice, for facts of two different sentences
  // (its two questions test different things). The same-sentence and same-fact rules hold.
  // Any quiz gives way on variety (never quality) to reach the size asked for.
  const target = count;
  if (selected.length < target) {
    relaxed = true;
    take(others, target);
    take(statements, target);
    take(candidates.filter((c) => isTopic(c) && !c.fallback), target);
    // Then one kind may fill the quiz, rather than leave it short.
    uncapped = true;
    take(others, target);
    take(candidates.filter((c) => isTopic(c) && !c.fallback), target);
    // Last, questions a softer check flagged ("the team" named in an earlier sentence, a minor role before the blank).
    // (A caller who asks for more than the default takes them up to the size asked for.)
    take(candidates.filter((c) => c.fallback && c.kind !== 'statement'), count > DEFAULT_COUNT ? count : Math.min(count, MIN_SERVED));
  }
  redrawGiveaways();
  take(others, target);
  const chosen = new Set(selected);
  const rejected = candidates
    .filter((c) => !chosen.has(c))
    .map((c) => ({ kind: c.kind, stem: c.stem, reason: c.fallback ?? 'ranked below the served questions (importance, coverage, variety, or same sentence/fact)' }));
  selected.sort((a, b) => a.sentence.start - b.sentence.start);
  return { selected, rejected };
}
