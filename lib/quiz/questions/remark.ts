/**
 * Which of these did X say: one of a speaker's remarks among three that others in the article made. The reverse of
 * "who said" (quote.ts), it needs only two speakers, where "who said" needs four; it reads on from the sentence that
 * names the speaker to the "she said" that quotes her.
 */
import { canonicalOf, containsWord, PASSED_ON, QUOTE, type Facts } from '../facts/3-facts';
import { classifyOption } from '../invariants';
import { SPEECH_VERBS } from '../facts/lexicon';
import { readFullName, readLikelyGender, storySubject } from '../roles';
import type { Sentence } from '../text/2-annotate';
import { trimQuote } from './quote';
import { checkSentence, countWords, standsOutByLength, type Built } from './stem';

type Gender = 'male' | 'female';

/** A quotation with the person the article gives it to (a canonical name), or only the pronoun that says it. */
interface Remark {
  sentence: Sentence;
  text: string;
  speaker?: string;
  pronoun?: Gender;
}

const VERBS = [...SPEECH_VERBS].join('|');
// `"...," she said.` / `"...," said he.` / `He added: "..."`.
const PRONOUN_AFTER = new RegExp(`^[,.!?]?\\s*,?\\s*(?:(he|she)\\s+(?:${VERBS})|(?:${VERBS})\\s+(he|she))\\b`, 'i');
const PRONOUN_BEFORE = new RegExp(`^(he|she)\\s+(?:${VERBS})\\b[^“"]{0,40}$`, 'i');
// Remarks that open on a word pointing at what came before ("It is a crime ...", "That was ...") read as nothing alone.
const POINTING_START = /^(?:it|its|they|them|their|this|that|these|those|he|she|his|her|there|so|but|and|also|which)\b/i;
const MIN_REMARK_WORDS = 6;
// Enough remarks to choose three of a length near the key's.
const MAX_POOL = 12;

const genderOfPronoun = (p: string): Gender => (/^she$/i.test(p) ? 'female' : 'male');

/** Whole quotations of a sentence ("Most people ... unimportant"), their speaker left to attributeRemarks. */
function quotationsOf(s: Sentence): { text: string; start: number; end: number }[] {
  return [...s.text.matchAll(QUOTE)].map((m) => ({ text: m[1]!.trim().replace(/[,:;]$/, ''), start: m.index!, end: m.index! + m[0].length }));
}

/**
 * The "she" of `"...," she said`: the nearest person named before the quotation (outside quotations, within three
 * sentences of the paragraph or the one before) who is the subject of their sentence, when that person's gender is the
 * pronoun's. Someone of the other gender is passed over; someone of unknown gender, or an unnamed "her head teacher" in
 * between, stops the search (either may be meant). An object is no speaker: "Owusu paid tribute to Sarah Kent ...
 * 'Nobody has done more,' she said" is Owusu's (review of round 65).
 */
function resolveSpeaker(facts: Facts, s: Sentence, at: number, pronoun: Gender): string | undefined {
  const people = facts.names
    .filter((n) => n.type === 'person' && n.start < at && n.sentence <= s.index && n.sentence >= s.index - 3)
    .filter((n) => facts.sentences[n.sentence]!.paragraph >= s.paragraph - 1)
    .filter((n) => !isInQuotation(facts.sentences[n.sentence]!, n.start))
    .sort((a, b) => b.start - a.start);
  let skippedIn: number | undefined;
  for (const n of people) {
    const from = facts.sentences[n.sentence]!;
    const between = facts.sentences.slice(n.sentence + 1, s.index + 1).map((x) => (x === s ? x.text.slice(0, at - x.start) : x.text));
    if (between.some((text) => UNNAMED_PERSON.test(text))) return undefined;
    const gender = readLikelyGender(facts, n.text);
    if (!gender) return undefined;
    if (gender !== pronoun) continue;
    // (The subject: no verb before the name in its sentence, "Council leader Patricia Owusu said ...", or only a fronted
    // clause's, "Asked whether she will ever retire, Mrs Kaupa shakes her head".)
    const fronted = /,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u.test(from.text.slice(0, n.start - from.start));
    const verbBefore = from.tokens.some((t) => t.start < n.start && (t.pos === 'VERB' || t.pos === 'AUX'));
    // (A woman who is no subject may leave the "she" to her sentence's subject, "Council leader Patricia Owusu paid
    // tribute to Sarah Kent"; never to a woman of an earlier sentence past her: round 94 gave Mrs Kaupa's words to her
    // daughter Grace.)
    if (skippedIn !== undefined && n.sentence < skippedIn) return undefined;
    if (verbBefore && !fronted) {
      skippedIn ??= n.sentence;
      continue;
    }
    return canonicalOf(facts, n.text);
  }
  return undefined;
}

const isInQuotation = (s: Sentence, at: number) => quotationsOf(s).some((q) => at - s.start >= q.start && at - s.start < q.end);
// "Her head teacher praised ...", "A spokeswoman said": an unnamed person who may be the "she".
const UNNAMED_PERSON =
  /(?:^|[.,;]\s+)(?:Her|His|Their|The|A|An|One)\s+(?:[\p{Ll}-]+\s+){0,2}(?:teacher|head|spokesman|spokeswoman|spokesperson|mother|father|sister|brother|daughter|son|wife|husband|partner|friend|neighbour|resident|woman|man|manager|coach|officer|doctor|nurse|lawyer|solicitor|barrister|judge|colleague|owner|chairman|chairwoman|chair|director|official|worker|volunteer|pupil|student|member|widow|grandmother|grandfather|aunt|uncle)\b/u;
// A sentence that is one quotation and nothing else (its stop aside).
const WHOLLY_QUOTED = /^[“"][^“”"]+[”"]\s*[.!?]?$/;
const normalised = (quote: string) => quote.trim().replace(/[,.:;!?]+$/, '');

/** Every quotation of the article with what it is known of its speaker, in text order. */
function attributeRemarks(facts: Facts): Remark[] {
  const out: Remark[] = [];
  let previous: { sentence: number; speaker?: string; pronoun?: Gender } | undefined;
  for (const s of facts.sentences) {
    const quotations = quotationsOf(s);
    if (!quotations.length) {
      previous = undefined;
      continue;
    }
    const named = facts.quotes.filter((q) => q.sentence === s.index);
    let attributed: { speaker?: string; pronoun?: Gender } | undefined;
    for (const [i, q] of quotations.entries()) {
      // Each quotation its own speaker: `"...," said Owusu, but Riley replied: "..."` has two (review of round 65).
      const own = named.find((x) => normalised(x.quote) === normalised(q.text));
      const lead = s.text.slice(i === 0 ? 0 : quotations[i - 1]!.end, q.start);
      let remark: { speaker?: string; pronoun?: Gender } | undefined;
      if (own) remark = PASSED_ON.test(lead) ? undefined : { speaker: canonicalOf(facts, own.speaker.text) };
      else if (!named.length) {
        const after = PRONOUN_AFTER.exec(s.text.slice(q.end));
        const before = PRONOUN_BEFORE.exec(lead.trim());
        const word = after?.[1] ?? after?.[2] ?? before?.[1];
        if (word && !(before && PASSED_ON.test(lead))) {
          const pronoun = genderOfPronoun(word);
          remark = { speaker: resolveSpeaker(facts, s, s.start + q.start, pronoun), pronoun };
        } else if (i === 0 && WHOLLY_QUOTED.test(s.text) && previous?.sentence === s.index - 1 && facts.sentences[previous.sentence]!.paragraph === s.paragraph) {
          // `"...," she said. "And more ..."`: the quotation goes on (only alone in its sentence: "…," a spokesman
          // added, is another's).
          remark = { speaker: previous.speaker, pronoun: previous.pronoun };
        }
      }
      if (!remark) continue;
      out.push({ sentence: s, text: q.text, ...remark });
      attributed ??= remark;
    }
    previous = attributed && { sentence: s.index, ...attributed };
  }
  return out;
}

/** The remark as an option: a whole saying of readable length, its first sentence when long, never cut mid-way. */
function asOption(r: Remark): string | undefined {
  if (!/^\p{Lu}/u.test(r.text) || POINTING_START.test(r.text)) return undefined;
  const text = trimQuote(r.text);
  if (!text || text.endsWith('…') || countWords(text) < MIN_REMARK_WORDS) return undefined;
  // ("Two match points in a final, you have to take one of them" reads as a number among remarks.)
  if (classifyOption(text).type !== 'text') return undefined;
  // (Without its closing stop: options end alike, whether cut from a longer quotation or not; round 64.)
  return text.replace(/[,;:.]$/, '');
}

/** Could the article's own words make `r` the speaker's too? Only a named other speaker, or the other pronoun, rules it out. */
function isSomeoneElses(facts: Facts, r: Remark, speaker: string): boolean {
  if (r.speaker) return r.speaker !== speaker;
  const gender = readLikelyGender(facts, speaker);
  return !!gender && !!r.pronoun && r.pronoun !== gender;
}

export function buildRemarkQuestions(facts: Facts): Built[] {
  const remarks = attributeRemarks(facts);
  // A remark that names someone of the article, even by a given name alone, tells who said it: "Tamsin can calm down a
  // furious hire-boat crew" is not Tamsin's own (round 63).
  // (The story's subject too, whose full name may stand only in the headline: "Tamsin Oduya" above "Oduya, 44, ...".)
  const subject = storySubject(facts);
  const people = [...facts.names.filter((n) => n.type === 'person').map((n) => n.text), subject ? readFullName(facts, subject) : ''];
  const nameWords = [...new Set(people.flatMap((n) => n.split(/[\s-]+/)))].filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w));
  const namesSomeone = (t: string) => nameWords.some((w) => containsWord(t, w));
  const out: Built[] = [];
  const asked = new Set<string>();
  for (const r of remarks) {
    if (!r.speaker) continue;
    const name = readFullName(facts, facts.names.find((n) => n.type === 'person' && canonicalOf(facts, n.text) === r.speaker)?.text ?? r.speaker);
    const stem = `Which of these did ${name} say?`;
    const key = asOption(r);
    if (!key) continue;
    const problem = checkSentence(r.sentence);
    // (A quotation alone in its sentence is the one a "she said" before it attributes.)
    if (problem && !/first-person|quotation without its speaker/.test(problem)) {
      out.push({ kind: 'remark', stem, reason: problem });
      continue;
    }
    if (namesSomeone(key)) continue;
    const others = remarks
      .filter((o) => o.sentence !== r.sentence && isSomeoneElses(facts, o, r.speaker!))
      .map((o) => ({ remark: o, text: asOption(o) }))
      .filter((o): o is { remark: Remark; text: string } => !!o.text && !namesSomeone(o.text))
      .sort((a, b) => Math.abs(a.text.length - key.length) - Math.abs(b.text.length - key.length))
      .slice(0, MAX_POOL);
    // One remark of each turn at speaking: "...building more fences and building trust. We have chosen trust ..." set
    // as two options pair off, and the other two look like the choice (round 66).
    const picks: typeof others = [];
    for (const o of others) {
      const sameTurn = picks.some((p) => p.remark.speaker === o.remark.speaker && Math.abs(p.remark.sentence.index - o.remark.sentence.index) <= 1);
      if (picks.length < 3 && !sameTurn) picks.push(o);
    }
    if (picks.length < 3) {
      out.push({ kind: 'remark', stem, reason: 'fewer than three remarks by others to set beside it' });
      continue;
    }
    if (standsOutByLength(key, picks.map((p) => p.text))) {
      out.push({ kind: 'remark', stem, reason: 'key stands out by length' });
      continue;
    }
    // One question per speaker: a second would set the same remarks beside another of theirs.
    if (asked.has(r.speaker)) continue;
    asked.add(r.speaker);
    out.push({
      kind: 'remark',
      stem,
      key,
      distractors: picks.map((p) => p.text),
      sentence: r.sentence,
      factKey: `remark:${r.speaker}`,
      closeness: 1,
      weight: 1.2,
      related: picks.map((p) => p.remark.sentence.index),
    });
  }
  return out;
}
