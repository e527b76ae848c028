/**
 * Choose the served questions: important sentences (their names recur through the article), the whole article
 * covered, kinds mixed, never two questions on one sentence or one fact, and at least 30% beyond single-phrase
 * recall (quote attribution, statements, descriptions). Difficulty follows distractor closeness.
 */
import type { Difficulty, RejectedCandidate } from './schema';
import { canonicalOf, type Facts } from './facts/3-facts';
import { countWords, type Candidate } from './questions/stem';

const BEYOND_RECALL = new Set(['quote', 'statement', 'appositive']);
const BEYOND_RECALL_SHARE = 0.3;
const MIN_SERVED = 8;

/**
 * How central a sentence is: Luhn-style, the mean document frequency of its content lemmas, plus its recurring
 * names, plus a bonus for the lead.
 */
function scoreSentences(facts: Facts): Map<number, number> {
  const lemmaFreq = new Map<string, number>();
  const contentOf = (s: Facts['sentences'][number]) =>
    s.tokens.filter((t) => /^(NOUN|PROPN|VERB|NUM)$/.test(t.pos) && t.lemma.length > 2).map((t) => t.lemma.toLowerCase());
  for (const s of facts.sentences) for (const l of new Set(contentOf(s))) lemmaFreq.set(l, (lemmaFreq.get(l) ?? 0) + 1);
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
    const lemmas = [...new Set(contentOf(s))];
    const luhn = lemmas.length ? lemmas.reduce((sum, l) => sum + Math.log(1 + (lemmaFreq.get(l) ?? 0)), 0) / lemmas.length : 0;
    const names = namesBySentence.get(s.index) ?? new Set<string>();
    let nameScore = 0;
    for (const c of names) nameScore = Math.max(nameScore, Math.log(1 + (nameFreq.get(c) ?? 0)));
    scores.set(s.index, luhn + 0.5 * nameScore + (s.paragraph === 0 ? 0.8 : 0));
  }
  return scores;
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
  if (c.kind === 'statement' || c.kind === 'quote') return 'hard';
  if ((c.kind === 'date' || c.kind === 'quantity') && c.closeness >= 0.8) return 'hard';
  return c.closeness >= 0.5 ? 'medium' : 'easy';
}

export interface Ranked {
  selected: Candidate[];
  rejected: RejectedCandidate[];
}

export function rankCandidates(candidates: Candidate[], facts: Facts, count: number): Ranked {
  const centrality = scoreSentences(facts);
  const maxCentral = Math.max(1, ...centrality.values());
  const paragraphs = Math.max(1, ...facts.sentences.map((s) => s.paragraph + 1));
  const topics = findTopics(facts);
  // The story's main subject ("Mali" in a Mali story) is guessable as an answer without reading.
  const isTopic = (c: Candidate) => c.kind !== 'statement' && topics.has(canonicalOf(facts, c.key));
  // The question's own quality (kind, wh-form, distractor closeness) first, the sentence's centrality second;
  // long stems read worse.
  const baseCache = new Map<Candidate, number>();
  const base = (c: Candidate) => baseCache.get(c) ?? baseCache.set(c, scoreCandidate(c)).get(c)!;
  const scoreCandidate = (c: Candidate) =>
    1.5 * c.weight * (0.8 + 0.4 * c.closeness) + (0.6 * (centrality.get(c.sentence.index) ?? 0)) / maxCentral - 0.015 * Math.max(0, countWords(c.stem) - 20);
  let statementCap = 1;
  const capOf = (kind: string) => (kind === 'statement' ? statementCap : Math.max(2, Math.ceil(count * 0.3)));
  const selected: Candidate[] = [];
  const usedSentences = new Set<number>();
  const usedFacts = new Set<string>();
  const usedKeys = new Set<string>();
  const allowed = (c: Candidate) =>
    !usedSentences.has(c.sentence.index) &&
    !(c.related ?? []).some((i) => usedSentences.has(i)) &&
    !selected.some((s) => (s.related ?? []).includes(c.sentence.index)) &&
    !usedFacts.has(c.factKey) &&
    !usedKeys.has(canonicalOf(facts, c.key)) &&
    selected.filter((s) => s.kind === c.kind).length < capOf(c.kind);
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
      .filter((p) => !usedSentences.has(p.sentence) && p.sentence !== c.sentence.index)
      .sort((a, b) => Number(askable.has(a.sentence)) - Number(askable.has(b.sentence)));
    if (free.length < 3) return undefined;
    const picks = free.slice(0, 3);
    return { ...c, distractors: picks.map((p) => p.text), related: picks.map((p) => p.sentence) };
  };
  const take = (pool: Candidate[], limit: number) => {
    while (selected.length < limit) {
      let best: Candidate | undefined;
      let bestScore = -Infinity;
      for (const c of pool) {
        if (!allowed(c)) continue;
        const score = adjusted(c);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (!best) return;
      selected.push(best);
      usedSentences.add(best.sentence.index);
      for (const i of best.related ?? []) usedSentences.add(i);
      usedFacts.add(best.factKey);
      usedKeys.add(canonicalOf(facts, best.key));
    }
  };
  // First the share beyond single-phrase recall (quotes, descriptions), then the rest, keeping a slot for a statement
  // whose false options take three sentences no other question needs.
  const quota = Math.ceil(count * BEYOND_RECALL_SHARE);
  const others = candidates.filter((c) => c.kind !== 'statement' && !isTopic(c));
  const statements = () => candidates.filter((c) => c.kind === 'statement').map(refreshStatement).filter((c): c is Candidate => !!c);
  take(others.filter((c) => BEYOND_RECALL.has(c.kind)), quota - 1);
  // Then the rest, keeping a slot for one statement, whose false options take three sentences (preferably ones no
  // other question could use). The size of the quiz comes before the share: short articles fall below 30%.
  take(others, count - 1);
  take(statements(), count);
  take(others, count);
  // A fact-poor article may take a few more statements rather than fall short; never filler.
  statementCap = 3;
  take(statements(), count);
  // The story's own subject as a key is guessable: only when the quiz would otherwise fall below the minimum.
  take(candidates.filter(isTopic), Math.min(count, MIN_SERVED));
  const chosen = new Set(selected);
  const rejected = candidates
    .filter((c) => !chosen.has(c))
    .map((c) => ({ kind: c.kind, stem: c.stem, reason: 'ranked below the served questions (importance, coverage, variety, or same sentence/fact)' }));
  selected.sort((a, b) => a.sentence.start - b.sentence.start);
  return { selected, rejected };
}
