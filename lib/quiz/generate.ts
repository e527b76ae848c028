/**
 * The generator: clean -> annotate -> facts -> question kinds -> distractors -> rank -> shuffle, in that order.
 * Pure and deterministic: the same text and seed give the same quiz. It never throws; text it cannot use comes
 * back as status 'insufficient' with a message.
 */
import { GenerateOptions, Quiz, type GenerateResult, type Question, type RejectedCandidate } from './schema';
import { cleanText } from './text/1-clean';
import { annotateText } from './text/2-annotate';
import { containsWord, extractFacts, type Facts } from './facts/3-facts';
import { buildEntityQuestions } from './questions/entity';
import { buildDateQuestions } from './questions/date';
import { buildQuantityQuestions } from './questions/quantity';
import { buildQuoteQuestions } from './questions/quote';
import { buildRemarkQuestions } from './questions/remark';
import { buildAppositiveQuestions, buildIdentityQuestions, buildNamingQuestions } from './questions/appositive';
import { buildStatementQuestions } from './questions/statement';
import { buildTermQuestions } from './questions/term';
import { hasSayingOptions, isCandidate, splitAtClause, type Built, type Candidate } from './questions/stem';
import { describeEarlierNouns, findEarlierDefinites, explainWeakShape, headlineNouns, isSoftReason, leansOnEarlierNoun, nameEarlierBodies, nameTheTopic, repairStem, reviewCandidate } from './questions/review';
import { createQuizChecker } from './invariants';
import { focusOnCentral, rankCandidates, rateDifficulty, type Ranked } from './rank';
import { createRandom, hashString, shuffle } from './random';

const MIN_QUESTIONS = 3;
// A shape raters seldom accept (questions/review.ts) scores well below the rest.
const WEAK_SHAPE_WEIGHT = 0.3;
// Each "the <noun>" an earlier sentence introduced costs a stem this share of its score (questions/review.ts).
const UNANCHORED_WEIGHT = 0.6;
// About 10,000 words: enough for any article, and it bounds the work on a pasted book or a page dump.
const MAX_SENTENCES = 400;
/** Sentences questions are built from on a long text: its most central ones (rank.ts), about 1,000 words' worth. */
const MAX_ASKED_SENTENCES = 47;
const OPTION_IDS = ['a', 'b', 'c', 'd'] as const;

/** The invariants graders check, applied to every candidate before ranking. */
function checkInvariants(c: Candidate): string | undefined {
  const sentence = c.sentence.text.toLowerCase();
  if (!sentence.includes(c.key.toLowerCase())) return 'key not in its evidence sentence';
  const options = [c.key, ...c.distractors.slice(0, 3)];
  if (options.length !== 4) return 'fewer than four options';
  if (new Set(options.map((o) => o.toLowerCase().trim())).size !== 4) return 'options repeat';
  if (options.some((o) => !o.trim())) return 'empty option';
  if (c.distractors.slice(0, 3).some((d) => sentence.includes(d.toLowerCase()) && c.kind !== 'statement')) {
    return 'a distractor is in the evidence sentence';
  }
  // A resolved pronoun puts a name in the stem that the sentence does not hold: "Carl Lipo met _____" with "Carl Lipo".
  if (c.kind !== 'statement' && c.distractors.slice(0, 3).some((d) => containsWord(c.stem, d))) return 'a distractor is in the stem';
  return undefined;
}

/**
 * Where each question's key goes: every position used about equally across the quiz (in a seeded order), so neither
 * a position nor a run of them says anything about the key.
 */
export function balancedKeySlots(n: number, random: () => number): number[] {
  const slots: number[] = [];
  while (slots.length < n) slots.push(...shuffle([0, 1, 2, 3], random));
  return shuffle(slots.slice(0, n), random);
}

function toQuestion(c: Candidate, n: number, random: () => number, slot?: number): Question {
  const texts = shuffle(c.distractors.slice(0, 3), random);
  texts.splice(slot ?? Math.floor(random() * 4), 0, c.key);
  const options = texts.map((text, i) => ({ id: OPTION_IDS[i]!, text }));
  return {
    id: `q${n}`,
    kind: c.kind,
    stem: c.stem,
    options,
    answerId: options.find((o) => o.text === c.key)!.id,
    evidence: { text: c.sentence.text, start: c.sentence.start, end: c.sentence.end },
    difficulty: rateDifficulty(c),
  };
}

/**
 * Rank, then hold the chosen questions to the shared invariant checker (lib/quiz/invariants.ts, the rules graders
 * run); a failing candidate is dropped with its reason and the rest ranked again.
 */
function rankAndVerify(text: string, candidates: Candidate[], facts: Facts, count: number, rejected: RejectedCandidate[]): Ranked {
  // One checker for all rounds: the article is folded once and repeated checks are remembered, for this call only.
  const checkQuizInvariants = createQuizChecker(text);
  let pool = candidates;
  for (let round = 0; ; round++) {
    const ranked = rankCandidates(pool, facts, count);
    const probe = ranked.selected.map((c, i) => toQuestion(c, i + 1, () => 0));
    const failures = probe.length ? checkQuizInvariants({ questions: probe }) : [];
    if (!failures.length || round >= 4) {
      rejected.push(...ranked.rejected);
      return ranked;
    }
    const failed = new Set(failures.map((f) => Number(f.questionId.slice(1)) - 1));
    for (const i of failed) {
      const c = ranked.selected[i]!;
      rejected.push({ kind: c.kind, stem: c.stem, reason: `invariant: ${failures.find((f) => f.questionId === `q${i + 1}`)?.detail}` });
    }
    const drop = new Set([...failed].map((i) => ranked.selected[i]));
    // A statement is served as a fresh copy (its false options drawn at ranking): drop it by what it tests.
    const dropFacts = new Set([...drop].map((c) => c!.factKey));
    pool = pool.filter((c) => !drop.has(c) && !dropFacts.has(c.factKey));
  }
}

function insufficient(message: string, found: number, rejected: RejectedCandidate[]): GenerateResult {
  return { status: 'insufficient', message, found, rejected };
}

export function generateQuiz(text: string, options?: GenerateOptions): GenerateResult {
  const parsed = GenerateOptions.safeParse(options ?? {});
  if (!parsed.success) return insufficient(`Invalid options: ${parsed.error.issues.map((i) => i.message).join('; ')}`, 0, []);
  const { count, seed, title } = parsed.data;
  try {
    if (typeof text !== 'string' || !text.trim()) return insufficient('The text is empty.', 0, []);
    const clean = cleanText(text);
    const annotated = annotateText(clean, MAX_SENTENCES);
    if (annotated.sentences.length === 0) return insufficient('No article prose found: the text has no English sentences to ask about.', 0, []);
    const facts = extractFacts(annotated);
    const askable = focusOnCentral(facts, MAX_ASKED_SENTENCES);
    const built: Built[] = [
      ...buildEntityQuestions(askable),
      ...buildDateQuestions(askable),
      ...buildQuantityQuestions(askable),
      ...buildQuoteQuestions(askable),
      ...buildRemarkQuestions(askable),
      ...buildAppositiveQuestions(askable),
      ...buildNamingQuestions(askable),
      ...buildIdentityQuestions(askable),
      ...buildTermQuestions(askable),
      ...buildStatementQuestions(askable),
    ];
    const rejected: RejectedCandidate[] = built.filter((b): b is RejectedCandidate => !isCandidate(b));
    const candidates: Candidate[] = [];
    // Without a headline the lead's opening words stand for the one they restate ("On Friday, code hosting and sharing
    // website GitHub blocked ...").
    const headline = facts.title ?? title ?? facts.sentences[0]?.text.split(/\s+/).slice(0, 12).join(' ');
    // (A sentence of two clauses may carry one question per clause: questions/stem.ts.)
    for (const built1 of built.filter(isCandidate).flatMap(splitAtClause)) {
      // Words that lean on the sentence before are dropped when the stem reads without them, and "the board" named
      // when the article named it before (questions/review.ts).
      let c = hasSayingOptions(built1.kind) ? built1 : { ...built1, stem: nameTheTopic(nameEarlierBodies({ ...built1, stem: repairStem(built1.stem, facts.published) }, facts), built1.sentence.index, facts) };
      const invariant = checkInvariants(c);
      let review = invariant ? undefined : reviewCandidate(c, facts, headline);
      // "The hostel will create ..." takes the article's first description of the hostel, when it gave one; so does "the
      // hub" of a headline about a hub.
      // ("The workshop lies inside ...", "at the school on _____": so does any other "the <noun>" an earlier sentence
      // introduced, where the article described it; round 81.)
      let earlier = invariant ? [] : findEarlierDefinites(c.stem, c.sentence.index, facts.sentences, headline, c.described);
      if ((review && leansOnEarlierNoun(review)) || (!invariant && (earlier.length || (!review && headlineNouns(c.stem, headline).length)))) {
        const described = describeEarlierNouns(c, facts, headline, review, earlier);
        if (described !== c && !checkInvariants(described)) {
          c = described;
          review = reviewCandidate(c, facts, headline);
          earlier = findEarlierDefinites(c.stem, c.sentence.index, facts.sentences, headline, c.described);
        }
      }
      const reason = invariant ?? review;
      if (review && isSoftReason(review)) candidates.push({ ...c, fallback: review });
      else if (reason) rejected.push({ kind: c.kind, stem: c.stem, reason });
      else {
        const weight = c.weight * (explainWeakShape(c) ? WEAK_SHAPE_WEIGHT : 1) * UNANCHORED_WEIGHT ** earlier.length;
        candidates.push(weight === c.weight ? c : { ...c, weight });
      }
    }
    const ranked = rankAndVerify(text, candidates, facts, count, rejected);
    if (ranked.selected.length < MIN_QUESTIONS) {
      return insufficient(
        `Too few facts to ask about: found ${ranked.selected.length} good question(s), need at least ${MIN_QUESTIONS}.`,
        ranked.selected.length,
        rejected,
      );
    }
    const random = createRandom(hashString(`${seed}\u0000${text}`));
    const slots = balancedKeySlots(ranked.selected.length, random);
    const quiz: Quiz = { questions: ranked.selected.map((c, i) => toQuestion(c, i + 1, random, slots[i])) };
    const quizTitle = annotated.title ?? title;
    if (quizTitle) quiz.title = quizTitle;
    const valid = Quiz.safeParse(quiz);
    if (!valid.success) return insufficient(`Generated quiz failed validation: ${valid.error.issues[0]?.message}`, 0, rejected);
    return { status: 'ok', quiz: valid.data, rejected };
  } catch (error) {
    // The contract is never to throw on any input; report rather than crash.
    return insufficient(`The text could not be processed (${error instanceof Error ? error.message : 'unknown error'}).`, 0, []);
  }
}
