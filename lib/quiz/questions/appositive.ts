/** Who is described as ... ("Ahmedou Ould-Abdallah, a former ..."), and what the article calls something ("dubbed _____"). */
import { isBalanced, pickNameDistractors } from '../distractors';
import { containsWord, type Facts } from '../facts/3-facts';
import { lastWord } from '../facts/names';
import { blankOrReject, checkSentence, countWords, givesAway, type Built } from './stem';
import type { RejectedCandidate } from '../schema';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const STARTS_UPPER = /^\p{Lu}/u;
const NAME_WORD = /\b\p{Lu}[\p{L}-]*/gu;

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
