/**
 * Wrong options of the same type and granularity as the key, taken from the article first (only a reader can
 * tell them apart), then from the word lists. Every one is checked not true: not in the evidence sentence, not
 * another spelling of the key, not sharing a name word with it.
 */
import { canonicalOf, containsWord, type DateSpan, type Facts, type NameSpan, type QuantitySpan } from './facts/3-facts';
import { DEMONYMS, MONTHS, ORG_SUFFIXES, PLACE_SUFFIXES, POOLS, TITLES } from './facts/lexicon';
import { calledSurnameOf, fullNamesOf, ISLAND_WORD, lastWord } from './facts/names';
import { listNumbers, senseOf } from './facts/numbers';
import { findCity, findOrganisationKind, listAliases, organisationsLike, sameKindPlaces } from './model/gazetteer';
import type { Sentence } from './text/2-annotate';
import type { Built, Candidate } from './questions/stem';
import { CONTEST, explainRoleMismatch, genderOf, hasKnownGivenName, isActor, isTruncatedName, isUnfitForRole, roleOf, sideNamedIn, sideOf } from './roles';
import { remember } from './memo';
import { escapeRegExp, readInitials } from './text/words';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const BROKEN_HYPHENATION = /\p{L}-\s+\p{L}/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** Scrape garble ("Vallaud- Belkacem") never becomes an option. */
const isGarbled = (s: string) => BROKEN_HYPHENATION.test(s);

export interface Distractors {
  options: string[];
  /** 0..1: 1 when all came from the article or sit right next to the key. */
  closeness: number;
  /** People the article only mentions in passing who fit every other check: a last resort for a small cast. */
  spare?: string[];
}

const STOP = new Set(['the', 'of', 'for', 'and', 'in', 'de', 'la', 'al']);
// Words many unrelated names share ("Ministry of Defence", "Defence Forces"): no sign of one family.
const GENERIC = new Set(['national', 'international', 'general', 'central', 'state', 'federal', 'royal', 'united', 'new', 'south', 'north', 'east', 'west', 'republic', 'democratic', 'people']);
const isGeneric = (w: string) => GENERIC.has(w) || ORG_SUFFIXES.has(w) || PLACE_SUFFIXES.has(w) || DEMONYMS.has(w);

const wordsCache = new Map<string, string[]>();

function nameWords(s: string): string[] {
  let words = wordsCache.get(s);
  if (words) return words;
  words = splitNameWords(s);
  if (wordsCache.size > 20000) wordsCache.clear();
  wordsCache.set(s, words);
  return words;
}

function splitNameWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[’']s$/, '').replace(/\./g, ''))
    .filter((w) => w && !STOP.has(w));
}

interface NameIndex {
  counts: Map<string, number>;
  canonicalsBySentence: Map<number, Set<string>>;
}

const indexes = new WeakMap<Facts, NameIndex>();

/** Per-article lookups, built once: distractor picking runs for every candidate. */
function indexNames(facts: Facts): NameIndex {
  let index = indexes.get(facts);
  if (index) return index;
  index = { counts: new Map(), canonicalsBySentence: new Map() };
  for (const n of facts.names) {
    const c = canonicalOf(facts, n.text);
    index.counts.set(c, (index.counts.get(c) ?? 0) + 1);
    const set = index.canonicalsBySentence.get(n.sentence) ?? new Set<string>();
    set.add(c);
    index.canonicalsBySentence.set(n.sentence, set);
  }
  indexes.set(facts, index);
  return index;
}

const aliasCache = new Map<string, Set<string>>();

/** The gazetteer's other names for a key, looked up once per key. */
function gazetteerAliases(key: string): Set<string> {
  let found = aliasCache.get(key);
  if (!found) {
    found = new Set(listAliases(key).map((a) => a.toLowerCase()));
    if (aliasCache.size > 5000) aliasCache.clear();
    aliasCache.set(key, found);
  }
  return found;
}

/** What isUnsafe needs of a key, and the answers it gave per evidence sentence: one generateQuiz call's worth. */
interface UnsafeMemo {
  keys: Map<string, KeyInfo>;
  inEvidence: Map<Sentence, Map<string, boolean>>;
  picked: Map<Sentence, Map<string, Distractors>>;
  /** Candidate names in the order pickNames tries them, per pool and key form. */
  ordered: Map<string, string[]>;
}

const unsafeMemos = new WeakMap<Facts, UnsafeMemo>();

function memoOf(facts: Facts): UnsafeMemo {
  let memo = unsafeMemos.get(facts);
  if (!memo) {
    memo = { keys: new Map(), inEvidence: new Map(), picked: new Map(), ordered: new Map() };
    unsafeMemos.set(facts, memo);
  }
  return memo;
}

interface KeyInfo {
  lower: string;
  canonical: string;
  aliases: Set<string>;
  words: Set<string>;
  /** Could be the initials of a longer name (isInitialsOf's first test). */
  acronym: boolean;
  /** The initials of a name of several words (isInitialsOf), else undefined. */
  initials: string | undefined;
}

function keyInfo(facts: Facts, key: string): KeyInfo {
  const keys = memoOf(facts).keys;
  let info = keys.get(key);
  if (!info) {
    info = {
      lower: key.toLowerCase(),
      canonical: canonicalOf(facts, key),
      aliases: gazetteerAliases(key),
      words: new Set(nameWords(key).filter((w) => !isGeneric(w))),
      acronym: /^[A-Z]{2,8}$/.test(key),
      initials: key.includes(' ') ? readInitials(key) : undefined,
    };
    keys.set(key, info);
  }
  return info;
}

/** Is the option, or another spelling of it, in the evidence sentence? Asked once per option and sentence. */
function isInEvidence(option: string, evidence: Sentence, facts: Facts): boolean {
  const bySentence = memoOf(facts).inEvidence;
  const answers = remember(bySentence, evidence, () => new Map());
  let found = answers.get(option);
  if (found === undefined) {
    found =
      // Co-listed or otherwise present in the evidence ("Gao and Timbuktu").
      containsWord(evidence.text, option) ||
      // Another spelling of a name the evidence already holds ("U.N." when it says "UN officials", "EFF" beside
      // "Electronic Frontier Foundation").
      !!indexNames(facts).canonicalsBySentence.get(evidence.index)?.has(canonicalOf(facts, option)) ||
      [...gazetteerAliases(option)].some((alias) => alias.length > 2 && containsWord(evidence.text, alias));
    answers.set(option, found);
  }
  return found;
}

/** Would this option also be a right answer, or point at the key? */
export function isUnsafe(option: string, key: string, evidence: Sentence, facts: Facts): boolean {
  const k = keyInfo(facts, key);
  // Both read once per article: the same few dozen names are tried against every key.
  const o = keyInfo(facts, option);
  if (o.lower === k.lower) return true;
  if (o.canonical === k.canonical) return true;
  if (k.aliases.has(o.lower)) return true;
  // (The evidence test, the costliest, last: the verdict is the same in any order.)
  if (nameWords(option).some((w) => k.words.has(w))) return true; // "UN" vs "UN Security Council"
  // "EFF" for "Electronic Frontier Foundation" even where the article never spells the acronym out: one is the
  // other's initials (an acronym of two to eight capitals, the other of several words).
  if ((o.acronym && k.initials === option) || (k.acronym && o.initials === key)) return true;
  if (isInEvidence(option, evidence, facts)) return true;
  return false;
}

/** The candidate, or its rejection: fewer than three distractors (`tooFew` says why), or a key that stands out by length. */
export function offer(candidate: Candidate, tooFew: string): Built {
  if (candidate.distractors.length < 3) return { kind: candidate.kind, stem: candidate.stem, reason: tooFew };
  if (!isBalanced(candidate.key, candidate.distractors)) return { kind: candidate.kind, stem: candidate.stem, reason: 'key stands out by length' };
  return candidate;
}

/** The key must not stand out: not far the longest of the four. */
export function isBalanced(key: string, options: string[]): boolean {
  const longest = Math.max(...options.map((o) => o.length));
  return !(key.length > longest * 1.6 && key.length - longest > 10);
}

function uniqueBy<T>(items: T[], keyOf: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = keyOf(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const CONTINENTS = new Set(['africa', 'europe', 'asia', 'america', 'north america', 'south america', 'latin america', 'antarctica', 'oceania', 'australia']);

/** A town against towns, a country against countries, a street against streets; unknown places count as towns. */
function sameKind(a: NameSpan, b: NameSpan, islands: ReadonlySet<string>): boolean {
  if (a.type !== b.type) return false;
  if (a.type !== 'place') return true;
  const grain = (n: NameSpan) => {
    if (CONTINENTS.has(n.text.toLowerCase())) return 'continent';
    if (islands.has(n.text)) return 'island';
    // (Round 56: "Tanner's Lane" among a church and two schools.)
    if (/\b(Street|Road|Avenue|Square|Lane|Drive|Terrace|Crescent|Close|Row)$/.test(n.text)) return 'street';
    return n.subtype ?? 'city';
  };
  return grain(a) === grain(b);
}

// "the island of Tanna", "the islands of Erromango and Aniwa": an island by the words that introduce it.
const ISLANDS_BEFORE = /\bislands?\s+of\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+|\s+and\s+))*$/u;
const islandNames = new WeakMap<Facts, Set<string>>();

/** Islands by their name ("Rathlin Island", "Pulau Sipadan") or by how the article introduces them, once per article. */
function islandsOf(facts: Facts): Set<string> {
  return remember(islandNames, facts, () => {
    const found = new Set<string>();
    for (const n of facts.names) {
      if (n.type !== 'place') continue;
      const sentence = facts.sentences[n.sentence]!;
      if (/\bIslands?$/.test(n.text) || (n.text.includes(' ') && ISLAND_WORD.test(n.text.split(' ')[0]!)) || ISLANDS_BEFORE.test(sentence.text.slice(Math.max(0, n.start - sentence.start - 120), n.start - sentence.start))) found.add(n.text);
    }
    return found;
  });
}

/** Distinct names of one kind, most mentioned first; cached per article and kind. */
const poolCache = new WeakMap<Facts, Map<string, string[]>>();

// What a deadline adds to a forward-looking sentence (LOOKS_AHEAD): an obligation.
const OBLIGATION = /\b(?:must|should|shall|can|could|has to|have to|had to|promised|pledged|required|deadline)\b/i;

const PARTICLE_SURNAME = /^(?:[Vv]an|[Vv]on|[Dd]e|[Dd]a|[Dd]i|[Dd]u|[Dd]el|[Dd]er|[Ll]e|[Ll]a|[Tt]er|[Tt]en)\s\S+$/;

function listNames(facts: Facts, key: NameSpan, surnameOnly: boolean): string[] {
  const cache = poolCache.get(facts) ?? new Map<string, string[]>();
  poolCache.set(facts, cache);
  const id = `${key.type}:${key.type === 'place' ? (key.subtype ?? '') : ''}:${surnameOnly}:${islandsOf(facts).has(key.text)}`;
  const cached = cache.get(id);
  if (cached) return cached;
  const { counts } = indexNames(facts);
  const fullNames = fullNamesOf(facts.names);
  const fullName = (n: NameSpan) => (n.type === 'person' ? (fullNames.get(n.text) ?? n.text) : n.text);
  const list = uniqueBy(
    facts.names.filter((n) => sameKind(n, key, islandsOf(facts))).map((n) => (surnameOnly ? calledSurnameOf(facts.names, fullName(n)) : fullName(n))),
    (s) => canonicalOf(facts, s),
  )
    .filter((s) => key.type !== 'person' || surnameOnly || (s.includes(' ') && !PARTICLE_SURNAME.test(s)))
    // "King" of "Martin Luther King" reads as a title on its own.
    .filter((s) => !surnameOnly || !TITLES.has(s.toLowerCase()));
  // Each name's count looked up once, not twice per comparison.
  const countOf = new Map(list.map((s) => [s, counts.get(canonicalOf(facts, s)) ?? 0]));
  list.sort((a, b) => countOf.get(b)! - countOf.get(a)!);
  cache.set(id, list);
  return list;
}

/**
 * People, organisations, places. A bare-surname key gets bare surnames, so the forms match. The answer depends on the
 * key's type and text and the evidence only: the entity and statement builders ask the same ones again, so it is
 * kept for the article (and handed out as a copy).
 */
export function pickNameDistractors(facts: Facts, key: NameSpan, keyText: string, evidence: Sentence): Distractors {
  const picked = memoOf(facts).picked;
  const answers = remember(picked, evidence, () => new Map());
  const id = `${key.type}\u0000${key.subtype ?? ''}\u0000${keyText}`;
  let found = answers.get(id);
  if (!found) {
    found = pickNames(facts, key, keyText, evidence);
    answers.set(id, found);
  }
  return { options: [...found.options], closeness: found.closeness, spare: found.spare && [...found.spare] };
}

/** Is every mention of this name inside a quotation (an odd number of quotation marks before it in its sentence)? */
function onlyQuoted(facts: Facts, name: string): boolean {
  const mentions = facts.names.filter((n) => n.text === name);
  return (
    mentions.length > 0 &&
    mentions.every((n) => {
      const sentence = facts.sentences[n.sentence]!;
      return ((sentence.text.slice(0, n.start - sentence.start).match(/[“”"]/g) ?? []).length) % 2 === 1;
    })
  );
}

function pickNames(facts: Facts, key: NameSpan, keyText: string, evidence: Sentence): Distractors {
  // ("Van Dalen", "de Groot": a surname with its particle is a surname, whose rivals are surnames too; round 61.)
  const surnameOnly = key.type === 'person' && (!keyText.includes(' ') || PARTICLE_SURNAME.test(keyText));
  const { counts } = indexNames(facts);
  // The most mentioned safe names, then the closest in length among equally mentioned ones.
  const safe: string[] = [];
  const spare: string[] = [];
  // Same form as the key first: acronyms beside an acronym ("EFF": "RIAA", "FSF"), full names beside a full name;
  // of one family ("EFF", "Electronic Frontier Foundation") the spelling of the key's form is kept.
  const isAcronym = (x: string) => /^[A-Z][A-Z0-9&]{1,7}$/.test(x.replace(/\./g, ''));
  const sameForm = (x: string) => Number(isAcronym(x) === isAcronym(keyText));
  // An acronym key takes the article's acronyms for its bodies ("RIAA" for "Recording Industry Association of America").
  const acronymKey = isAcronym(keyText);
  // The order depends on the pool and the key's form only: built once per article.
  const shortKey = key.type === 'organisation' && !keyText.includes(' ') && keyText.length <= 12;
  const orderId = `${key.type}:${key.type === 'place' ? (key.subtype ?? '') : ''}:${surnameOnly}:${islandsOf(facts).has(key.text)}:${acronymKey}:${shortKey ? keyText.length : ''}`;
  const orders = memoOf(facts).ordered;
  let ordered = orders.get(orderId);
  if (!ordered) {
    // (Beside a one-word key, "Wagner", a long name the article also gives as initials takes them: "CMA", not "Coordination
    // of Movements in Azawad", whose length sets the key apart.)
    const spell = (x: string) => (key.type === 'organisation' && (acronymKey || (shortKey && x.length > 3 * keyText.length)) ? (facts.acronyms.find((a) => a.long === x)?.short ?? x) : x);
    const names = listNames(facts, key, surnameOnly).map(spell);
    if (key.type === 'organisation') {
      const form = new Map(names.map((x) => [x, Number(isAcronym(x) === acronymKey)]));
      ordered = [...names].sort((a, b) => form.get(b)! - form.get(a)!);
    } else ordered = names;
    orders.set(orderId, ordered);
  }
  for (const s of ordered) {
    if (safe.length >= 6) break;
    // Someone met only in passing is kept aside as a spare when every other check passes.
    // (Only under a given name the lists know: a passing mention is often a misread trophy or place, "Henderson Trophy".)
    const passing = key.type === 'person' && !isActor(facts, s);
    // (Nor one named only inside a quotation: "ours for Rock Forest" is a district, whatever "Rock" is; round 99.)
    if (passing && (!hasKnownGivenName(facts, s) || onlyQuoted(facts, s))) continue;
    // A name explainRoleMismatch rejects whatever the key and sentence (a passing mention, a bare suffix), or garbled:
    // skipped before the checks against the key (all of them pure, so the order changes nothing but the work).
    if ((!passing && isUnfitForRole(facts, key.type, s)) || isGarbled(s)) continue;
    // "AUSTIN" of a dateline among "Bengaluru" and "Toronto": a name in capitals is no acronym, and stands out.
    if (SHOUTED.test(s) && !SHOUTED.test(keyText)) continue;
    // Two options of one family ("U.N.", "UN Security Council") point away from both: keep one. So do two whose
    // names hold each other ("Congress", "American Congress").
    if (isUnsafe(s, keyText, evidence, facts) || [...safe, ...spare].some((o) => isUnsafe(s, o, evidence, facts) || containsWord(o, s) || containsWord(s, o))) continue;
    // "ICAO, the United Nations agency that sets ...": a body the article describes the key by is a second answer.
    if (key.type === 'organisation' && describesKey(facts, keyText, s)) continue;
    // Of the right type but not of the blank's role: another gender, a passing mention, a place the sentence rules out.
    if (explainRoleMismatch(facts, key, keyText, s, evidence, { passing }) || isTruncatedName(facts, s)) continue;
    (passing ? spare : safe).push(s);
  }
  // A person of the key's own role first ("manager" beside a manager), then one of no stated role, then the rest: the
  // sentence often says what only that role does ("sent on a substitute").
  const keyRole = key.type === 'person' ? roleOf(facts, keyText) : undefined;
  const roleRank = (x: string) => {
    if (!keyRole) return 0;
    const r = roleOf(facts, x);
    return r === keyRole ? 0 : r === undefined ? 1 : 2;
  };
  // For the speaker of a quotation, people the article quotes come first: a painter dead since 1660 is no one's source.
  const quoted = key.type === 'person' && facts.quotes.some((q) => q.sentence === evidence.index && q.speaker === key);
  const speakerRank = (x: string) => (quoted && !facts.quotes.some((q) => lastWord(q.speaker.text) === lastWord(x)) ? 1 : 0);
  // People of the key's own gender first, where the article says it: "lock Tevita Fonua" among two women reads wrong
  // to anyone who knows the sport (round 97).
  const keyGender = key.type === 'person' ? genderOf(facts, keyText) : undefined;
  const genderRank = (x: string) => (keyGender && genderOf(facts, x) !== keyGender ? 1 : 0);
  const fromArticle = safe.sort(
    (a, b) =>
      speakerRank(a) - speakerRank(b) ||
      roleRank(a) - roleRank(b) ||
      genderRank(a) - genderRank(b) ||
      (key.type === 'organisation' ? sameForm(b) - sameForm(a) : 0) ||
      (counts.get(canonicalOf(facts, b)) ?? 0) - (counts.get(canonicalOf(facts, a)) ?? 0) ||
      Math.abs(a.length - keyText.length) - Math.abs(b.length - keyText.length),
  );
  // Only a goalkeeper is "sent the wrong way", only a manager sends on a substitute, only a referee shows a card: a key
  // of such a role takes rivals of that role alone, and any other key none of them.
  const keySoleRole = soleRoleOf(keyRole);
  // "Rovers manager Ian Stokes ... sending on _____": a player of the other side is ruled out by the sentence.
  // (A side the sentence does not name rules nothing out: "Redfern sent on a striker" may be either manager.)
  const keySide = key.type === 'person' ? sideNamedIn(facts, evidence.text) : undefined;
  const onSide = (x: string) => !keySide || (sideOf(facts, x) ?? keySide) === keySide;
  // "beat _____ in the final": a competitor's rival competes too; a coach, a director or an official does not.
  const contest = key.type === 'person' && !keyRole && CONTEST.test(evidence.text);
  const competes = (x: string) => !contest || !OFFICIAL_ROLE.test(roleOf(facts, x) ?? '');
  // (A judge or an officer stays a fair rival for anyone else: only their own questions need their like.)
  const fitsRole = (x: string) => {
    const role = soleRoleOf(roleOf(facts, x));
    return keySoleRole ? role === keySoleRole : role === undefined || OPEN_ROLES.has(role);
  };
  // ("the magistrate ordered that _____ be barred": the person the sentence calls by a role is not the blank; round 72.)
  const calledByRole = (x: string) => {
    const role = roleOf(facts, x);
    return !!role && role !== keyRole && new RegExp(`\\bthe\\s+${escapeRegExp(role)}\\b`, 'i').test(evidence.text);
  };
  const fitting = key.type === 'person' ? fromArticle.filter((x) => fitsRole(x) && onSide(x) && competes(x) && !calledByRole(x)) : fromArticle;
  // ("Curicó" among Shanghai and Beijing for Guangzhou: where the key and another option are towns of one country, an
  // option the gazetteer places nowhere, or elsewhere, is of another grain; round 74.)
  const keyCountry = key.type === 'place' ? findCity(keyText)?.country : undefined;
  const countryOf = (x: string) => findCity(x)?.country;
  // (Only where two options agree: the gazetteer reads "Cambridge" as England's, "Perth" as Australia's.)
  const sameCountry = keyCountry !== undefined && fitting.filter((x) => countryOf(x) === keyCountry).length >= 2 ? fitting.filter((x) => countryOf(x) === keyCountry) : fitting;
  const options = sameCountry.slice(0, 3);
  const article = options.length;
  // Made-up people are implausible, and an article with one place among word-list places makes a guessable key.
  // A journal or platform is often the article's only one, and well-known ones are fair rivals; a university needs one
  // more from the article; other bodies and places two, or the key is the one a skimmer recognises.
  const listedKind = key.type === 'organisation' ? (findOrganisationKind(keyText) ?? '') : '';
  const fromArticleNeeded = /^(journal|platform)$/.test(listedKind) ? 0 : listedKind === 'university' ? 1 : 2;
  // (No gazetteer town beside an island: "Auckland" among Tanna and Aniwa; round 85.)
  if (options.length < 3 && key.type !== 'person' && article >= fromArticleNeeded && !islandsOf(facts).has(keyText)) {
    for (const s of fallbackNames(key, keyText)) {
      if (options.length >= 3) break;
      if (!isUnsafe(s, keyText, evidence, facts) && !explainRoleMismatch(facts, key, keyText, s, evidence) && !options.some((o) => o.toLowerCase() === s.toLowerCase()) && !(key.type === 'organisation' && describesKey(facts, keyText, s))) options.push(s);
    }
  }
  // A university among data systems and journals stands out ("Boston University" / "Youth Risk Behavior Surveillance
  // System"): an academic key needs at least one academic distractor.
  if (key.type === 'organisation' && ACADEMIC.test(keyText) && !options.some((o) => ACADEMIC.test(o))) return { options: [], closeness: 0 };
  return { options, closeness: article / 3, spare: spare.slice(0, 3 - Math.min(3, options.length)) };
}

/** Does the article describe the key by this name ("the International Civil Aviation Organization (ICAO), the United
 * Nations agency that ...": the UN is no fair rival for ICAO; round 68)? */
function describesKey(facts: Facts, keyText: string, rival: string): boolean {
  return descriptionsOf(facts, keyText).some((description) => containsWord(description, rival));
}

// Read once per article and key: every rival of the key is checked against them.
const keyDescriptions = new WeakMap<Facts, Map<string, string[]>>();
function descriptionsOf(facts: Facts, keyText: string): string[] {
  return remember(remember(keyDescriptions, facts, () => new Map<string, string[]>()), keyText, () => {
    const acronym = facts.acronyms.find((a) => a.short === keyText || a.long === keyText);
    const forms = [keyText, ...(acronym ? [acronym.short, acronym.long] : [])];
    return facts.sentences.flatMap((s) =>
      forms.flatMap((form) => {
        const at = s.text.indexOf(form);
        const description = at < 0 ? undefined : /^(?:\s*\([^)]*\))?,\s+(?:the|an?)\s+([^,;.]+)/.exec(s.text.slice(at + form.length))?.[1];
        return description ? [description] : [];
      }),
    );
  });
}

const ACADEMIC = /\b(University|College|Institute|School|Academy)\b/;
const CONDITION_BEFORE = /\b(?:using|earning|aged|weighing|consuming|exceeding|those|anyone|households|customers|users)\s+$/;
const OPEN_ROLES = new Set(['judge', 'police']);
const OFFICIAL_ROLE = /^(?:coach|manager|boss|director|chairman|chairwoman|chair|president|secretary|spokesperson|spokesman|spokeswoman|organiser|analyst|correspondent|founder|referee|umpire|judge|minister|officer)$/;

/** The role, when it is one a sentence can single out alone (a goalkeeper, a manager, a referee). */
function soleRoleOf(role: string | undefined): string | undefined {
  if (!role) return undefined;
  if (role === 'keeper') return 'goalkeeper';
  if (role === 'boss') return 'manager';
  // ("Judge _____ said", "Detective Constable _____": only a judge sentences, only an officer investigates; round 66
  // offered the defendant for both.)
  if (role === 'detective') return 'police';
  if (role === 'magistrate') return 'judge';
  return /^(?:goalkeeper|manager|coach|referee|umpire|judge)$/.test(role) ? role : undefined;
}

/** Neighbouring countries, cities of the same country, organisations of the same kind; our lists after the gazetteer's. */
function fallbackNames(key: NameSpan, keyText: string): string[] {
  if (key.type === 'place') {
    // Regions come in every size ("Scandinavia", "Eastern Europe", "South Asia"): a listed one is rarely a fair rival.
    const pool = key.subtype === 'city' ? POOLS.city : key.subtype === 'country' ? POOLS.country : [];
    return [...sameKindPlaces(keyText), ...rotate(pool, keyText)];
  }
  // Organisations only of the key's own kind: a random body from a list is no plausible option.
  return key.type === 'organisation' ? rotate(organisationsLike(keyText, 60), keyText) : [];
}

/** A fixed, key-dependent order through a pool, so fallbacks differ between questions yet stay deterministic. */
function rotate(pool: string[], key: string): string[] {
  let h = 0;
  for (const c of key) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const at = pool.length ? h % pool.length : 0;
  return [...pool.slice(at), ...pool.slice(0, at)];
}

const THIS_PERIOD = /\bthis (?:year|autumn|spring|summer|winter|season|month)\b/i;
const WEEKDAY_BEFORE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$/;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

function formatDate(d: DateSpan, year?: number, month?: number, day?: number): string {
  const y = year ?? d.year;
  const m = MONTHS[(month ?? d.month ?? 1) - 1];
  const dd = day ?? d.day;
  switch (d.format) {
    case 'year':
      return String(y);
    case 'decade':
      return `${y}s`;
    case 'century':
      return `${y}${ordinalSuffix(y!)} century`;
    case 'month-year':
      return `${m} ${y}`;
    case 'month-day':
      return `${m} ${dd}`;
    case 'day-month':
      return `${dd} ${m}`;
    case 'month-day-year':
      return `${m} ${dd}, ${y}`;
    case 'day-month-year':
      return `${dd} ${m} ${y}`;
  }
}

interface When {
  year: number;
  month?: number;
  day?: number;
}

const MONTH_PATTERNS = MONTHS.map((m) => new RegExp(`\\b${m}\\b`, 'i'));

/** The year, month and day a formatted date names ("April 2010", "June 14, 2023", "2013"); undefined without a year. */
function readWhen(text: string): When | undefined {
  const year = /\b(\d{4})s?\b/.exec(text);
  if (!year) return undefined;
  const monthAt = MONTH_PATTERNS.findIndex((m) => m.test(text));
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.replace(year[0], ''));
  return { year: Number(year[1]), ...(monthAt >= 0 ? { month: monthAt + 1 } : {}), ...(monthAt >= 0 && day ? { day: Number(day[1]) } : {}) };
}

const MONTH_OF_RELATIVE_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(last|this|next)\s+year\b/g;

/** "the early 15th century" -> 1410, "the 19th century" -> 1850, "the late 18th century" -> 1790. */
function centuryWhen(text: string): When | undefined {
  const m = /\b(?:(early|mid|middle|late)(?:[\s-]+of\s+the)?[\s-]+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/i.exec(text);
  if (!m) return undefined;
  const part = m[1]?.toLowerCase();
  return { year: (Number(m[2]) - 1) * 100 + (part === 'early' ? 10 : part === 'late' ? 90 : 50) };
}

/** -1, 0 or 1, to the precision both dates have ("April 2010" and "2010" compare equal). */
function compareWhen(a: When, b: When): number {
  for (const part of ['year', 'month', 'day'] as const) {
    const x = a[part];
    const y = b[part];
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return Math.sign(x - y);
  }
  return 0;
}

/** Years near the key's year, dates in the same month or of the same form; article dates first. */
export function pickDateDistractors(facts: Facts, key: DateSpan, evidence: Sentence): Distractors {
  const inEvidence = facts.dates.filter((d) => d.sentence === evidence.index).map((d) => formatDate(d).toLowerCase());
  const keyText = formatDate(key).toLowerCase();
  // "decreased to 59 by _____ from a high in October 2009": an option stays on the key's side of every other date
  // of the sentence, or the sentence itself rules it out.
  // ("on 24 November and again on 2 December": dates without a year compare within one year.)
  // ("the early 21st century" against "the 1920s": a century compares by its years.)
  const whenOf = (s: string) => readWhen(s) ?? centuryWhen(s) ?? (key.year === undefined ? readWhen(`${s} 2000`) : undefined);
  const keyWhen = whenOf(formatDate(key));
  // ("between _____ and March last year" of a story dated 2025: the stem reads "March 2024", and so does the bound.)
  const relativeBounds =
    facts.published === undefined
      ? []
      : [...evidence.text.matchAll(MONTH_OF_RELATIVE_YEAR)].map((m) => whenOf(`${m[1]} ${facts.published! + (m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0)}`));
  const bounds = [...facts.dates.filter((d) => d.sentence === evidence.index && d !== key).map((d) => whenOf(formatDate(d))), ...relativeBounds].filter(
    (w): w is When => !!w && !!keyWhen && compareWhen(keyWhen, w) !== 0,
  );
  const before = evidence.text.slice(0, key.start - evidence.start);
  // "no written record of any complaint before _____": any earlier date is true too, so the options come after the key;
  // "has not been seen since _____": any later one is, so they come before it.
  const sideNeeded = /\b(?:no|not|never|nothing|none|without)\b[^,;]*\bbefore\s+$/i.test(before) ? 1 : /\b(?:no|not|never|nothing|none)\b[^,;]*\bsince\s+$/i.test(before) ? -1 : 0;
  const inWindow = (s: string) => {
    const when = whenOf(s);
    if (when && keyWhen && sideNeeded && compareWhen(when, keyWhen) !== sideNeeded) return false;
    return !when || !keyWhen || bounds.every((b) => compareWhen(when, b) === compareWhen(keyWhen, b));
  };
  // "Winter counts ... recorded a peak of 412 in _____": a season of the sentence holds the key's month, so the
  // options keep it and differ by year.
  const seasonal = key.format === 'month-year' && /\b(?:winter|summer|spring|autumn|monsoon)\b/i.test(evidence.text);
  const sameSeason = (s: string) => !seasonal || whenOf(s)?.month === key.month;
  // "increased ... since _____": a year well after the key (the article's own 2028 finish date) reads as nonsense.
  const since = key.year !== undefined && /\bsince\s+$/i.test(evidence.text.slice(0, key.start - evidence.start));
  const yearOf = (s: string) => Number(/\d{4}/.exec(s)?.[0]);
  // ("for the first time since _____" of a story dated May 2024: "since 2024" is no past at all; round 67.)
  const notPastSince = (s: string) => !since || !(yearOf(s) > key.year! + 3 || (facts.published !== undefined && yearOf(s) >= facts.published));
  // No year after the article's present ("2040s" beside "1990s"): a future date is no plausible option, unless the
  // sentence itself looks ahead ("will be used from 2027"), where past years alone would single the key out. The present
  // is the article's date line ("the 2025 irrigation season" of a story dated 2024 is ahead), or without one its latest
  // year outside sentences that look ahead ("a plan for 1,500 homes by 2030").
  // (A century's "year" is its ordinal, no year of the calendar.)
  const present = facts.published ?? Math.max(0, ...facts.dates.filter((d) => d.format !== 'century' && !LOOKS_AHEAD.test(facts.sentences[d.sentence]!.text)).map((d) => d.year ?? 0));
  // The key's own clause looks ahead, or its year lies after the article's date line ("plans a further season in summer
  // 2024" of a story dated 2023): "£8.1m will come from ..., and £6.1m from the Town Deal, the regeneration fund agreed
  // in _____" asks a past year.
  // (A sentence that looks ahead still governs a later clause of its own for a year not yet past: "said it planned to
  // submit ..., and that a decision could come in late _____".)
  const looksAhead =
    (key.year !== undefined && facts.published !== undefined && key.year > facts.published) ||
    LOOKS_AHEAD.test(clauseAround(evidence.text, key.start - evidence.start, key.end - evidence.start)) ||
    (LOOKS_AHEAD.test(evidence.text) && key.year !== undefined && key.year >= present);
  // ("which has flooded three times since _____" in a sentence that also looks ahead: "since" always looks back.)
  // (A past event of a year before the date line's takes no option of the article's own year: "earned US$250 million
  // in 2025" of a story dated May 2025 reads as a slip; round 98.)
  const beforeThisYear = !looksAhead && key.year !== undefined && facts.published !== undefined && key.year < facts.published;
  const latest = looksAhead && !since ? Infinity : beforeThisYear ? facts.published! - 1 : Math.max(key.year ?? 0, present);
  // (A century too, by the part of it the sentence names, or its first year: "by the middle of the 21st century ... had
  // become" of a story of 2024 is still to come, "in the 21st century" is not; only where the story's present is known.)
  const part = /\b(early|mid|middle|late)(?:[\s-]+of\s+the)?[\s-]+(?:the\s+)?$/i.exec(before)?.[1]?.toLowerCase();
  const partYear = part === 'early' ? 10 : part === 'late' ? 90 : part ? 50 : 1;
  const centuryStart = (s: string) => (Number(/\b(\d{1,2})(?:st|nd|rd|th)\b/.exec(s)?.[1] ?? 0) - 1) * 100 + partYear;
  // (Any date with its year: "entered administration in September 2026" of a story dated 2025 is still to come; round 55.)
  // (Only where the story's date line gives its year: the article's own latest date may lie before a month's options.)
  const pastPresent = (s: string) =>
    ((key.format === 'year' || key.format === 'decade') && yearOf(s) > latest) ||
    (facts.published !== undefined && !looksAhead && key.format !== 'century' && key.format !== 'year' && key.format !== 'decade' && yearOf(s) > latest) ||
    (key.format === 'century' && present > 0 && !looksAhead && centuryStart(s) > Math.max(present, centuryStart(keyText)));
  // "The next edition will be held in _____" keyed a year after the article's present: a year already past is no option.
  const alreadyPast = (s: string) => looksAhead && !since && key.year !== undefined && key.year >= present && present > 0 && yearOf(s) < present;
  // "Through the 1990s the procession grew, and a second evening was added in _____": the decade the sentence names
  // holds the key, so it holds the options too.
  const decade = /\b(?:in|during|through|throughout|over|across)\s+the\s+(1\d|20)(\d)0s\b/i.exec(`${evidence.text.slice(0, key.start - evidence.start)} ${evidence.text.slice(key.end - evidence.start)}`);
  const decadeStart = decade ? Number(decade[1]! + decade[2]! + '0') : undefined;
  const inDecade = (s: string) => decadeStart === undefined || key.year === undefined || key.year < decadeStart || key.year > decadeStart + 9 || (yearOf(s) >= decadeStart && yearOf(s) <= decadeStart + 9);
  // "expected to open in spring _____" keyed 2026 of a story of 2024: years just ahead, not 2031 (round 63).
  const tooFarAhead = (s: string) => looksAhead && key.format === 'year' && present > 0 && key.year! > present && yearOf(s) > key.year! + 3;
  // "... this autumn, down from 11,500 tonnes in _____": the story's own year is the "this" of the sentence, which the
  // stem cannot show (round 63).
  const thisYear = facts.published !== undefined && THIS_PERIOD.test(evidence.text) && key.year !== facts.published;
  // "on Wednesday _____" keyed 9 April: an article date of another weekday ("1 May", a Thursday) reads as a slip; the
  // year is the key's, or the story's date line (round 91).
  const weekdayYear = key.year ?? facts.published;
  const weekdayOf = (w: When | undefined) => (w?.month && w.day && weekdayYear !== undefined ? new Date(Date.UTC(key.year === undefined ? weekdayYear : w.year, w.month - 1, w.day)).getUTCDay() : undefined);
  const keyWeekday = WEEKDAY_BEFORE.test(before) ? weekdayOf(keyWhen) : undefined;
  const sameWeekday = (s: string) => keyWeekday === undefined || weekdayOf(whenOf(s)) === undefined || weekdayOf(whenOf(s)) === keyWeekday;
  const ok = (s: string) =>
    !tooFarAhead(s) &&
    sameWeekday(s) &&
    !(thisYear && yearOf(s) === facts.published) &&
    inDecade(s) &&
    !pastPresent(s) &&
    !alreadyPast(s) &&
    s.toLowerCase() !== keyText &&
    !inEvidence.includes(s.toLowerCase()) &&
    !evidence.text.toLowerCase().includes(s.toLowerCase()) &&
    inWindow(s) &&
    sameSeason(s) &&
    notPastSince(s);
  // "around 1870": a year a few either side is true enough, so the options stand a decade or more apart.
  const approximate = key.format === 'year' && /\b(?:around|about|circa|c\.|approximately|roughly)\s+$/i.test(before);
  const near = (d: DateSpan) =>
    d.year !== undefined && key.year !== undefined ? Math.abs(d.year - key.year) <= 12 && (!approximate || Math.abs(d.year - key.year) >= 10) : true;
  const fromArticle = uniqueBy(
    facts.dates.filter((d) => d.format === key.format && near(d)).map((d) => formatDate(d)),
    (s) => s.toLowerCase(),
  ).filter(ok);
  const generated: string[] = [];
  if (key.format === 'century') {
    for (const off of [-2, 2, -1, 1, 3, -3]) if (key.year! + off >= 1 && key.year! + off <= 21) generated.push(formatDate(key, key.year! + off));
  } else if (key.format === 'year' || key.format === 'decade') {
    const step = key.format === 'decade' ? 10 : 1;
    // (Decades stay within a generation of the key: "the early 1950s" is no rival for "the early 2000s".)
    const offsets = key.format === 'decade' ? [...SMALL_OFFSETS[pickPattern(key.text)]!, -1, 1, 2, -2, 3, -3] : [...YEAR_OFFSETS[pickPattern(key.text)]!, -2, 3, -5, 1, -1, 4, 2, -3, 6, -4];
    for (const off of offsets) generated.push(formatDate(key, key.year! + off * (approximate ? 10 : step)));
  } else if (key.format === 'month-year') {
    const shifts = seasonal ? [[0, -1], [0, 1], [0, -2], [0, 2], [0, -3], [0, 3]] : [[0, -1], [3, 0], [-4, 0], [0, 1], [6, -1], [-2, 0], [2, 0], [-6, 0]];
    for (const [mo, yo] of shifts) generated.push(formatDate(key, key.year! + yo!, ((key.month! - 1 + mo! + 12) % 12) + 1));
    // Where the sentence allows one side only, months that way, carried into the next or last year.
    if (sideNeeded) {
      for (const m of [1, 2, 4, 7, 12, 14]) {
        const at = key.year! * 12 + key.month! - 1 + m * sideNeeded;
        generated.push(formatDate(key, Math.floor(at / 12), (at % 12) + 1));
      }
    }
  } else if (WEEKDAY_BEFORE.test(before)) {
    // "on Sunday 22 September": the same weekday a week or more away, so no option names a day that was no Sunday
    // (round 54: "Sunday 23 September 2024", a Monday).
    for (const days of [-7, 7, -14, 14, -21, 21, 28, -28]) {
      const at = new Date(Date.UTC(key.year ?? 2001, key.month! - 1, key.day! + days));
      generated.push(formatDate(key, key.year === undefined ? undefined : at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()));
    }
  } else if (key.day === daysInMonth(key.year ?? 2001, key.month!)) {
    // "the 12 months to 31 January": a month's end (a financial year's, a quarter's) against other quarters' ends, never
    // an arbitrary 24 January beside it; mostly earlier ones, as a report looks back (round 53: "the year to 30 June
    // 2025" of a story dated April 2025).
    for (const mo of [-3, -6, -12, 3, -9, -1]) {
      const at = (key.year ?? 2001) * 12 + key.month! - 1 + mo;
      const [year, month] = [Math.floor(at / 12), (at % 12) + 1];
      generated.push(formatDate(key, key.year === undefined ? undefined : year, month, daysInMonth(year, month)));
    }
  } else {
    for (const [mo, dOff] of [[0, 16], [0, -7], [1, -5], [0, 9], [-1, 3], [0, -14], [0, 5], [-1, -6], [0, -3], [1, 2]] as const) {
      const month = ((key.month! - 1 + mo + 12) % 12) + 1;
      const day = Math.min(28, Math.max(1, key.day! + dOff));
      generated.push(formatDate(key, undefined, month, day));
    }
  }
  const grid = key.format === 'month-year' && !seasonal && !fromArticle.length ? monthYearGrid(key, ok) : undefined;
  const options = grid ?? placeKey(fromArticle.slice(0, 2), uniqueBy(generated.filter(ok), (x) => x.toLowerCase()), keyWhen, pickPattern(key.text));
  const article = options.filter((o) => fromArticle.includes(o)).length;
  return { options, closeness: Math.min(1, 0.6 + article * 0.2) };
}

/**
 * "March 1966" against "June 1966", "November 1966" and "March 1967": the key is the month most options share and the
 * year most share, which a test-wise student spots. Two months by two years instead ("March 1966", "July 1966",
 * "March 1967", "July 1967"), each month and year twice; which corner the key takes turns with the key, so its rank
 * does too. None when the sentence rules out a corner.
 */
function monthYearGrid(key: DateSpan, ok: (s: string) => boolean): string[] | undefined {
  const start = pickPattern(key.text);
  for (let i = 0; i < 4; i++) {
    const r = (start + i) % 4;
    const dy = r < 2 ? 1 : -1;
    // The other month a few months off, on the side the corner needs, within the key's year.
    const dm = (r % 2 === 0 ? 1 : -1) * (2 + (key.year! % 3));
    const month = key.month! + dm;
    if (month < 1 || month > 12) continue;
    const corners = [formatDate(key, key.year!, month), formatDate(key, key.year! + dy, key.month!), formatDate(key, key.year! + dy, month)];
    if (corners.every(ok)) return corners;
  }
  return undefined;
}

/**
 * Three options: the article's own dates first (`fixed`, a fair trap for a skimmer), then made-up ones from `pool` (in
 * its order of preference) chosen so the key sits `rank` options from the earliest, or at the nearest rank they allow:
 * the earliest or latest date is then no tell.
 */
function placeKey(fixed: string[], pool: string[], keyWhen: When | undefined, rank: number): string[] {
  const made = pool.filter((o) => !fixed.some((f) => f.toLowerCase() === o.toLowerCase()));
  const fallback = [...fixed, ...made].slice(0, 3);
  if (!keyWhen) return fallback;
  const side = (o: string) => {
    const w = readWhen(o);
    return w ? Math.sign(compareWhen(w, keyWhen)) : 0;
  };
  const earlier = made.filter((o) => side(o) < 0);
  const later = made.filter((o) => side(o) > 0);
  const fixedEarlier = fixed.filter((o) => side(o) < 0).length;
  const fixedLater = fixed.filter((o) => side(o) > 0).length;
  if (fixedEarlier + fixedLater !== fixed.length) return fallback;
  // The key's rank r needs r earlier options and 3 - r later ones, the article's included.
  const feasible = [0, 1, 2, 3].filter((r) => r >= fixedEarlier && 3 - r >= fixedLater && earlier.length >= r - fixedEarlier && later.length >= 3 - r - fixedLater);
  if (!feasible.length) return fallback;
  const r = feasible.reduce((best, x) => (Math.abs(x - rank) < Math.abs(best - rank) ? x : best));
  const chosen = new Set([...earlier.slice(0, r - fixedEarlier), ...later.slice(0, 3 - r - fixedLater)]);
  return [...fixed, ...made.filter((o) => chosen.has(o))];
}

// (" a week to 58": a few words may stand between the key and the change's other end.)
const CHANGE_TO = /^(?:\s+[^\s\d,;]+){0,3}?\s+to\s+[$€£]?(\d[\d,]*(?:\.\d+)?)/;
const CHANGE_FROM = /\bfrom\s+[$€£]?(\d[\d,]*(?:\.\d+)?)(?:\s*[^\s\d]+){0,2}\s+to\s+$/;
const DEPTH = /\b(?:deep|depths?|below the surface|below sea level)\b/i;
const ALTITUDE = /\b(?:altitude|above sea level|summit|peak|elevation)\b/i;
const PART_OF_WHOLE = /\b(\S+)\s+(?:of|out of)\s+(?:(?:the|its|their|his|her)\s+)?(?:\p{L}+[’']s\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** The clause holding [start, end): from the comma, semicolon or colon before it to the one after it. */
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(...[',', ';', ':'].map((m) => text.lastIndexOf(m, start - 1)));
  const ends = [',', ';', ':'].map((m) => text.indexOf(m, end)).filter((i) => i >= 0);
  return text.slice(from + 1, ends.length ? Math.min(...ends) : text.length);
}

const LOOKS_AHEAD = /\b(?:will|would|should(?! have\b)|due(?: to| in| for)?|expected to|expects?|plans? to|planned|scheduled|aims?|intends?|hopes?|forecasts?|from next|(?:by|from) 20\d\d|by the end of|target|until at least|next (?:year|month|week|season|spring|summer|autumn|winter))\b/i;
const SHOUTED = /^[A-Z]{5,}$/;
const PLURAL_DETERMINER_BEFORE = /\b(?:the|previous|last|next|past|first|these|those|all|both|their|its|his|her)\s+$/i;
const SCALED = /^\s*(?:thousand|million|billion)\b/i;
const NUMBER_WORD_LIST = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS_WORDS: Record<number, string> = { 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety' };

/** Two units that count the same thing: "humpback whales" and "whales last year", "per cent" and "%", or no unit. */
const MEASURE_SYNONYMS: Record<string, string> = { deliveries: 'ball', delivery: 'ball', balls: 'ball' };

function isSameMeasure(a: string, b: string): boolean {
  if (!a || !b || a === b) return true;
  const percent = /%|per ?cent|percentage/;
  if (percent.test(a) || percent.test(b)) return percent.test(a) && percent.test(b);
  // ("nine months" and "12-month": one measure, singular or plural; round 59.)
  // ("off _____" balls beside "from 112 deliveries": a cricket ball is a delivery; round 87.)
  const word = (w: string) => MEASURE_SYNONYMS[w] ?? w.replace(/s$/, '');
  const words = new Set(a.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 2).map(word));
  return b.toLowerCase().split(/[\s-]+/).some((w) => words.has(word(w)));
}

const CALENDAR_STEPS: [RegExp, number[]][] = [
  [/^hours?\b/, [24, 12, 6]],
  [/^months?\b/, [6, 3]],
  [/^minutes?\b/, [15, 5]],
  [/^days?\b/, [7]],
  [/^weeks?\b/, [4, 2]],
];

/** Same qualifier, same unit, same rounding: only the number changes. */
/** The words a figure measures ("of affected customers"), when the unit goes on past the span: three lower-case words. */
export function measureAfter(after: string): string | undefined {
  return /^\s+((?:of|in|on|for)\s+\p{Ll}+\s+\p{Ll}+)/u.exec(after)?.[1];
}

export function pickQuantityDistractors(facts: Facts, key: QuantitySpan, keyText: string, evidence: Sentence): Distractors {
  const v = key.value;
  const inEvidence = new Set(facts.quantities.filter((q) => q.sentence === evidence.index).map((q) => q.value));
  const numbersInEvidence = new Set((evidence.text.match(/\d[\d,.]*/g) ?? []).map((n) => Number(n.replace(/,/g, ''))));
  const values: number[] = [];
  const decimals = (key.numberText.split('.')[1] ?? '').length;
  // The article's own figures first, written to the key's precision: "58" beside "61.7" and "37.0" stands out.
  const decimalsOf = (q: QuantitySpan) => (q.numberText.split('.')[1] ?? '').length;
  // (Not the same measure at another hour: "71% of affected customers" beside the key "94% of affected customers" of a
  // live blog; the stem cannot say when; round 99.)
  const keyMeasure = measureAfter(evidence.text.slice(key.end - evidence.start));
  const sameUnit = facts.quantities
    .filter((q) => q.unit === key.unit && q.value !== v && decimalsOf(q) === decimals)
    .filter((q) => !keyMeasure || measureAfter(facts.sentences[q.sentence]!.text.slice(q.end - facts.sentences[q.sentence]!.start)) !== keyMeasure)
    .map((q) => q.value);
  // Not one that rounds to the key ("14,000" beside "14,260"): it reads as a second true answer.
  values.push(...sameUnit.filter((x) => x > v / 4 && x < v * 4 && Math.abs(x - v) > v * 0.05));
  const fromArticle = values.length;
  const articleValues = new Set(values);
  let article = Math.min(values.length, 3);
  const zeros = decimals ? 0 : (/0*$/.exec(key.numberText.replace(/,/g, ''))?.[0].length ?? 0);
  // (A key in fives, "£105", takes options in fives: "£58" beside it is of another rounding.)
  const roundStep = decimals ? 10 ** -decimals : zeros === 0 && v >= 10 && v % 5 === 0 ? 5 : 10 ** Math.min(zeros, Math.max(0, String(Math.round(v)).length - 1));
  // Durations come in their calendar's steps ("72 hours" beside 48 and 96, "12 months" beside 6 and 18), never
  // "97 hours".
  // ("24-hour ticket" too: a hyphened unit; round 91 offered a 37-hour ticket.)
  const calendarStep = decimals ? undefined : CALENDAR_STEPS.find(([unit]) => unit.test(key.unit.replace(/^-/, '')))?.[1].find((n) => v % n === 0 && v > n);
  // "around £850" among "£1,110", "£1,320": an approximate key is as round as it is, and so are its options (round 58).
  const approximate = !decimals && /\b(?:about|around|roughly|some|nearly|almost|approximately)\b/i.test(key.qualifier);
  const step = calendarStep ?? (approximate ? Math.max(roundStep, roundnessOf(v)) : roundStep);
  // The key's rank among the options varies from key to key (smallest, second, third or largest), so "the second
  // largest" is no rule a test-wise student can learn; the other factors follow as fallbacks.
  const pattern = pickPattern(keyText);
  // Months come in quarters and years ("three months to June" beside six and twelve, never "five" or "sixty"); a
  // policy rate moves in quarter points ("5.25%" beside 5.00% and 5.50%, never 6.83%).
  const quarters = /^months?\b/.test(key.unit) && v % 3 === 0 && !decimals;
  const halves = decimals === 1 && /\.5$/.test(key.numberText);
  const quarterPoints = /%|per ?cent/.test(key.unit) && decimals === 2 && Math.round(v * 100) % 25 === 0;
  // (A span in half-years, "12 months", keeps to half-years.)
  // A temperature moves by degrees, not by a factor: "48.1°C" beside 45.6 and 50.3, never 64.9 (round 93).
  if (/°/.test(key.unit)) for (const off of decimals ? [-2.7, 1.6, -4.3, 2.9, -1.4, 3.8, -5.6] : [-3, 2, -5, 4, -2, 6, -7]) values.push(Number((v + off).toFixed(decimals)));
  else if (quarters) values.push(...MONTH_SPANS.filter((m) => m !== v && (v % 6 !== 0 || m % 6 === 0)).sort((a, b) => Math.abs(a - v) - Math.abs(b - v)));
  else if (quarterPoints) for (const off of [...QUARTER_POINTS[pattern]!, -0.5, 0.5, -0.25, 0.25, 0.75, -0.75, 1, -1]) values.push(Math.round((v + off) * 100) / 100);
  else if (v < 10 && !decimals) for (const off of [...SMALL_OFFSETS[pattern]!, 1, 2, -1, 3, -2, 4, -3, 5, -4, 6]) values.push(v + off);
  // A small figure in halves ("7.5 points", "2.5 hours") keeps to halves: whole steps from it, never "9.8 points".
  else if (halves && v < 20) for (const off of [...SMALL_OFFSETS[pattern]!, 1, -1, 2, -2, 3, -3, 4, -4]) values.push(v + off);
  // A share near the whole ("97.4 per cent over sodium and _____ over magnesium", keyed 91.8) moves by points: a
  // factor's 50.5 or 59.7 stands far from both.
  else if (/%|per ?cent/.test(key.unit) && v >= 80 && v < 100 && !key.qualifier) {
    for (const off of decimals ? [-3.7, -7.9, 2.1, -11.6, -5.3, 1.2, -9.4, -14.8] : [-5, -11, 3, -16, -8, 2, -13, -19]) values.push(Number((v + off).toFixed(decimals)));
  } else {
    const factors = [...FACTORS[pattern]!, 0.75, 1.45, 0.55, 1.7, 2.3, 0.65, 2.6, 3.4, 0.4, 0.25];
    for (const f of factors) values.push(Math.round((v * f) / step) * step);
    // A round key with a one-sided qualifier ("less than 20 minutes") may run out at its own rounding: then a finer one.
    if (!decimals && step >= 10 && !calendarStep) for (const f of factors) values.push(Math.round((v * f) / (step / 2)) * (step / 2));
  }
  // One end of a range ("between 62 and _____ metres"): an option beyond the other end reads as nonsense.
  const before = evidence.text.slice(0, key.start - evidence.start);
  const after = evidence.text.slice(key.end - evidence.start);
  // ("8 to _____ degrees" too; "fell from 9.8 to _____" is a change, not a range: the key lies below it.)
  // ("eight to _____ months" too: round 85 offered "eight to six months".)
  const rangeStart = /(?:\bbetween\s+|\b)([\d,.]+|[a-z]+)\s+(?:and|to)\s+$/.exec(before)?.[1];
  const rangeStartValue = rangeStart === undefined ? undefined : /^\d/.test(rangeStart) ? Number(rangeStart.replace(/,/g, '')) : listNumbers(rangeStart)[0];
  const lowerEnd = rangeStartValue !== undefined && rangeStartValue < v ? String(rangeStartValue) : undefined;
  const upperEnd = /\bbetween\s+$/.test(before) ? /^\s*(?:and|to)\s+([\d,.]+)/.exec(after)?.[1] : undefined;
  // "rose to _____, up from 96", "a slight fall from 438": an option stays on the key's side of the sentence's other
  // figures of the same unit, or the sentence rules it out.
  const sides = facts.quantities
    .filter((q) => q.sentence === evidence.index && q !== key && q.value !== v && isSameMeasure(q.unit, key.unit))
    .map((q) => q.value);
  // ("3,900 households are on the register, up from 3,100 two years ago": the bare figure of a change is the key's measure.)
  const changedFrom = /^[^.;]*?\b(?:up|down|rising|falling|rose|fell)\s+from\s+[$€£]?(\d[\d,]*(?:\.\d+)?)(?![\d.,]*\s*(?:%|per ?cent))/.exec(after)?.[1];
  if (changedFrom !== undefined && Number(changedFrom.replace(/,/g, '')) !== v) sides.push(Number(changedFrom.replace(/,/g, '')));
  // ("_____ a day, compared with a usual 1,300, by running three full shifts": the bare figure compared is the key's
  // measure too; round 94.)
  const comparedWith = /^[^.;]*?\bcompared (?:with|to)\s+(?:an?\s+|the\s+)?(?:usual|normal|typical|average)?\s*([\d,]+)\b(?![\d.,]*\s*(?:%|per ?cent))/.exec(after)?.[1];
  if (comparedWith !== undefined && Number(comparedWith.replace(/,/g, '')) !== v) sides.push(Number(comparedWith.replace(/,/g, '')));
  // "drew level within _____" keyed 300 metres: within any larger figure is true too, as under a stated upper bound.
  // (Not a deadline: "must form a government within 14 days" rules out 21.)
  const within = /\bwithin\s+$/i.test(evidence.text.slice(0, key.start - evidence.start)) && !LOOKS_AHEAD.test(evidence.text) && !OBLIGATION.test(evidence.text);
  // "Females may live for _____ or more" keyed 20 years: "10 years or more" is true too; and "aged _____ or over will be
  // offered" keyed 75 makes "85 or over" true. Which side stays true depends on the sentence: no options (round 87, a
  // review).
  if (/^\s+or\s+(?:more|longer|over|above|older|higher|greater|less|fewer|under|below|younger|lower|shorter)\b/.test(after)) return { options: [], closeness: 0 };
  // ("households using more than _____ a month pay the higher rate": a threshold of a condition, true of larger ones too;
  // round 96.)
  if (key.qualifier && CONDITION_BEFORE.test(before)) return { options: [], closeness: 0 };
  // ("one of the top _____ results" keyed ten: the top fifteen holds her too, and the top five may; round 94.)
  if (/\b(?:one of the|among the|in the)\s+top\s+$/i.test(before)) return { options: [], closeness: 0 };
  const sense = within ? 'upper' : senseOf(key.qualifier);
  const isPercent = /%|per ?cent/.test(key.unit);
  const otherShares = isPercent ? facts.quantities.filter((q) => q.sentence === evidence.index && q !== key && /%|per ?cent/.test(q.unit)).reduce((sum, q) => sum + q.value, 0) : 0;
  // "two hours and _____ minutes": the smaller unit of a compound duration stays under its limit.
  // ("five years and _____" keyed "nine months": no twelve months; round 79.)
  const compoundLimit =
    /^(minutes?|seconds?)\b/.test(key.unit) && /\b(hours?|minutes?)\s+and\s+$/.test(before) ? 60 : /^months?\b/.test(key.unit) && /\byears?\s+and\s+$/.test(before) ? 12 : undefined;
  // "will rise from _____ to $19.48": the other end of a change bounds how far the options may stray ($10.34 rising
  // to $19.48 would be no plausible year's rise). Within three times the key's own step, and a quarter of it, on its side.
  const changeEnd = /\bfrom\s+$/.test(before) ? CHANGE_TO.exec(after)?.[1] : CHANGE_FROM.exec(before)?.[1];
  const other = changeEnd === undefined ? undefined : Number(changeEnd.replace(/,/g, ''));
  // (Nor so close to the other end that the change all but vanishes: "rise from 57 hours a week to 58".)
  const strays = (x: number) => other !== undefined && other !== v && (x > other !== v > other || Math.abs(x - other) > 3 * Math.abs(v - other) || Math.abs(x - other) < 0.25 * Math.abs(v - other));
  // "more than 10,000 metres deep": no sea is deeper than about 11 km, no peak higher than about 8.8 km.
  const metres = /^(?:metres|meters|m)$/i.test(key.unit);
  const earthLimit = !metres ? undefined : DEPTH.test(evidence.text) ? 11_000 : ALTITUDE.test(evidence.text) ? 8_850 : undefined;
  // "Seven of the city's _____ branch libraries": the whole is larger than its part.
  const part = PART_OF_WHOLE.exec(before);
  // (Or after it: "employs about 1,300 people across the UK, including 720 at Hanbury".)
  const includes = /^[^.;]{0,40}?,\s+including\s+(?:about\s+|some\s+|around\s+)?([\d,]+)(?![\d.,]*\s*%)/.exec(after)?.[1];
  // ("Of _____ on the payroll, only 2,548 showed up": the whole before its part; round 91.)
  const ofWhole = /^\s*Of\s+$/.test(before) ? /^[^,]{0,60},\s+(?:only|just|some|about|around)?\s*([\d,]+)\b(?![\d.,]*\s*(?:%|per ?cent))/.exec(after)?.[1] : undefined;
  const partSize = part ? listNumbers(part[1]!)[0] : includes ? Number(includes.replace(/,/g, '')) : ofWhole ? Number(ofWhole.replace(/,/g, '')) : undefined;
  // "passed by _____ to 27", "won by 31 votes to _____": a vote's or a match's winning side is the larger.
  // (Not a range: "sometimes by 10 to _____ seconds".)
  const tally = /\b(?:vot\w*|passed|carried|approved|rejected|defeated|won|beat|majority)\b/i.test(evidence.text);
  const loserAfter = tally && /\bby\s+$/.test(before) ? /^\s*(?:votes?\s+)?to\s+([\d,]+)\b/.exec(after)?.[1] : undefined;
  const winnerBefore = tally ? /\bby\s+([\d,]+)\s+(?:votes?\s+)?to\s+$/.exec(before)?.[1] : undefined;
  // "finished with _____ from 41 attempts": no more successes than tries (points are not: "47 points from 32 games").
  const tries = /^points?\b/.test(key.unit) ? undefined : /^\s+from\s+([\d,]+|[a-z]+)\s+(?:attempts|shots|tries|chances)\b/.exec(after)?.[1];
  const triesCount = tries === undefined ? undefined : /^\d/.test(tries) ? Number(tries.replace(/,/g, '')) : listNumbers(tries)[0];
  // "_____ a week" keyed "seven days", "for _____ a day" keyed "20 hours": no more days than a week holds, nor hours a day.
  // ("the first _____ of December" keyed "three weeks": no five weeks of a month; round 83.)
  const perPeriod = /^\s*(?:a|per|each|every)\s+(day|week|month|year)\b/.exec(after)?.[1] ?? (/^\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after) ? 'month' : undefined);
  const calendarLimit = perPeriod ? PER_PERIOD_LIMITS[`${key.unit.replace(/s$/, '')}/${perPeriod}`] : undefined;
  // "an _____ match" keyed "84-minute": only options that take "an" too (and "a _____" only those that take "a").
  const articleBefore = /\b(an?)\s+$/i.exec(before)?.[1]?.toLowerCase();
  const outsideRange = (x: number) =>
    (calendarLimit !== undefined && x > calendarLimit) ||
    (articleBefore !== undefined && takesAn(x) !== (articleBefore === 'an')) ||
    (triesCount !== undefined && x > triesCount) ||
    (loserAfter !== undefined && x <= Number(loserAfter.replace(/,/g, ''))) ||
    (winnerBefore !== undefined && x >= Number(winnerBefore.replace(/,/g, ''))) ||
    (partSize !== undefined && x <= partSize) ||
    (earthLimit !== undefined && x > earthLimit) ||
    strays(x) ||
    (compoundLimit !== undefined && x >= compoundLimit) ||
    (lowerEnd !== undefined && x <= Number(lowerEnd.replace(/,/g, ''))) ||
    // "fall by 8 to _____ degrees": no range ten times as wide as the key's ("8 to 30").
    (lowerEnd !== undefined && x - Number(lowerEnd.replace(/,/g, '')) > 3 * (v - Number(lowerEnd.replace(/,/g, '')))) ||
    (upperEnd !== undefined && x >= Number(upperEnd.replace(/,/g, ''))) ||
    sides.some((other) => x > other !== v > other) ||
    // Shares of one whole ("coal about 60 per cent and limestone _____"): the options keep the sum within 100.
    (isPercent && v + otherShares <= 100 && x + otherShares > 100) ||
    // ("remains majority-owned by his descendants, who hold _____ of the shares": more than half; round 66.)
    (isPercent && v > 50 && /\bmajority\b/i.test(evidence.text) && x <= 50);
  const choose = (pool: number[]): string[] => {
    const options: string[] = [];
    const chosen: number[] = [];
    for (const x of pool) {
      if (options.length >= 3) break;
      if (x <= 0 || x === v || inEvidence.has(x) || numbersInEvidence.has(x) || outsideRange(x)) continue;
      // "in each of the previous two seasons": "previous one season" reads wrong.
      // (Nor "the top one team": a plural key's unit reads wrong after "one".)
      if (x === 1 && v > 1 && (PLURAL_DETERMINER_BEFORE.test(before) || /s$/.test(key.unit))) continue;
      // "£52,000" beside a made-up "£53,000", "29" beside "30": two options a hair apart, one of them made up, read as
      // a copy and the pair as a decoy. (Two figures of the article may sit close; shares are apart by points.)
      const close = (o: number) => (isPercent ? Math.abs(o - x) < 1.5 : Math.abs(o - x) < Math.max(o, x) * 0.05);
      if (x >= 20 && chosen.some((o) => close(o) && !(articleValues.has(o) && articleValues.has(x)))) continue;
    // "more than 170" also makes "more than 130" true: lower bounds only move up, upper bounds only down,
    // and approximations keep a clear gap.
    // A bound close to the key stays defensible ("less than 15" may be true of "less than 20"): keep a clear gap.
    if (sense === 'lower' && x < v * 1.25) continue;
    if ((sense === 'upper' || sense === 'small') && x > v * 0.6) continue;
    if (sense === 'approximate' && Math.abs(x - v) < v * 0.25) continue;
    if (/%|per ?cent/.test(key.unit) && x >= 100) continue;
    // "760 million kilometres": "1220 million" is written "1.22 billion"; options stay under the next scale word.
    if (SCALED.test(keyText.slice(keyText.indexOf(key.numberText) + key.numberText.length)) && v < 1000 && x >= 1000) continue;
      const text = replaceNumber(keyText, key, x, decimals);
      if (text && !options.includes(text) && text !== keyText) {
        options.push(text);
        chosen.push(x);
      }
    }
    // "€46m" among "€25m", "€35m", "€60m", "£105" among "£58", "£68", "£79": a key of a rounding no option shares is
    // the odd one out. The last option gives way to the first of the pool rounded as the key is.
    if (!decimals && v >= 10 && chosen.length === 3 && !chosen.some((x) => roundingOf(x) === roundingOf(v))) {
      const alike = pool.find((x) => roundingOf(x) === roundingOf(v) && !chosen.includes(x));
      if (alike !== undefined) {
        const twoAndAlike: string[] = choose([...chosen.slice(0, 2), alike]);
        if (twoAndAlike.length === 3) return twoAndAlike;
      }
    }
    return options;
  };
  let options = choose(values);
  // "1,100 jobs" against the article's 400, 500 and 600: a key far from rivals bunched together is picked without
  // reading, so then only figures made around the key serve.
  if (fromArticle && standsApart(v, options.map((o) => listNumbers(o)[0] ?? NaN))) {
    options = choose(values.slice(fromArticle));
    article = 0;
  }
  // Made-up figures bunched on one side too ("0.2, 0.3, 0.4" against 0.8): rivals on both sides of the key instead.
  if (v >= 10 || decimals) {
    const spread = FACTORS[1]!.map((f) => Math.round((v * f) / step) * step);
    if (standsApart(v, options.map((o) => listNumbers(o)[0] ?? NaN))) {
      const both = choose([...spread, ...values.slice(fromArticle)]);
      // (A bound that lets options move one way only, "up to 0.8 mm", may leave no fair set: then no question.)
      options = both.length === 3 && !standsApart(v, both.map((o) => listNumbers(o)[0] ?? NaN)) ? both : [];
      article = 0;
    }
  }
  return { options, closeness: Math.min(1, 0.5 + article * 0.2) };
}

/** How round a whole figure reads: a multiple of ten, of five, or neither. */
function roundingOf(x: number): number {
  return x % 10 === 0 ? 10 : x % 5 === 0 ? 5 : 1;
}

/** Does the key lie outside its rivals' range by more than that range is wide, and by a clear ratio? */
function standsApart(key: number, rivals: number[]): boolean {
  const values = rivals.filter((x) => Number.isFinite(x));
  if (values.length < 3 || key <= 0) return false;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const gap = key > high ? key - high : low > key ? low - key : 0;
  return gap > 0 && gap > high - low && Math.max(key, low) / Math.min(key, high) >= 1.5;
}

/**
 * Factors around the key that leave it smallest, second, third or largest of the four; uneven, so the options do not
 * share the key as a common factor (28,000 beside 42,000, 56,000 and 84,000 marks 28,000).
 */
const FACTORS = [
  [1.3, 1.55, 1.85],
  [0.7, 1.35, 1.6],
  [0.55, 0.75, 1.3],
  [0.45, 0.6, 0.8],
];
const MONTH_SPANS = [3, 6, 9, 12, 18, 24, 36, 48];
const QUARTER_POINTS = [
  [0.25, 0.5, 0.75],
  [-0.25, 0.25, 0.5],
  [-0.5, -0.25, 0.25],
  [-0.75, -0.5, -0.25],
];
const SMALL_OFFSETS = [
  [1, 2, 3],
  [-1, 1, 2],
  [-2, -1, 1],
  [-3, -2, -1],
];
const YEAR_OFFSETS = [
  [1, 3, 5],
  [-2, 3, 5],
  [-5, -2, 3],
  [-5, -3, -1],
];

/** A fixed pattern per key: deterministic, and spread over the four ranks. */
function pickPattern(key: string): number {
  let h = 7;
  for (const c of key) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % 4;
}

/** The largest round step (5, 10, 25, 50, 100, 250, ...) a figure is a multiple of, keeping it at least four steps. */
function roundnessOf(v: number): number {
  let best = 1;
  for (let scale = 1; scale <= v; scale *= 10) for (const m of [5, 10, 25, 50]) if (v % (m * scale) === 0 && v / (m * scale) >= 4) best = Math.max(best, m * scale);
  return best;
}

// ("seven nights a week" among "eight nights" and "nine nights"; round 97.)
const PER_PERIOD_LIMITS: Readonly<Record<string, number>> = {
  'day/week': 7,
  'night/week': 7,
  'evening/week': 7,
  'morning/week': 7,
  'hour/day': 24,
  'hour/week': 168,
  'minute/hour': 60,
  'month/year': 12,
  'week/year': 52,
  'day/month': 31,
  'night/month': 31,
  'day/year': 366,
  'night/year': 366,
  'week/month': 4,
};

/** Does a figure read with "an" ("an 84-minute", "an 11-year", "an 18,000-seat")? By its leading group of thousands. */
function takesAn(x: number): boolean {
  let lead = Math.floor(x);
  while (lead >= 1000) lead = Math.floor(lead / 1000);
  return lead === 8 || lead === 11 || lead === 18 || (lead >= 80 && lead <= 89) || (lead >= 800 && lead <= 899);
}

// The last word of a count's unit, where it is a plain noun after the number ("1 mile", "three mile"), never a
// symbol's letters ("£1bn", "1km").
const SINGULAR_UNIT = /(?<=\d\s|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)[a-z]{3,}(?<!s)$/;

function replaceNumber(keyText: string, key: QuantitySpan, x: number, decimals: number): string | undefined {
  let num: string;
  if (/^[a-z]+$/i.test(key.numberText)) {
    const word = NUMBER_WORD_LIST[x] ?? TENS_WORDS[x];
    if (!word) return undefined;
    num = STARTS_UPPER.test(key.numberText) ? word[0]!.toUpperCase() + word.slice(1) : word;
  } else if (decimals) num = x.toFixed(decimals);
  // A key written "930" takes "1,410", not "1410"; a key written "2300" keeps its own style.
  else num = key.numberText.includes(',') || x >= 10000 || (x >= 1000 && key.value < 1000) ? x.toLocaleString('en-US') : String(x);
  const at = keyText.indexOf(key.numberText);
  if (at < 0) return undefined;
  let out = keyText.slice(0, at) + num + keyText.slice(at + key.numberText.length);
  // "one soldier", not "one soldiers"; "one category", not "one categorie"; "one class" stays.
  if (x === 1) out = /ies$/.test(out) ? out.replace(/ies$/, 'y') : out.replace(/([^su])s$/, '$1');
  // And the other way: "roughly 1 mile" keyed, "roughly 3 miles" offered (round 54: "roughly 3 mile").
  else if (key.value === 1 && SINGULAR_UNIT.test(out)) out = out.replace(SINGULAR_UNIT, (unit) => (/y$/.test(unit) && !/[aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(unit) ? `${unit}es` : `${unit}s`));
  return out;
}
