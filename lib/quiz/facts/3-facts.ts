/**
 * Stage 3: typed facts of the article — names, dates, quantities, quotes with speakers, acronyms with their
 * expansions, appositives — and the alias table that says which spellings name the same thing.
 */
import type { AnnotatedText, Sentence } from '../text/2-annotate';
import { ALIAS_GROUPS, ORG_SUFFIXES, SPEECH_VERBS } from './lexicon';
import { chunkNames, fullNamesOf, lastWord, PERSON_NOUNS, typeNames, type NameSpan } from './names';
import { findDates, findQuantities, type DateSpan, type QuantitySpan } from './numbers';
import { resolvePronouns } from './pronouns';
import { remember } from '../memo';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const NAME_PART = /^[\p{Lu}\d]|^(of|the|and|a|in)$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const ACRONYM_IN_PARENTHESES = /^\s*\(\p{Lu}{2,8}\)/u;
const SPACE_THEN_UPPER = /\s\p{Lu}/u;
const NAMED_TERM = /^([\p{L}\d][\p{L}\d-]*(?:\s+[\p{L}\d][\p{L}\d-]*){0,2}?)["”]?(?=[,.;:)]|\s+(?:and|in|which|that|could|can|is|was|were|are|to|from|for|by|helps|showed)\b)/u;
const KNOWN_AS_ALIAS = /\b(?:[Tt]he\s+)?([\p{Lu}][\p{L}.]*)[^,]{0,30},\s+(?:known as|called|named)\s+([\p{Lu}][\p{L}.-]+)/u;

export type { NameSpan } from './names';
export type { DateSpan, QuantitySpan } from './numbers';

export interface QuoteFact {
  sentence: number;
  /** The quoted words, without the marks. */
  quote: string;
  speaker: NameSpan;
}

export interface AcronymFact {
  sentence: number;
  short: string;
  long: string;
}

export interface AppositiveFact {
  sentence: number;
  name: NameSpan;
  description: string;
}

/** A name or term the article introduces: "dubbed Downfall", "records, called engrams,", "known as optogenetics". */
export interface NamingFact {
  sentence: number;
  text: string;
  start: number;
  end: number;
}

export interface Facts {
  sentences: Sentence[];
  names: NameSpan[];
  dates: DateSpan[];
  quantities: QuantitySpan[];
  quotes: QuoteFact[];
  acronyms: AcronymFact[];
  appositives: AppositiveFact[];
  namings: NamingFact[];
  /** Lower-cased spelling -> canonical key; spellings with one key are aliases. */
  aliases: Map<string, string>;
  title?: string;
  /** The article's own year, from its date line. */
  published?: number;
}

/** A quotation of eight characters or more (global: read with matchAll, or exec from lastIndex 0). */
export const QUOTE = /[“"]([^“”"]{8,})[”"]/g;
const VERBS = [...SPEECH_VERBS].join('|');
// "…,” said study co-author Professor Carl Lipo": a role of a few words may stand between the verb and the name.
const SAID_GAP = new RegExp(`^\\s*,?\\s*(${VERBS})(?:\\s+(?!by\\b)(?:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}[\\p{L}.’'-]*)){0,4}\\s*$`, 'u');
const SAID_START = new RegExp(`^\\s*(${VERBS})\\b`);
// "Owusu said a resident had told her: “…”", "recalled his words: “…”": a quotation passed on is someone else's (a review
// of round 65).
export const PASSED_ON = /\b(?:told|asked|wrote to)\s+(?:him|her|them|me|us)\b|\bwords\b|\b(?:sign|letter|message|note|notice|poster|banner)\b/i;
// "…,” Mr Kingdon said": a title may stand before the name the article types (round 63).
const SPEAKER_TITLE_GAP = /^\s*,?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Justice|Cllr|Cr|Councillor|Madam|Mdm|Puan|Rev|Father|Sister)\.?\s+)?$/;
// "X commented on the matter — which the BBC noted as an unusual move — “...”": an aside between dashes may stand
// between the verb and the quotation.
const SAID_BEFORE_QUOTE = new RegExp(`^\\s*(${VERBS})\\b(?:[^“"]{0,60}|[^“"—–]{0,60}\\s[—–]\\s[^“"—–]{3,100}\\s[—–]\\s*)$`);

/** `names` may be all names or only the sentence's own (extractFacts passes those, indexed once). */
function findQuotes(sentence: Sentence, names: NameSpan[]): QuoteFact[] {
  const out: QuoteFact[] = [];
  const persons = names.filter((n) => n.sentence === sentence.index && n.type === 'person');
  QUOTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE.exec(sentence.text))) {
    const quote = m[1]!.trim().replace(/[,.]$/, '');
    // A title in quotes ("State of the Union") is no one's words.
    if (quote.split(/\s+/).length < 4 || quote.split(/\s+/).every((w) => NAME_PART.test(w))) continue;
    // "…,” said X" / "…,” X said" / "X said: “…”" / "X told Y: “…”".
    const quoteEnd = m.index + m[0].length;
    const speaker = persons.find((p) => {
      const rel = p.start - sentence.start;
      const relEnd = p.end - sentence.start;
      if (rel >= quoteEnd) {
        const gap = sentence.text.slice(quoteEnd, rel);
        const rest = sentence.text.slice(relEnd);
        return SAID_GAP.test(gap) || (SPEAKER_TITLE_GAP.test(gap) && SAID_START.test(rest));
      }
      const gap = sentence.text.slice(relEnd, m!.index);
      return relEnd <= m!.index && SAID_BEFORE_QUOTE.test(gap) && !PASSED_ON.test(gap);
    });
    if (speaker) out.push({ sentence: sentence.index, quote, speaker });
  }
  return out;
}

/** "Coordination of Movements in Azawad (CMA)": walk back until the capitals spell the acronym. */
function findAcronyms(sentence: Sentence): AcronymFact[] {
  const out: AcronymFact[] = [];
  const re = /\((\p{Lu}{2,8})\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence.text))) {
    const short = m[1]!;
    const words = sentence.text.slice(0, m.index).trimEnd().split(/\s+/);
    const taken: string[] = [];
    let initials = '';
    for (let k = words.length - 1; k >= 0 && taken.length < 12; k--) {
      const w = words[k]!.replace(/^[“"(]/, '');
      taken.unshift(w);
      if (STARTS_UPPER.test(w)) initials = w[0] + initials;
      if (initials.length >= short.length) break;
      if (/[,.;:]$/.test(w) && taken.length > 1) break;
    }
    const long = taken.join(' ').replace(/^(the)\s+/i, '');
    if (initials.toUpperCase() === short && STARTS_UPPER.test(long)) out.push({ sentence: sentence.index, short, long });
  }
  return out;
}

/** "Ahmedou Ould-Abdallah, a former Mauritanian foreign minister who ..." */
function findAppositives(sentence: Sentence, names: NameSpan[]): AppositiveFact[] {
  const out: AppositiveFact[] = [];
  for (const n of names) {
    if (n.sentence !== sentence.index || (n.type !== 'person' && n.type !== 'organisation')) continue;
    // "According to Arvan Mobility, the system can detect ...": the words after the comma are the clause it sources.
    if (/\baccording to\s+(?:the\s+)?$/i.test(sentence.text.slice(0, n.start - sentence.start))) continue;
    let after = sentence.text.slice(n.end - sentence.start);
    after = after.replace(ACRONYM_IN_PARENTHESES, '');
    const m = /^,\s+((?:an?\s+[\w][^,;“”"]{5,160}?)|(?:the\s+[a-z][^,;“”"]{5,160}?)|(?:head|leader|founder|director|chief|co-author|president|spokesman|spokeswoman) of [^,;“”"]{3,120}?)(?=,|\.$|;|$)/.exec(after);
    if (!m) continue;
    const description = m[1]!.trim();
    if (/\b(said|says|told)\b/.test(description)) continue;
    // "X, the system can detect ...": a clause with its own verb, not a noun phrase describing X.
    if (/^the\s+\p{Ll}+\s+(?:can|could|will|would|has|had|is|was|are|were|may|must|should)\b/u.test(description)) continue;
    // "Professor Michael Siegel of Boston University, co-author of ...": a person's role describes the person.
    // ("... president of Gangwon Coastal National University (GCNU), the first woman to hold the post": round 90.)
    if (n.type === 'organisation' && (PERSON_NOUNS.test(description) || /^(?:an?|the)\s+(?:(?:first|only|second|third|last|youngest|oldest|\p{Ll}+est)\s+)?(?:woman|man|person|girl|boy)\b/u.test(description))) continue;
    // "Moss Side, a few hundred metres from the gallery": where a name lies, not what it is.
    if (/^an?\s+(?:few\s+(?:\w+\s+)?(?:metres|meters|miles|yards|kilometres|minutes)|short\s+(?:walk|drive|distance)|stone['’]s throw)\b/.test(description)) continue;
    // "X, the border between Northern Ireland and ..." inside a list is no description of X.
    if (/^the\b/.test(description) && SPACE_THEN_UPPER.test(description)) continue;
    out.push({ sentence: sentence.index, name: n, description });
  }
  return out;
}

const NAMING = /\b(?<!so[\s-])(?:dubbed|called|named|known as|nicknamed|termed|codenamed)\s+["“]?/g;
const NOT_A_TERM = /^(the|a|an|for|on|him|her|it|them|his|their|this|that|as|to|upon|off|out|in|by|back|up|after|its|our|my|your|me|us)$/i;

function findNamings(sentence: Sentence): NamingFact[] {
  const out: NamingFact[] = [];
  for (const m of sentence.text.matchAll(NAMING)) {
    const from = m.index! + m[0].length;
    const rest = sentence.text.slice(from);
    // One to three words, ending at punctuation or a clause word: "Downfall and revealed", "engrams, are".
    const t = NAMED_TERM.exec(rest);
    if (!t) continue;
    const words = t[1]!.split(/\s+/);
    if (words.some((w) => NOT_A_TERM.test(w))) continue;
    const capitalised = words.every((w) => STARTS_UPPER.test(w));
    if (!capitalised && !words.every((w) => /^[a-z\d]/.test(w))) continue;
    out.push({ sentence: sentence.index, text: t[1]!, start: sentence.start + from, end: sentence.start + from + t[1]!.length });
  }
  // A gloss: "the platforms, or ahu, built to ...", "the statues, or moai, are ..." (not the last item of a list).
  for (const m of sentence.text.matchAll(GLOSS)) {
    const before = sentence.text.slice(Math.max(0, m.index! - 30), m.index!);
    // A gloss renames a noun phrase of its own ("the platforms"): "tea, or coffee," is a choice, not a name.
    if (/,\s/.test(before) || NOT_A_TERM.test(m[2]!) || !/\bthe\s+(?:\S+\s+){0,3}$/i.test(before)) continue;
    const from = m.index! + m[0].indexOf(m[2]!, m[1]!.length);
    out.push({ sentence: sentence.index, text: m[2]!, start: sentence.start + from, end: sentence.start + from + m[2]!.length });
  }
  // A definition by apposition: "the mouse hippocampus, a part of the brain known to ...".
  for (const m of sentence.text.matchAll(DEFINED_TERM)) {
    if (NOT_A_TERM.test(m[1]!)) continue;
    const from = m.index! + m[0].indexOf(m[1]!);
    out.push({ sentence: sentence.index, text: m[1]!, start: sentence.start + from, end: sentence.start + from + m[1]!.length });
  }
  return out;
}

const GLOSS = /(\b[a-z]{4,}),\s+or\s+([a-z][a-z-]{2,}),\s/g;
const DEFINED_TERM =
  /\bthe\s+(?:[a-z]+\s+)?([a-z]{5,}),\s+(?:an?|one)\s+(?:[a-z]+\s+){0,2}(?:part|type|kind|form|class|species|region|area|protein|enzyme|molecule|compound|technique|method|process|disease|condition|device|tool|structure|layer|mineral|gene|cell|organ|tissue|particle|substance)s?\b/g;

function buildAliases(names: NameSpan[], acronyms: AcronymFact[], sentences: Sentence[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const link = (a: string, b: string) => {
    const ka = aliases.get(a.toLowerCase()) ?? a.toLowerCase();
    for (const s of [a, b]) {
      const old = aliases.get(s.toLowerCase());
      if (old && old !== ka) for (const [k, v] of aliases) if (v === old) aliases.set(k, ka);
      aliases.set(s.toLowerCase(), ka);
    }
  };
  for (const group of ALIAS_GROUPS) for (const s of group.slice(1)) link(group[0]!, s);
  for (const a of acronyms) link(a.short, a.long);
  // ("the UN Food and Agriculture Organization (FAO)": a name that ends on the acronym's words, a prefix before them, is
  // the same body; round 80.)
  for (const n of names) for (const a of acronyms) if (n.text !== a.long && n.text.endsWith(` ${a.long}`) && n.sentence === a.sentence) link(a.short, n.text);
  const fullNames = fullNamesOf(names);
  for (const n of names) {
    if (n.type === 'person' && n.text.includes(' ')) link(n.text, lastWord(n.text));
    // ("Farah" of "Farah Liyana Abdul Rahman": a full name's given name, where the article shortens names so.)
    const opened = n.type === 'person' && !n.text.includes(' ') ? fullNames.get(n.text) : undefined;
    if (opened?.startsWith(`${n.text} `)) link(opened, n.text);
    if (!aliases.has(n.text.toLowerCase())) aliases.set(n.text.toLowerCase(), n.text.toLowerCase());
  }
  // "The UN mission, known as MINUSMA," links the name to the body it belongs to. The pattern is slow on long
  // sentences and needs one of its three phrases: sentences with none of them are skipped before it runs.
  for (const s of sentences) {
    if (!s.text.includes('known as') && !s.text.includes('called') && !s.text.includes('named')) continue;
    const m = KNOWN_AS_ALIAS.exec(s.text);
    if (m) link(m[1]!, m[2]!);
  }
  return aliases;
}

/** The chunker splits "Coordination of Movements in Azawad" at "in"; the acronym that follows says it is one name. */
function mergeExpansions(names: NameSpan[], acronyms: AcronymFact[], sentences: Sentence[]): void {
  for (const a of acronyms) {
    const s = sentences[a.sentence]!;
    const at = s.text.indexOf(a.long);
    if (at < 0) continue;
    const start = s.start + at;
    const end = start + a.long.length;
    const inside = names.filter((n) => n.start >= start && n.end <= end);
    if (!inside.length) continue;
    const first = names.indexOf(inside[0]!);
    // "Member of Parliament (MP)" is a title, not a body: only expansions named like organisations are typed so.
    const type = a.long.split(/\s+/).some((w) => ORG_SUFFIXES.has(w.toLowerCase())) ? 'organisation' : 'other';
    names.splice(first, inside.length, { text: a.long, start, end, sentence: a.sentence, type });
  }
}

/** Names by sentence index, each list in the names' order. */
function groupBySentence(names: NameSpan[]): Map<number, NameSpan[]> {
  const bySentence = new Map<number, NameSpan[]>();
  for (const n of names) {
    const list = bySentence.get(n.sentence);
    if (list) list.push(n);
    else bySentence.set(n.sentence, [n]);
  }
  return bySentence;
}

/** Stage 3 entry. */
export function extractFacts(annotated: AnnotatedText): Facts {
  const { sentences } = annotated;
  const raw = sentences.flatMap(chunkNames);
  const names = typeNames(raw, sentences);
  const dates = sentences.flatMap(findDates);
  const datesBySentence = new Map<number, DateSpan[]>();
  for (const d of dates) {
    const list = datesBySentence.get(d.sentence);
    if (list) list.push(d);
    else datesBySentence.set(d.sentence, [d]);
  }
  const quantities = sentences.flatMap((s) => findQuantities(s, datesBySentence.get(s.index) ?? []));
  // Only quotes whose speaker is named in the same sentence: the key must stand in its evidence.
  // Each sentence looks only at its own names: grouped once, not filtered from all names per sentence.
  const quoteNames = groupBySentence(names);
  const quotes = sentences.flatMap((s) => findQuotes(s, quoteNames.get(s.index) ?? []));
  const acronyms = sentences.flatMap(findAcronyms);
  mergeExpansions(names, acronyms, sentences);
  const appositiveNames = groupBySentence(names);
  const appositives = sentences.flatMap((s) => findAppositives(s, appositiveNames.get(s.index) ?? []));
  const namings = sentences.flatMap(findNamings);
  const aliases = buildAliases(names, acronyms, sentences);
  // The last named speaker of each sentence, for a quotation that goes on in the next.
  const speakers = new Map(quotes.map((q) => [q.sentence, q.speaker]));
  resolvePronouns(sentences, names, dates, speakers, annotated.title);
  return { sentences, names, dates, quantities, quotes, acronyms, appositives, namings, aliases, title: annotated.title, published: annotated.published };
}

/** Whole-word, case-insensitive containment without building a RegExp (it runs for every candidate option). */
const lowered = new Map<string, string>();

/** Sentences are searched many times: lower-case each once. */
function lower(text: string): string {
  let l = lowered.get(text);
  if (l === undefined) {
    if (lowered.size > 5000) lowered.clear();
    l = text.toLowerCase();
    lowered.set(text, l);
  }
  return l;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is the UTF-16 unit at `i` a letter or digit (false outside the string)? ASCII is decided without a RegExp. */
function isWordCharAt(h: string, i: number): boolean {
  if (i < 0 || i >= h.length) return false;
  const c = h.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD_CHAR.test(h[i]!);
}

export function containsWord(haystack: string, needle: string): boolean {
  const h = lower(haystack);
  const n = needle.toLowerCase();
  if (!n) return false;
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    if (!isWordCharAt(h, at - 1) && !isWordCharAt(h, at + n.length)) return true;
  }
  return false;
}

const spellingsCache = new WeakMap<Facts, Map<string, string[]>>();

/** Every spelling the article (and the alias lists) give for the thing `text` names. */
export function listSpellings(facts: Facts, text: string): string[] {
  let index = spellingsCache.get(facts);
  if (!index) {
    index = new Map();
    for (const [spelling, c] of facts.aliases) index.set(c, [...(index.get(c) ?? []), spelling]);
    spellingsCache.set(facts, index);
  }
  return index.get(canonicalOf(facts, text)) ?? [];
}

// Per article (the Facts object of one generateQuiz call): ranking and distractor picking ask for the same few hundred
// spellings thousands of times.
const canonicalCache = new WeakMap<Facts, Map<string, string>>();

/** Canonical key for a spelling: aliases share one. */
export function canonicalOf(facts: Facts, text: string): string {
  const cache = remember(canonicalCache, facts, () => new Map());
  let c = cache.get(text);
  if (c === undefined) {
    const t = text.toLowerCase().replace(/^the\s+/, '');
    c = facts.aliases.get(t) ?? t;
    cache.set(text, c);
  }
  return c;
}
