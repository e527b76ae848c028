/**
 * A subject pronoun that opens a sentence ("He went on to add ...", "In 1952, she ...", "They vary in size ...") points
 * at the sentence before. When that sentence offers exactly one fitting antecedent — one person for he/she/his/her,
 * a plural subject noun phrase for they, a singular subject for it/its — the stem may name it instead. Anything
 * ambiguous stays unresolved, and the sentence keeps being refused as a stem.
 */
import type { Sentence, Token } from '../text/2-annotate';
import { remember } from '../memo';
import { escapeRegExp } from '../text/words';
import { dominantName, findBodyByHeadNoun, fullNamesOf, lastWord, resolvePerson, withArticle, type NameSpan } from './names';
import type { DateSpan } from './numbers';
import { FEMALE_GIVEN, LIKELY_FEMALE_GIVEN, LIKELY_MALE_GIVEN, MALE_GIVEN } from './people';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_LETTER = /[\p{L}]/u;

// An optional connective, an optional fronted phrase ending in a comma, then the pronoun.
const OPENING = /^((?:(?:But|And|Yet|So|Still|Then|However|Meanwhile|Also|Later|Instead),?\s+)?(?:(?:[^,“”"();:]|,(?=\d{3}\b)){1,70},\s+)?)(He|She|His|Her|They|It|Its)\b/i;
// "It is unclear whether ...", "It was not until ...": an expletive "it" points forward, not back.
// ("It comes after a knife attack ..." too.)
const EXPLETIVE = /^It\s+(?:is|was|has been|had been|will be|would be|seems|seemed|appears|appeared|remains|remained|took|takes|comes|came)\b/i;
// "It is one of the best-preserved granaries", "It was a small fishing port": a description of the thing the sentence
// before named, not an "it" pointing forward to a clause ("It is a pity that ..."; round 79).
const DESCRIBES_IT = /^It\s+(?:is|was)\s+(?:one of|an?|about|around|roughly|nearly|almost|\d)\s*(?![^,.;]{0,15}\b(?:that|to|whether|if|when)\b)/i;
const isExpletive = (text: string) => EXPLETIVE.test(text) && !DESCRIBES_IT.test(text);
const PERSONAL = /^(he|she|his|her)$/i;
const ROLE =
  /\b(?:the|a|an|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:man|woman|boy|girl|nurse|deputy|neighbour|grandmother|grandfather|aunt|uncle|cousin|niece|nephew|widow|girlfriend|boyfriend|president|minister|official|spokesman|spokeswoman|spokesperson|leader|chief|officer|director|judge|lawyer|doctor|suspect|victim|father|mother|son|daughter|husband|wife|brother|sister|friend|colleague|partner|player|coach|manager|chairman|chairwoman|governor|mayor|senator|king|queen|prince|princess|author|researcher|scientist|professor|student|teacher|driver|pilot|soldier|witness|owner|founder|commander|ambassador|envoy|head)\b/gi;
const OWNED_ROLE = /[’']s\s+(?:[a-z-]+\s+){0,2}(?:head|teacher|nurse|deputy|manager|director|chair|chairman|chairwoman|leader|founder|owner|president|captain|coach|secretary|officer|doctor|priest|vicar|mayor|minister)\b/gi;
const MALE_ROLE = /\b(?:man|boy|father|grandfather|son|husband|brother|uncle|nephew|boyfriend|king|prince|chairman|spokesman)$/i;
const FEMALE_ROLE = /\b(?:woman|girl|mother|grandmother|daughter|wife|sister|aunt|niece|widow|girlfriend|queen|princess|chairwoman|spokeswoman)$/i;
const CONNECTIVE = /^(but|and|yet|so|still|then|however|meanwhile|also|later|instead)$/i;

/** The subject noun phrase the previous sentence opens with, and the verb after it. */
function leadingSubject(prev: Sentence): { text: string; head: Token; verb: Token } | undefined {
  const words = prev.tokens.filter((t) => HAS_LETTER_OR_DIGIT.test(t.text));
  let i = 0;
  while (i < words.length && CONNECTIVE.test(words[i]!.text)) i++;
  const first = words[i];
  if (!first || !/^(the|these|those)$/i.test(first.text)) return undefined;
  // Nothing but the connective (and its comma) before the determiner.
  if (!/^(?:[A-Za-z]+,?\s+)?$/.test(prev.text.slice(0, first.start - prev.start)) && first.start !== prev.start) return undefined;
  let j = i + 1;
  // ("The 40-metre tower": a measure before the noun is one of its words.)
  while (j < words.length && j - i <= 5 && (/^(ADJ|NOUN|PROPN)$/.test(words[j]!.pos) || (words[j]!.pos === 'NUM' && /^-\p{L}/u.test(prev.text.slice(words[j]!.end - prev.start))))) j++;
  const head = words[j - 1];
  let verb = words[j];
  if (j === i + 1 || !head || head.pos !== 'NOUN' || !verb) return undefined;
  // ("The 40-metre tower, built by regional carrier Southcell, provides ...": a participle's aside comes before the verb.)
  const aside = /^,\s+[^,“”"()]{3,80},\s+/.exec(prev.text.slice(head.end - prev.start));
  if (aside && verb.pos === 'VERB' && /(?:ed|en|built|made|run|led|set|held|owned|known)$/.test(verb.text)) verb = words.find((w) => w.start >= head.end + aside[0].length);
  if (!verb || !/^(VERB|AUX)$/.test(verb.pos)) return undefined;
  // The phrase must be contiguous words: no comma or bracket inside it.
  const text = prev.text.slice(first.start - prev.start, head.end - prev.start);
  if (/[,()“”"]/.test(text)) return undefined;
  return { text: text.replace(/^(These|Those|these|those)\b/, 'The').replace(/^the\b/, 'The'), head, verb };
}

/**
 * The organisation the sentence opens with as its subject: "Accord Northvale confirmed ...", or after its description,
 * "The regional conciliation service, Accord Northvale, confirmed ...". Only when it is the one name before the verb.
 */
function leadingBody(prev: Sentence, names: NameSpan[]): string | undefined {
  const verb = prev.tokens.find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (!verb) return undefined;
  // (A name inside brackets, "(Tashelhit: ...)", glosses the subject.)
  const inBrackets = (n: NameSpan) => /\([^()]*$/.test(prev.text.slice(0, n.start - prev.start));
  const before = names.filter((n) => n.sentence === prev.index && n.end <= verb.start && !inBrackets(n));
  if (before.length !== 1) return undefined;
  const body = before[0]!;
  // ("Agadir Ouzrou (Tashelhit: "granary of the rock") is a fortified collective granary ... Built on a limestone spur,
  // it is ...": a place or a thing named as the subject, before a verb that says one; round 79.)
  // (A country's as the verb itself only, not an auxiliary: "Brazil was knocked out ... It was a shock" is no Brazil; "The
  // Valdeprado Dam was completed in 1958 ... It is a concrete gravity dam" is the dam.)
  const afterVerb = prev.tokens.find((t) => t.start >= verb.end && HAS_LETTER.test(t.text));
  const auxiliary = afterVerb?.pos === 'VERB' || afterVerb?.pos === 'AUX';
  const thing = (body.type === 'place' || body.type === 'other') && /^(?:is|was|has)$/.test(verb.text) && !(auxiliary && body.subtype === 'country');
  if (body.type !== 'organisation' && !thing) return undefined;
  const lead = prev.text.slice(0, body.start - prev.start);
  const gap = prev.text.slice(body.end - prev.start, verb.start - prev.start);
  const opens = lead === '' || lead === 'The ' || /^The [\p{Ll} -]{3,60}, $/u.test(lead);
  const thenVerb = /^\s*$/.test(gap) || (lead.endsWith(', ') && /^,\s*$/.test(gap)) || (thing && /^\s*\([^()]*\)\s*$/.test(gap));
  return opens && thenVerb ? `${lead === 'The ' ? 'the ' : ''}${body.text}` : undefined;
}

/** Plural by its own form ("statues" vs "statue") or by its verb ("date", "are", "have"). */
function isPlural(head: Token, verb: Token): boolean {
  if (/^(are|were|have)$/i.test(verb.text)) return true;
  if (/^(is|was|has)$/i.test(verb.text)) return false;
  if (head.text.toLowerCase() !== head.lemma.toLowerCase() && /s$/i.test(head.text)) return true;
  // A present-tense verb without -s agrees with a plural subject ("The earliest moai date to ...").
  return verb.pos === 'VERB' && verb.text.toLowerCase() === verb.lemma.toLowerCase() && !/s$/i.test(verb.text) && !/ed$/i.test(verb.text);
}

function isSingular(head: Token, verb: Token): boolean {
  if (/^(is|was|has)$/i.test(verb.text)) return true;
  if (/^(are|were|have)$/i.test(verb.text)) return false;
  return head.text.toLowerCase() === head.lemma.toLowerCase() && !isPlural(head, verb);
}

function possessive(name: string, sentence: string): string {
  return `${name}${sentence.includes('’') ? '’' : "'"}${/s$/.test(name) ? '' : 's'}`;
}

/**
 * "The union said ...", "The board's decision ...": a body's head noun opening the sentence stands for the one body of
 * that kind named before (names.ts), anywhere earlier in the article.
 */
function resolveBodyOpening(s: Sentence, names: NameSpan[], sentences: Sentence[]): Sentence['resolved'] {
  const m = BODY_OPENING.exec(s.text);
  if (!m) return undefined;
  const next = s.tokens.find((t) => t.start >= s.start + m[0].length && HAS_LETTER.test(t.text));
  if (!m[2] && (!next || !/^(VERB|AUX)$/.test(next.pos))) return undefined;
  if (/^(?:company|firm)$/.test(m[1]!)) {
    const company = findStoryCompany(names, s.index);
    return company ? { at: 0, pronoun: m[0], text: m[2] ? possessive(company, s.text) : company } : undefined;
  }
  const name = findBodyByHeadNoun(names, m[1]!, s.index);
  // A body of the sentence named without a head noun may be the one meant ("Labour", "Unite").
  if (!name || names.some((n) => n.sentence === s.index && n.type === 'organisation' && !n.text.includes(' ') && !name.includes(n.text))) return undefined;
  const named = withArticle(name, sentences, true);
  return { at: 0, pronoun: m[0], text: m[2] ? possessive(named, s.text) : named };
}

// Bodies that are no company: "the company" never stands for a council, a ministry or a union.
export const PUBLIC_BODY =
  /\b(?:Council|Ministry|Department|Agency|Authority|Commission|Government|University|College|School|Court|Police|Party|Union|Association|Federation|Institute|Office|Service|Board|Trust|Parliament|Assembly|Committee|Reserve|Regulator|Inspectorate|Organisation|Organization|Alliance|Coalition|Fund|Foundation|Forum|Society)\b/;

// Bodies of the state, which no charity is.
const STATE_BODY = /\b(?:Council|Ministry|Department|Agency|Authority|Commission|Government|University|College|School|Court|Police|Parliament|Assembly|Committee|Office|Service|Board|Regulator|Inspectorate)\b/;

/**
 * "The company said ...": the one company the story is about, when the article has named it at least twice, twice as
 * often as any other company, and the sentence before names no other ("Pulsewell ... The company said").
 */
// Per article, sentence and kind: the same stems ask again.
const storyCompanies = new WeakMap<NameSpan[], Map<string, string | undefined>>();

export function findStoryCompany(names: NameSpan[], before: number, anyBody = false): string | undefined {
  const known = remember(storyCompanies, names, () => new Map<string, string | undefined>());
  const id = `${before}:${anyBody}`;
  if (known.has(id)) return known.get(id);
  const found = findStoryBody(names, before, anyBody);
  known.set(id, found);
  return found;
}

function findStoryBody(names: NameSpan[], before: number, anyBody: boolean): string | undefined {
  // (A charity is often a "... Trust" or "... Foundation": for "the charity", any body but the state's may be the story's.)
  const isCompany = (n: NameSpan) => n.type === 'organisation' && !(anyBody ? STATE_BODY : PUBLIC_BODY).test(n.text);
  const top = dominantName(
    names.filter((n) => n.sentence < before && isCompany(n)),
    (n) => n.text,
  );
  // (Named once, it is the story's when the article calls it a firm there and names no other: "Lathwell Bird Control,
  // a small firm ...", then "The company holds 11 contracts"; round 67.)
  const described = top?.count === 1 && names.some((n) => n.text === top.key && n.firmCue) && new Set(names.filter((n) => n.sentence < before && isCompany(n)).map((n) => n.text)).size === 1;
  if (!top || (top.count < 2 && !described)) return undefined;
  // ("ShiftNest, which was founded in 2020, announced ...", a name of no known kind the story keeps coming back to, beside
  // its investor "Northstone Ventures, a Newcastle-based venture capital firm": the company may be the one not typed a
  // body; a review of round 72's fixes.)
  const untyped = dominantName(
    names.filter((n) => n.sentence < before && n.type === 'other' && !n.text.includes(' ') && !top.key.split(' ').includes(n.text)),
    (n) => n.text,
  );
  // (Twice is enough when the body was named once or twice: "ShiftNest ... led by Northstone Ventures"; a review of
  // round 72's fixes.)
  if (untyped && untyped.count >= Math.max(2, top.count)) return undefined;
  const rivalBefore = names.some((n) => n.sentence === before - 1 && isCompany(n) && n.text !== top.key);
  return rivalBefore ? undefined : top.key;
}

// "The study, led by Dr Ingrid Halvorsen of ...", "Halvorsen, the paper's lead author": who leads a study's team.
const LED_BY = /\bled by\s+((?:Dr|Prof\.?|Professor)\s+)?$/;
const LEAD_AFTER = /^,\s+(?:the\s+)?(?:(?:study|paper|report|trial|survey)['’]s\s+)?(?:lead|senior|first|principal)\s+(?:author|investigator|researcher)\b|^,\s+who\s+led\s+the\s+(?:study|research|work|team|trial|survey|analysis)\b/;
const RESEARCH_FRAME = /\b(?:study|studies|research|researchers|paper|trial|survey|analysis|scientists|journal|findings)\b/i;
// "The team found ...", "The researchers said ...": the research team of the story's one study.
const TEAM_OPENING = /^The\s+(?:research\s+)?(?:team|researchers|scientists|authors)\b(?![’'])/;

/**
 * The one person the article says leads its study ("led by Dr X", "X, the study's lead author", "X, who led the
 * research"), with the title the article gives, and the sentence first saying so; none when it names two leads.
 */
function findStudyLead(sentences: Sentence[], names: NameSpan[]): { text: string; sentence: number } | undefined {
  const leads = new Map<string, { text: string; sentence: number }>();
  for (const n of names) {
    if (n.type !== 'person') continue;
    const s = sentences[n.sentence];
    if (!s || !RESEARCH_FRAME.test(s.text)) continue;
    const before = LED_BY.exec(s.text.slice(0, n.start - s.start));
    const after = LEAD_AFTER.test(s.text.slice(n.end - s.start));
    if (!before && !after) continue;
    const key = lastWord(n.text);
    if (!leads.has(key)) leads.set(key, { text: `${before?.[1] ?? ''}${n.text}`, sentence: n.sentence });
  }
  return leads.size === 1 ? [...leads.values()][0] : undefined;
}

/** The person an article is about: named at least three times (the headline counts), and twice as often as anyone else (full name as given). */
function storySubjectOf(names: NameSpan[], title = ''): string | undefined {
  const people = names.filter((n) => n.type === 'person');
  // "By the time Eilidh arrived": a given name that only one person of the article has is that person.
  const byGiven = new Map<string, string[]>();
  for (const p of people) if (p.text.includes(' ')) byGiven.set(p.text.split(' ')[0]!, [...new Set([...(byGiven.get(p.text.split(' ')[0]!) ?? []), lastWord(p.text)])]);
  const givenOnly = names.filter((n) => n.type === 'other' && !n.text.includes(' ') && byGiven.get(n.text)?.length === 1);
  const top = dominantName([...people, ...givenOnly], (n) => (n.type === 'person' ? lastWord(n.text) : byGiven.get(n.text)![0]!));
  // (The headline names the subject of a short obituary too: "Margit Selander, hydrographer who mapped the Bothnian
  // Sea, dies at 88".)
  if (!top || top.count + Number(new RegExp(`(?<![\\p{L}])${escapeRegExp(top.key)}(?![\\p{L}])`, 'u').test(title)) < 3) return undefined;
  // (When two full names share the surname, the one the lead names: "Giacomo Benvenuti", the engineer's father, is not
  // "Aurelio Benvenuti (14 May 1846 – 2 February 1919) was an Italian ... engineer".)
  return fullNamesOf(names).get(top.key) ?? names.find((n) => n.sentence === 0 && n.text.includes(' ') && n.type !== 'organisation' && lastWord(n.text) === top.key)?.text;
}

/** A gender the given name says in the hand lists, if any. */
function givenGender(name: string): 'male' | 'female' | undefined {
  const first = name.split(/\s+/)[0]!;
  if (MALE_GIVEN.has(first) || LIKELY_MALE_GIVEN.has(first)) return 'male';
  if (FEMALE_GIVEN.has(first) || LIKELY_FEMALE_GIVEN.has(first)) return 'female';
  return undefined;
}

/**
 * The gender of a profile's "he" or "she": the one of the article's sentence-opening pronouns when at least three
 * open sentences and at most a quarter as many are of the other gender ("Eilidh" is in no name list; "She was born in Stornoway" says it).
 */
function openingPronounGender(sentences: Sentence[], subject: string): 'male' | 'female' | undefined {
  let he = 0;
  let she = 0;
  for (const s of sentences) {
    const m = /^(?:He|She)\b/.exec(s.text);
    if (m?.[0] === 'He') he++;
    else if (m) she++;
  }
  if (he >= 3 && she * 4 <= he) return 'male';
  if (she >= 3 && he * 4 <= she) return 'female';
  // Else the he and she of the sentences that name the subject, outside quotations ("Jayawardena nods when she hears
  // this"): three times as many of one (round 70: a profile whose subject's brother opens a sentence with "He"). (Not
  // every he and she of the article: a victim's "she" is no defendant's; a review of round 70's rules.)
  const surname = new RegExp(`(?<![\\p{L}])${escapeRegExp(lastWord(subject))}(?![\\p{L}])`, 'u');
  let heAll = 0;
  let sheAll = 0;
  for (const s of sentences) {
    if (!surname.test(s.text)) continue;
    for (const m of outsideQuotation(s.text).matchAll(/\b(he|she|his|her|him|himself|herself)\b/gi)) {
      if (/^(?:he|his|him|himself)$/i.test(m[1]!)) heAll++;
      else sheAll++;
    }
  }
  if (heAll >= 2 && sheAll * 3 <= heAll) return 'male';
  if (sheAll >= 2 && heAll * 3 <= sheAll) return 'female';
  return undefined;
}

/** The sentence without its quotations: a pronoun inside one is the speaker's. */
const outsideQuotation = (text: string) => text.replace(/“[^”]*”|"[^"]*"/g, ' ');

// A sentence that is one quotation and nothing else.
const WHOLLY_QUOTED = /^(?:“[^“”]+”|"[^"]+")$/;
const BODY_OPENING = /^The\s+(\p{Ll}[\p{Ll}-]{2,})(?:([’'])s)?(?![\p{L}-])/u;

/**
 * The person last named before `s` (outside quotations), within three sentences of its paragraph or the one before:
 * after "Mr Kingdon said ... '...,' he said", the "He" that opens the next sentence, or the next paragraph, is
 * Kingdon's, not the defendant's the story is about (round 63, and a review of round 65).
 */
function lastNamedBefore(s: Sentence, sentences: Sentence[], names: NameSpan[], gender?: 'male' | 'female'): NameSpan | undefined {
  const from = Math.max(0, s.index - 3);
  const inWindow = (n: NameSpan) => n.sentence >= from && n.sentence < s.index && sentences[n.sentence]!.paragraph >= s.paragraph - 1;
  const inQuotation = (n: NameSpan) => {
    const x = sentences[n.sentence]!;
    const at = n.start - x.start;
    return [...x.text.matchAll(/[“"][^”"]*[”"]/g)].some((m) => at >= m.index! && at < m.index! + m[0].length);
  };
  // (A "she" is not Ross Calderwood's, named in between: round 69.)
  const fullNames = fullNamesOf(names);
  const otherGender = (n: NameSpan) => {
    const known = givenGender(fullNames.get(lastWord(n.text)) ?? n.text);
    return !!gender && !!known && known !== gender;
  };
  return names.filter((n) => n.type === 'person' && inWindow(n) && !inQuotation(n) && !otherGender(n)).sort((a, b) => b.start - a.start)[0];
}

/** The one body of the sentence, when the sentence calls it a firm ("..., a small firm based ...") and names no other. */
function describedFirm(s: Sentence, names: NameSpan[]): string | undefined {
  const bodies = names.filter((n) => n.sentence === s.index && n.type === 'organisation');
  return bodies.length === 1 && bodies[0]!.firmCue ? bodies[0]!.text : undefined;
}

// A phrase fronted before a profile's he/she: "In 2022 she was awarded", "Under her leadership the team ...", "When
// she started, ...", "After studying geography at the University of Aberdeen, she trained ...". (A bare connective is
// OPENING's.)
const LOWER_PERSONAL = /\b(?:he|she|his|her)\b/;
const FRONTED =
  /^((?:[^,“”"();:]{1,90},\s+)|(?:(?:In|On|At|By|Since|During|Under|Over|After|Before|Today|Now|When|While|As|Once|Until|Within|Throughout|Then)\s+(?:[^\s,“”"();:]+\s+){0,3}?))(he|she|his|her)\b/;

/**
 * In a profile, a he/she (or his/her) after a fronted phrase is the person the article is about, when nobody else is
 * named since: the sentence before names no one else, nor does the fronted phrase, and the pronoun's gender is the
 * subject's (round 69: "In 2022 she was awarded ...", "Under her leadership ..." of a mountain rescue leader's profile).
 */
function resolveFrontedInProfile(
  s: Sentence,
  prev: Sentence,
  sentences: Sentence[],
  names: NameSpan[],
  subject: string,
  gender: 'male' | 'female',
): Sentence['resolved'] {
  // (A lower-case he or she, his or her, first: most sentences have none, and the pattern is costly to try.)
  if (!LOWER_PERSONAL.test(s.text)) return undefined;
  const m = FRONTED.exec(s.text);
  if (!m || CONNECTIVE.test(m[1]!.replace(/,?\s+$/, ''))) return undefined;
  const lead = m[1]!;
  const pronoun = m[2]!;
  if (/\b(?:he|she|his|her|him|it|its|they|their|them)\b/i.test(lead) || /[“”"]/.test(lead)) return undefined;
  if ((/^(?:he|his)$/.test(pronoun) ? 'male' : 'female') !== gender) return undefined;
  const at = lead.length;
  if (hasRivalNearby(s, prev, names, subject, gender, at)) return undefined;
  const surname = lastWord(subject);
  const named = lastNamedBefore(s, sentences, names, gender);
  if (named && lastWord(named.text) !== surname) return undefined;
  const after = s.tokens.find((t) => t.start >= s.start + at + pronoun.length && HAS_LETTER.test(t.text));
  if (!after) return undefined;
  if (/^(?:he|she)$/.test(pronoun)) return /^(VERB|AUX|ADV)$/.test(after.pos) ? { at, pronoun, text: subject } : undefined;
  return /^(NOUN|ADJ)$/.test(after.pos) ? { at, pronoun, text: possessive(subject, s.text) } : undefined;
}

/**
 * Someone other than a profile's subject whom a he or she may mean, in the sentence before or before the pronoun: a
 * person named otherwise (a relative of the same surname, "His father, David Baxter"), a given name of no known kind
 * ("Her younger sister, Ama"), or a person of the pronoun's gender named by role only ("Her mother was a nurse"). A
 * review of round 69-71's rules.
 */
function hasRivalNearby(s: Sentence, prev: Sentence, names: NameSpan[], subject: string, gender: 'male' | 'female', at: number): boolean {
  const surname = lastWord(subject);
  const inReach = (n: NameSpan) => n.sentence === prev.index || (n.sentence === s.index && n.start < s.start + at);
  // (Of the pronoun's gender, where the given name says one: "Her father, Jory," is no "she".)
  const mayBe = (n: NameSpan) => (givenGender(n.text) ?? gender) === gender;
  const someoneElse = (n: NameSpan) =>
    (n.type === 'person' && (n.text.includes(' ') ? n.text !== subject : n.text !== surname) && mayBe(n)) ||
    (n.type === 'other' && !n.text.includes(' ') && !subject.split(' ').includes(n.text) && givenGender(n.text) === gender);
  if (names.some((n) => inReach(n) && someoneElse(n))) return true;
  const otherGender = gender === 'male' ? FEMALE_ROLE : MALE_ROLE;
  // (Roles of the sentence before count only when it is not itself about the subject: "Born in Wolverhampton to a
  // Nigerian father and a mother from the Black Country, she studied ..." is hers, and so is the sentence after it; nor
  // do the parents a "Born ... to" phrase names.)
  // (A "Her mother ..." sentence is the mother's, though its "Her" is the subject.)
  const prevIsSubjects = !!prev.resolved && /^(?:he|she)$/i.test(prev.resolved.pronoun) && prev.resolved.text === subject;
  const roles = `${prevIsSubjects ? '' : outsideQuotation(prev.text)} ${/^Born\b/.test(s.text) ? '' : s.text.slice(0, at)}`;
  // (A role that describes the subject is no rival: "..., the daughter of a postman", "was a teacher".)
  const describing = (r: RegExpMatchArray) => /(?:,|\b(?:is|was|became|becomes|remains|remained|as))\s+$/.test(roles.slice(0, r.index));
  if ([...roles.matchAll(ROLE)].some((r) => !describing(r) && (!otherGender.test(r[0]) || /^[’']s\b/.test(roles.slice(r.index! + r[0].length))))) return true;
  // ("The school's first female head was appointed in 1962": a role owned by a body or place.)
  return [...roles.matchAll(OWNED_ROLE)].some((r) => !otherGender.test(r[0]));
}

/** Resolve the opening pronoun of each sentence where the sentence before offers exactly one antecedent. */
export function resolvePronouns(sentences: Sentence[], names: NameSpan[], dates: DateSpan[], speakers: ReadonlyMap<number, NameSpan>, title?: string): void {
  const fullNames = fullNamesOf(names);
  const studyLead = findStudyLead(sentences, names);
  // (Read once: the same for every sentence.)
  const subject = storySubjectOf(names, title);
  const subjectGender = subject ? (givenGender(subject) ?? openingPronounGender(sentences, subject)) : undefined;
  for (const s of sentences) {
    const team = studyLead && s.index > studyLead.sentence ? TEAM_OPENING.exec(s.text) : null;
    if (team) {
      s.resolved = { at: 0, pronoun: team[0], text: `${team[0]} led by ${studyLead!.text}` };
      continue;
    }
    const prev = sentences[s.index - 1];
    if (!prev || prev.paragraph < s.paragraph - 1) continue;
    // “Nobody wanted to be here,” said Margaret Lindqvist. “Our members have lost ...”: a quotation going on from the
    // sentence before is hers, and says so ("Margaret Lindqvist said: “Our members ...”").
    const speaker = speakers.get(prev.index);
    if (speaker && prev.paragraph === s.paragraph && WHOLLY_QUOTED.test(s.text)) {
      s.resolved = { at: 0, pronoun: '', text: `${resolvePerson(speaker.text, names)} said: ` };
      continue;
    }
    // "The project began in 2021. Since then the Trust has planted ...": the one date of the sentence before.
    const since = /^Since then\b/.exec(s.text);
    if (since) {
      const before = dates.filter((d) => d.sentence === prev.index);
      if (before.length === 1) s.resolved = { at: 0, pronoun: since[0], text: `Since ${before[0]!.text}` };
      continue;
    }
    const body = resolveBodyOpening(s, names, sentences);
    if (body) {
      s.resolved = body;
      continue;
    }
    const fronted = subject && subjectGender ? resolveFrontedInProfile(s, prev, sentences, names, subject, subjectGender) : undefined;
    // ("In 1996 Beaulieu and his wife, Thérèse, founded ...": the sentence names its "his" itself; round 80.)
    if (fronted && new RegExp(`\\b${escapeRegExp(lastWord(subject!))}\\b`).test(s.text.slice(0, fronted.at))) continue;
    if (fronted) {
      s.resolved = fronted;
      continue;
    }
    const m = OPENING.exec(s.text);
    if (!m) continue;
    const lead = m[1]!;
    const pronoun = m[2]!;
    // "After his death, she ...": a pronoun in the fronted phrase would still point outside.
    if (/\b(he|she|his|her|him|it|its|they|their|them|this|these|those|that)\b/i.test(lead)) continue;
    // The pronoun opens the sentence or follows a fronted phrase, in which case it is lower-case.
    if (lead && STARTS_UPPER.test(pronoun) && !/^(?:(?:But|And|Yet|So|Still|Then|However|Meanwhile|Also|Later|Instead),?\s+)$/i.test(lead)) continue;
    if (!lead && !STARTS_UPPER.test(pronoun)) continue;
    const at = lead.length;
    const atStart = at === 0 || /^(?:(?:But|And|Yet|So|Still|Then|However|Meanwhile|Also|Later|Instead),?\s+)$/i.test(lead);
    const after = s.tokens.find((t) => t.start >= s.start + at + pronoun.length && HAS_LETTER.test(t.text));
    let text: string | undefined;
    // (A person's pronoun after a short fronted phrase only: "When the detective inspector arrived at the property on
    // Tuesday, he found ..." may be the inspector; a thing's "it" after a longer one, "Built on a limestone spur at an
    // altitude of about 1,420 metres, it is ...".)
    if (PERSONAL.test(pronoun) && lead.length > 52) continue;
    if (PERSONAL.test(pronoun)) {
      // No other person may stand in this sentence before the pronoun, and the sentence before names exactly one.
      if (names.some((n) => n.sentence === s.index && n.type === 'person' && n.start < s.start + at)) continue;
      const mentioned = names.filter((n) => n.sentence === prev.index && n.type === 'person');
      const people = new Set(mentioned.map((n) => lastWord(n.text)));
      // "She studied physics at Oslo ...", after a sentence that names no one: in a profile or an obituary, the one
      // person the article is about, when the given name says the same gender as the pronoun.
      if (people.size === 0 && /^(he|she)$/i.test(pronoun) && atStart) {
        // ("“... hardship,” Mr Kingdon said. “He accepts ...” He told the court ...": after someone else's quotation, the
        // "he" is the speaker's, not the defendant the story is about; round 63.)
        const named = lastNamedBefore(s, sentences, names, /^he$/i.test(pronoun) ? 'male' : 'female');
        if (named && subject && lastWord(named.text) !== lastWord(subject)) continue;
        if (subject && hasRivalNearby(s, prev, names, subject, /^he$/i.test(pronoun) ? 'male' : 'female', 0)) continue;
        const after = s.tokens.find((t) => t.start >= s.start + at + pronoun.length && HAS_LETTER.test(t.text));
        // ("She also keeps ...": an adverb may come between.)
        // (Nor where the sentence names the subject after the pronoun: "He released Tohill on bail" is the judge; round 92.)
        if (subject && after && /^(VERB|AUX|ADV)$/.test(after.pos) && subjectGender === (/^he$/i.test(pronoun) ? 'male' : 'female') && !namesAfter(s, at + pronoun.length, subject)) {
          s.resolved = { at, pronoun, text: subject };
        }
        continue;
      }
      if (people.size !== 1) continue;
      // "Redfern sent on Wrona ... He had already forced a save": a name of no known kind may be the person meant.
      if (names.some((n) => n.sentence === prev.index && n.type === 'other' && !lastWord(n.text).includes(lastWord(mentioned[0]!.text)))) continue;
      // "Smith met the prime minister. He said ...": an unnamed person in the sentence before may be the one meant.
      // A role beside the name ("Professor X, a neuroscientist at ...") describes that person and is no rival.
      // ("... of a schoolteacher mother and an engineer father. She studied ...": a role of the other gender is no rival;
      // round 69.)
      const otherGenderRole = /^(?:he|his)$/i.test(pronoun) ? FEMALE_ROLE : MALE_ROLE;
      const rival = [...prev.text.matchAll(ROLE)].some((r) =>
        (!otherGenderRole.test(r[0]) || /^[’']s\b/.test(prev.text.slice(r.index! + r[0].length))) &&
        mentioned.every((n) => {
          const at = prev.start + r.index!;
          const end = at + r[0].length;
          // "X, a neuroscientist at ...", "the club's manager, X": only a comma between the role and the name.
          const after = at >= n.end && /^\s*,\s*$/.test(prev.text.slice(n.end - prev.start, at - prev.start));
          const before = end <= n.start && /^\s*,?\s*$/.test(prev.text.slice(end - prev.start, n.start - prev.start));
          // "Morace was an outstanding player", "X is a leading researcher": a predicate describes the subject.
          const predicate = /\b(is|was|became|becomes|remains|remained|as)\s+$/.test(prev.text.slice(0, at - prev.start));
          // "X was born in Gävle, the daughter of a harbour pilot": a role inside another's "of" phrase is no one's
          // subject.
          const possessor = /\bof\s+$/.test(prev.text.slice(0, at - prev.start));
          return !after && !before && !predicate && !possessor;
        }),
      );
      if (rival) continue;
      const surname = [...people][0]!;
      let name = fullNames.get(surname) ?? surname;
      // "Donald John died in 2020. She is survived by ...": a name of the other gender is not the one meant; in a
      // profile it is the person the article is about, when the given name agrees.
      const wanted = /^(?:he|his)$/i.test(pronoun) ? 'male' : 'female';
      const gender = givenGender(name);
      // "With encouragement from Dr Niall Campbell, she began recording. She married ...": a name of unknown gender
      // beside a "she" of its own sentence may be someone else than the "she".
      const otherSameGender = !gender && (wanted === 'male' ? /\b(?:he|his|him)\b/i : /\b(?:she|her|hers)\b/i).test(outsideQuotation(prev.text));
      if ((gender && gender !== wanted) || otherSameGender) {
        if (!subject || subjectGender !== wanted || !atStart || !/^(he|she)$/i.test(pronoun)) continue;
        name = subject;
      }
      if (/^(he|she)$/i.test(pronoun)) {
        if (!after || !/^(VERB|AUX|ADV)$/.test(after.pos)) continue;
        text = name;
      } else {
        // "His/Her" + a noun: a possessive.
        if (!after || !/^(NOUN|ADJ)$/.test(after.pos)) continue;
        text = possessive(name, s.text);
      }
    } else if (/^its?$/i.test(pronoun) && (!leadingSubject(prev) || describedFirm(prev, names))) {
      // "Accord Northvale confirmed ... Its chief executive said ...": a body that is the sentence before's subject.
      // ("Lathwell, 41, runs Lathwell Bird Control, a small firm ... It employs five people": the one firm the sentence
      // before describes, its subject being a she; round 67.)
      const body = describedFirm(prev, names) ?? leadingBody(prev, names);
      if (!body || !after) continue;
      if (/^it$/i.test(pronoun) ? isExpletive(s.text.slice(at)) || !/^(VERB|AUX)$/.test(after.pos) : !/^(NOUN|ADJ)$/.test(after.pos)) continue;
      text = /^it$/i.test(pronoun) ? body : possessive(body, s.text);
    } else {
      const subject = leadingSubject(prev);
      if (!subject) continue;
      if (/^they$/i.test(pronoun)) {
        if (!isPlural(subject.head, subject.verb) || !after || !/^(VERB|AUX)$/.test(after.pos)) continue;
        text = subject.text;
      } else {
        if (!isSingular(subject.head, subject.verb)) continue;
        if (/^it$/i.test(pronoun)) {
          if (isExpletive(s.text.slice(at)) || !after || !/^(VERB|AUX)$/.test(after.pos)) continue;
          text = subject.text;
        } else {
          if (!after || !/^(NOUN|ADJ)$/.test(after.pos)) continue;
          text = possessive(subject.text, s.text);
        }
      }
      if (!atStart) text = text.replace(/^The\b/, 'the');
    }
    if (text && !(PERSONAL.test(pronoun) && namesAfter(s, at + pronoun.length, text))) s.resolved = { at, pronoun, text };
  }
}

/** Does the sentence name `person` (by the last word of the name) after offset `from`? */
function namesAfter(s: Sentence, from: number, person: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(lastWord(person.replace(/[’']s$/, '')))}(?![\\p{L}])`, 'u').test(s.text.slice(from));
}
