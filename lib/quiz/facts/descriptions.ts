/**
 * "The hostel will create 12 jobs" after "plans for a 24-bed hostel on Pilgrim Street": a bare "the <noun>" of a later
 * sentence stands for the thing the article first described with that noun. Its first description (the modifiers
 * before the noun, and a place named after it) lets a stem say which one without the sentence before.
 */
import type { Sentence, Token } from '../text/2-annotate';
import { remember } from '../memo';

export interface Description {
  /** The noun as written in its first description ("hostel"). */
  noun: string;
  /** The description without its article: "24-bed hostel on Pilgrim Street". */
  text: string;
  sentence: number;
}

// Modifiers that say nothing about which one: "a new plan", "the other side".
const UNINFORMATIVE =
  /^(?:new|other|such|same|first|second|third|last|next|final|former|current|recent|latest|further|additional|several|many|few|some|more|most|main|major|key|big|large|small|proposed|planned|possible|potential|similar|separate|single|whole|entire|original|previous|initial|early|late|own|local|national|public|official|general|total|overall|annual|special|particular|certain|various|different|wider|broader)$/i;
const DETERMINER = /^(?:a|an|the)$/i;
// "on Pilgrim Street", "at Coldharbour Lane", "in Ballymena": a named place after the noun says which one.
const PLACE_AFTER = /^\s+((?:on|at|in|near|off)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|upon)){0,3})(?![\p{L}’'-])(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/u;
const PLACE_PREPOSITION = /^(?:on|at|in|near|off)$/;
// Hoisted: some compilers rebuild a Unicode-property literal at its site on every call.
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]{2,}$/u;
const MAX_WORDS = 7;

// (A hyphen is a token of its own: "24", "-", "bed".)
const isModifier = (t: Token) => /^(?:ADJ|NOUN|PROPN|NUM)$/.test(t.pos) || /^[£$€][\d.,]+(?:m|bn|k)?$|^-$/.test(t.text);
// A derived adjective names a class ("regional", "electronic", "mountainous"); plain and evaluative ones ("real",
// "largest", "top") say nothing of which one.
const CLASSIFYING_ADJ = /(?:al|ic|ian|ese)$/;
const EVALUATIVE_ADJ =
  /^(?:crucial|critical|potential|additional|initial|final|typical|actual|usual|normal|formal|original|special|total|vital|controversial|substantial|essential|official|perennial|historic|iconic|classic|basic|specific|dramatic|tragic|drastic|fantastic|radical|logical|practical|technical|identical|physical|ethical|political|economic)$/i;
const isInformative = (t: Token) =>
  t.pos === 'PROPN' ||
  /\d/.test(t.text) ||
  (t.pos === 'NOUN' && !UNINFORMATIVE.test(t.text)) ||
  (t.pos === 'ADJ' && CLASSIFYING_ADJ.test(t.text) && !EVALUATIVE_ADJ.test(t.text) && !UNINFORMATIVE.test(t.text));
// Nouns too common to describe one thing ("the women", "the time"), and a match's states, which change as it goes
// ("a 2-1 lead" early on is not "the lead" at the end).
const VAGUE_NOUNS =
  /^(?:men|women|people|person|children|time|way|thing|things|year|years|day|days|end|side|sides|part|lot|number|amount|case|fact|world|country|game|job|lead|score|deficit|advantage|margin|goal|half|period|quarter|minute|minutes)$/;

/** Every informative description of `noun` as written (singular and plural apart), in text order. */
function describe(sentences: readonly Sentence[], noun: string): Description[] {
  const found: Description[] = [];
  if (!LOWER_WORD.test(noun) || VAGUE_NOUNS.test(noun)) return found;
  for (const s of sentences) {
    // (Most sentences do not hold the noun: their tokens are not read.)
    if (!s.text.includes(noun)) continue;
    const toks = s.tokens;
    for (let i = 1; i < toks.length; i++) {
      const head = toks[i]!;
      if (head.text !== noun || head.pos !== 'NOUN') continue;
      // The noun ends its phrase: "hostel plans" describes plans, not a hostel, and "women’s game" a game.
      const next = toks[i + 1];
      if (next && ((next.start === head.end + 1 && /^(?:NOUN|PROPN)$/.test(next.pos)) || (next.start === head.end && /^[’']/.test(next.text)))) continue;
      // "the company plans to cut": a verb the tagger read as a noun.
      if (next?.text === 'to') continue;
      let j = i - 1;
      // Words joined without a space ("24-bed") belong to one modifier; a comma or any other word ends the run.
      while (j >= 0 && isModifier(toks[j]!) && !DETERMINER.test(toks[j]!.text) && /^[\s-]?$/.test(s.text.slice(toks[j]!.end - s.start, toks[j + 1]!.start - s.start))) j--;
      const determiner = toks[j];
      if (!determiner || !DETERMINER.test(determiner.text) || determiner.end + 1 !== toks[j + 1]!.start) continue;
      // "used as a drill hall, a cinema and a warehouse": a role the thing once had, not the thing.
      if (/^as$/i.test(toks[j - 1]?.text ?? '')) continue;
      // Leading words that say nothing of which one go: "the famous Challenger expedition" -> "Challenger expedition".
      let from = j + 1;
      while (from < i && !isInformative(toks[from]!) && toks[from]!.end + 1 === toks[from + 1]!.start) from++;
      const modifiers = toks.slice(from, i);
      // (The pattern is tried only where a preposition follows: it runs for every described noun of a long text.)
      const place = next && PLACE_PREPOSITION.test(next.text) ? PLACE_AFTER.exec(s.text.slice(head.end - s.start))?.[1] : undefined;
      if (!modifiers.some(isInformative) && !place) continue;
      const first = modifiers[0] ?? head;
      const text = `${s.text.slice(first.start - s.start, head.end - s.start)}${place ? ` ${place}` : ''}`;
      // (Possessives, bracketed asides and lists are no description to lift: "the firm’s", "(RCE)".)
      if (/[’'(),;:]/.test(text) || text.split(/\s+/).length > MAX_WORDS) continue;
      found.push({ noun, text, sentence: s.index });
    }
  }
  return found;
}

// Per article and noun: only the nouns a stem asks about are ever read.
const cache = new WeakMap<readonly Sentence[], Map<string, Description[]>>();

/**
 * The description of `noun` as written that sentences before `before` gave, when they gave one; none when they gave
 * two different ones ("a 24-bed hostel", "a rival 40-bed hostel"). (A mention with nothing informative, "a second
 * hostel", is no description and goes unseen.)
 */
export function findDescription(sentences: readonly Sentence[], noun: string, before: number): Description | undefined {
  const byNoun = remember(cache, sentences, () => new Map<string, Description[]>());
  // Only from the paragraph or the one before: further back, "the search" may be another search (round 53: "the
  // two-day search" of 2008 put on a rescue of 2023).
  const paragraph = sentences[before]?.paragraph ?? Infinity;
  const earlier = remember(byNoun, noun, () => describe(sentences, noun)).filter((d) => d.sentence < before && sentences[d.sentence]!.paragraph >= paragraph - 1);
  const first = earlier[0];
  return first && earlier.every((d) => first.text.toLowerCase().includes(d.text.toLowerCase()) || d.text.toLowerCase().includes(first.text.toLowerCase())) ? first : undefined;
}
