/** Who is described as ... ("Ahmedou Ould-Abdallah, a former ..."), and what the article calls something ("dubbed _____"). */
import { isBalanced, pickNameDistractors } from '../distractors';
import { canonicalOf, containsWord, type Facts } from '../facts/3-facts';
import { fullNamesOf, lastWord } from '../facts/names';
import { classifyOption } from '../invariants';
import { genderOf } from '../roles';
import { HIGH_PROFILE } from './review';
import type { Sentence } from '../text/2-annotate';
import { PERSON_ROLES, TITLES } from '../facts/lexicon';
import { blankOrReject, checkSentence, countWords, givesAway, type Built } from './stem';
import type { RejectedCandidate } from '../schema';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const STARTS_UPPER = /^\p{Lu}/u;
const NAME_WORD = /\b\p{Lu}[\p{L}-]*/gu;
const STARTS_LOWER = /^\p{Ll}/u;

const MAX_DESCRIPTION_WORDS = 20;
// A description whose head is plural: "the defending champions", "two of the organisers", "its co-founders".
const PLURAL_PEOPLE = /^(?:the|its|their|his|her|two|both)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}*[a-rt-z]s\b(?!\s+of\b)|^(?:two|both|one) of\b/u;

/** Shorten at a clause boundary rather than mid-phrase. */
export function trimDescription(description: string): string | undefined {
  // "... in Hobart who is part of the team": a closing relative clause adds nothing a reader needs to pick the person.
  const relative = /^(.{12,}?)\s+(?:who|which|that)\s[^,]*$/.exec(description)?.[1];
  if (relative && countWords(relative) >= 3) description = relative;
  if (countWords(description) <= MAX_DESCRIPTION_WORDS) return description;
  const cut = /^(.*?)\s+(and now|and|who|which|where)\s/.exec(description)?.[1];
  return cut && countWords(cut) >= 3 && countWords(cut) <= MAX_DESCRIPTION_WORDS ? cut : undefined;
}

export function buildAppositiveQuestions(facts: Facts): Built[] {
  const out: Built[] = [];
  for (const a of facts.appositives) {
    const sentence = facts.sentences[a.sentence]!;
    const description = trimDescription(a.description);
    const wh = a.name.type === 'person' ? 'Who' : 'Which organisation';
    const stem = `${wh} is described in the article as ${description ?? a.description}?`;
    const reason = checkSentence(sentence);
    if (reason && !/first-person|starts with/.test(reason)) {
      out.push({ kind: 'appositive', stem, reason });
      continue;
    }
    if (!description) {
      out.push({ kind: 'appositive', stem, reason: 'description too long' });
      continue;
    }
    // "Who is described in the article as the defending champions?": a pair described as one, whose other half (or
    // anyone else the plural fits) is a second key (round 62).
    if (a.name.type === 'person' && PLURAL_PEOPLE.test(description)) {
      out.push({ kind: 'appositive', stem, reason: 'the description is of several people' });
      continue;
    }
    // "Who is described in the article as the officer?": two words say too little to pick anyone out.
    if (countWords(description) < 3) {
      out.push({ kind: 'appositive', stem, reason: 'description too short to pick anyone out' });
      continue;
    }
    let key = a.name.text;
    if (givesAway(stem, key, facts, a.name.type === 'person' ? [lastWord(key)] : [])) {
      out.push({ kind: 'appositive', stem, reason: 'description names the key' });
      continue;
    }
    // A person the article also ties to the description's institution or place may fit it too ("a neuroscientist at
    // MIT" and "Steve Ramirez, a colleague of Tonagawa's at MIT"): never an option.
    const marks = (description.match(NAME_WORD) ?? []).filter((w) => w.length > 2);
    const sharesMark = (o: string) => facts.sentences.some((x) => x.text.includes(lastWord(o)) && marks.some((m) => containsWord(x.text, m)));
    const picked = pickNameDistractors(facts, a.name, key, sentence);
    const options = picked.options.filter((o) => !sharesMark(o));
    const closeness = picked.closeness;
    if (options.length < 3) {
      out.push({ kind: 'appositive', stem, reason: 'fewer than three safe distractors' });
      continue;
    }
    // A long expansion among short names stands out; its acronym, defined in the same sentence, does not.
    const short = facts.acronyms.find((x) => x.long === key && x.sentence === a.sentence)?.short;
    if (!isBalanced(key, options) && short) key = short;
    if (!isBalanced(key, options)) {
      out.push({ kind: 'appositive', stem, reason: 'key stands out by length' });
      continue;
    }
    out.push({ kind: 'appositive', stem, key, distractors: options, sentence, factKey: `appositive:${key.toLowerCase()}`, closeness, weight: 1.2 });
  }
  return out;
}

/** Terms of the same form (names against names, lower-case terms against terms) that the evidence does not hold. */
function pickNamingDistractors(facts: Facts, key: string, evidence: number): string[] {
  const capitalised = STARTS_UPPER.test(key);
  const sentence = facts.sentences[evidence]!.text.toLowerCase();
  const seen = new Set([key.toLowerCase()]);
  const out: string[] = [];
  for (const n of facts.namings) {
    const t = n.text.toLowerCase();
    if (seen.has(t) || STARTS_UPPER.test(n.text) !== capitalised || sentence.includes(t)) continue;
    seen.add(t);
    out.push(n.text);
  }
  return out.slice(0, 3);
}

export function buildNamingQuestions(facts: Facts): Built[] {
  const out: Built[] = [];
  for (const n of facts.namings) {
    const sentence = facts.sentences[n.sentence]!;
    const blank = blankOrReject('appositive', sentence, n.start, n.end);
    if ('reason' in blank) {
      out.push(blank as RejectedCandidate);
      continue;
    }
    if (givesAway(blank.stem, n.text, facts)) {
      out.push({ kind: 'appositive', stem: blank.stem, reason: 'stem gives the key away' });
      continue;
    }
    const options = pickNamingDistractors(facts, n.text, n.sentence);
    if (options.length < 3 || !isBalanced(n.text, options)) {
      out.push({ kind: 'appositive', stem: blank.stem, reason: 'fewer than three other terms of the article' });
      continue;
    }
    out.push({ kind: 'appositive', stem: blank.stem, key: n.text, distractors: options, sentence, factKey: `naming:${n.text.toLowerCase()}`, closeness: 1, weight: 1.15 });
  }
  return out;
}

// A description anyone could match to a famous name without reading ("Foreign minister" of Sergei Lavrov, "Opposition
// leader" of Keir Starmer, "Tesla chief executive" of Elon Musk): these and the offices review.ts counts as high-profile.
const HIGH_OFFICE = /\b(?:prime minister|secretary[- ]general|opposition leader|chief executive)\b/i;
const POINTS_BACK = /\b(?:his|her|their|its|him|them|he|she|they|this|that|these|those)\b/i;
// What follows a name when a description is set beside it: ", chairperson of the Zomba Residents' Water Forum, said".
// (Never a relative clause, "who worked as a teacher", "whose father was a farmer": what it says is no title.)
const DESCRIPTION_AFTER = /^,\s+(?:(?:a|an|the)\s+)?(?!(?:who|whom|whose|which|that|now|then)\b)(\p{Ll}[^,;:“”"()\d]{2,90}?)(?:,|\s+(?:said|says|told|added)\b)/u;
const MAX_IDENTITY_WORDS = 9;
const MAX_TITLE_WORDS = 4;
// The words a title is made of: nouns and adjectives ("taxi driver", "Police prosecutor", "Board chief executive").
const TITLE_POS = /^(?:NOUN|PROPN|ADJ)$/;
// Role nouns that say a sex: "spokeswoman" among "headmaster" and "chairman" names the woman (a review).
const GENDERED_ROLE: Readonly<Record<string, 'male' | 'female'>> = {
  chairman: 'male', chairwoman: 'female', spokesman: 'male', spokeswoman: 'female', headmaster: 'male',
  headmistress: 'female', businessman: 'male', businesswoman: 'female', fisherman: 'male', policeman: 'male',
  policewoman: 'female', councilwoman: 'female', congressman: 'male', congresswoman: 'female',
};

interface PersonDescription {
  person: string;
  text: string;
  sentence: number;
  /** Its capital is the sentence's, not its own ("Restaurant owner Yusuf Chirwa, who ..."). */
  capitalisedByPosition: boolean;
}

/**
 * The words right before the name, when they are a title ending on a role: "Board chief executive", "Defence lawyer".
 * Only the nouns and adjectives next to the name: "police arrested taxi driver Karl Huber" gives "taxi driver".
 */
function titleBefore(sentence: Sentence, nameStart: number): { text: string; atStart: boolean } | undefined {
  const before = sentence.tokens.filter((t) => t.end <= nameStart);
  const run: typeof before = [];
  for (let i = before.length - 1; i >= 0 && run.length < MAX_TITLE_WORDS + 2; i--) {
    const t = before[i]!;
    if (!TITLE_POS.test(t.pos) || t.end !== (run[0]?.start ?? nameStart) - 1) break;
    run.unshift(t);
  }
  // ("Police prosecutor Sergeant Dean Whitcombe": the rank before the name is his title, the words before it his role.)
  while (run.length > 1 && TITLES.has(run[run.length - 1]!.text.toLowerCase()) && !STARTS_LOWER.test(run[run.length - 1]!.text)) run.pop();
  if (!run.length || run.length > MAX_TITLE_WORDS || !PERSON_ROLES.has(run[run.length - 1]!.text.toLowerCase())) return undefined;
  const atStart = run[0]!.start === sentence.start;
  // Lower-case words, but for the sentence's first ("Accident reconstruction expert Herbert Wallner told the court").
  if (run.some((t, i) => !STARTS_LOWER.test(t.text) && !(i === 0 && atStart))) return undefined;
  return { text: sentence.text.slice(run[0]!.start - sentence.start, run[run.length - 1]!.end - sentence.start), atStart };
}

/** The description set after the name, cut at its relative clause, when its head (before "of", "at") is a role. */
function descriptionAfter(after: string): string | undefined {
  let text = DESCRIPTION_AFTER.exec(after)?.[1]?.trim();
  if (!text) return undefined;
  text = text.replace(/\s+(?:who|which|that|whose)\s.*$/, '');
  return PERSON_ROLES.has(headNoun(text)) ? text : undefined;
}

/** The noun a description's head ends on, before "of", "at", "as": "chairperson" of "chairperson of the forum". */
function headNoun(description: string): string {
  const head = description.split(/\s+(?:of|at|for|with|from|in|on|to|as)\s/)[0]!.split(/\s+/);
  return head[head.length - 1]!.toLowerCase();
}

/** What the article says each person is, in the words it uses, once per person and wording. */
function describePeople(facts: Facts): PersonDescription[] {
  const fullNames = fullNamesOf(facts.names);
  const found: PersonDescription[] = [];
  for (const n of facts.names) {
    if (n.type !== 'person') continue;
    const sentence = facts.sentences[n.sentence]!;
    const person = canonicalOf(facts, fullNames.get(n.text) ?? n.text);
    const title = titleBefore(sentence, n.start);
    const after = descriptionAfter(sentence.text.slice(n.end - sentence.start));
    const texts = [
      ...(title ? [{ text: title.text, capitalisedByPosition: title.atStart }] : []),
      ...(after ? [{ text: after, capitalisedByPosition: false }] : []),
    ];
    for (const { text, capitalisedByPosition } of texts) {
      if (countWords(text) > MAX_IDENTITY_WORDS || POINTS_BACK.test(text)) continue;
      if (found.some((d) => d.person === person && d.text.toLowerCase() === text.toLowerCase())) continue;
      found.push({ person, text, sentence: n.sentence, capitalisedByPosition });
    }
  }
  return found;
}


/**
 * "Who is Herbert Wallner?" Accident reconstruction expert / Defence lawyer / Restaurant owner / Judge: what the article
 * says a person is, against what it says of the others. It works where an article has few people but says who each is.
 */
export function buildIdentityQuestions(facts: Facts): Built[] {
  const described = describePeople(facts);
  const people = new Set(described.map((d) => d.person));
  if (people.size < 4) return [];
  const fullNames = fullNamesOf(facts.names);
  const shownName = new Map<string, string>();
  for (const n of facts.names) {
    if (n.type !== 'person') continue;
    const full = fullNames.get(n.text) ?? n.text;
    const person = canonicalOf(facts, full);
    if (full.length > (shownName.get(person)?.length ?? 0)) shownName.set(person, full);
  }
  const out: Built[] = [];
  for (const key of described) {
    const sentence = facts.sentences[key.sentence]!;
    const name = shownName.get(key.person)!;
    const stem = `According to the article, who is ${name}?`;
    const reason = checkSentence(sentence);
    if (reason && !/first-person|starts with|pronoun/.test(reason)) {
      out.push({ kind: 'appositive', stem, reason });
      continue;
    }
    // ("analyst at Fjeldsted Securities" for Lars Fjeldsted: the name tells it.)
    if (name.split(/\s+/).some((w) => w.length > 2 && containsWord(key.text, w))) {
      out.push({ kind: 'appositive', stem, reason: 'the description holds the name' });
      continue;
    }
    if (HIGH_OFFICE.test(key.text) || HIGH_PROFILE.test(key.text)) {
      out.push({ kind: 'appositive', stem, reason: 'a high office a reader may know the holder of' });
      continue;
    }
    // Distractors in the key's own case, and of its form (a title among titles, a phrase among phrases).
    // ("BBC correspondent" keeps its capitals: a rival whose first word is no plain word cannot change case.)
    const keyLower = STARTS_LOWER.test(key.text);
    const plainFirst = (d: PersonDescription) => /^\p{L}\p{Ll}*(?:\s|$)/u.test(d.text);
    const shown = (d: PersonDescription) =>
      keyLower && d.capitalisedByPosition ? (plainFirst(d) ? d.text.charAt(0).toLowerCase() + d.text.slice(1) : undefined) : !keyLower ? d.text.charAt(0).toUpperCase() + d.text.slice(1) : d.text;
    // A rival whose role says a sex other than the key person's ("spokeswoman" among men) is ruled out by it.
    const keyGender = genderOf(facts, name) ?? GENDERED_ROLE[headNoun(key.text)];
    const fitsGender = (d: PersonDescription) => !keyGender || !GENDERED_ROLE[headNoun(d.text)] || GENDERED_ROLE[headNoun(d.text)] === keyGender;
    const ownHeads = new Set(described.filter((d) => d.person === key.person).map((d) => headNoun(d.text)));
    const sentenceText = sentence.text.toLowerCase();
    const rivals = described
      .filter((d) => d.person !== key.person && !ownHeads.has(headNoun(d.text)) && !sentenceText.includes(d.text.toLowerCase()) && fitsGender(d))
      .map(shown)
      .filter((d): d is string => d !== undefined)
      .filter((d) => classifyOption(d).type === classifyOption(key.text).type && !containsWord(d, lastWord(name)))
      // ("professor" beside "chair of the Stenbury High Street Traders' Association": of one length, roughly.)
      .filter((d) => d.length * 3 >= key.text.length && d.length <= key.text.length * 3);
    const options: string[] = [];
    // Each other person once, the descriptions nearest the key's length first.
    for (const d of rivals.sort((a, b) => Math.abs(a.length - key.text.length) - Math.abs(b.length - key.text.length))) {
      if (options.length < 3 && !options.some((o) => o.toLowerCase() === d.toLowerCase() || headNoun(o) === headNoun(d))) options.push(d);
    }
    if (options.length < 3 || !isBalanced(key.text, options)) {
      out.push({ kind: 'appositive', stem, reason: "fewer than three other people's descriptions" });
      continue;
    }
    out.push({ kind: 'appositive', stem, key: key.text, distractors: options, sentence, factKey: `identity:${key.person}`, closeness: 1, weight: 1.1 });
  }
  return out;
}
