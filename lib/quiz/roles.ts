/**
 * Does a wrong option fit the role the question gives the blank? A name of the right type can still be absurd: a man
 * offered where the article says "she", a footballer the article only mentions in passing ("Not the ... Lionel
 * Messi") offered as a club president, Moscow offered as the city defending itself against "the Russian invasion",
 * Soweto against Johannesburg when one lies in the other. Read from the article alone (and the gazetteer), per article.
 */
import { canonicalOf, type Facts, type NameSpan } from './facts/3-facts';
import { DEMONYMS, ORG_SUFFIXES, SPEECH_VERBS } from './facts/lexicon';
import { lastWord } from './facts/names';
import { FEMALE_GIVEN, MALE_GIVEN } from './facts/people';
import { countriesNear, findCity, findCountry, findUsState, isFamilyName } from './model/gazetteer';
import type { Sentence } from './text/2-annotate';

type Gender = 'male' | 'female';

interface PersonRoles {
  /** canonical -> inferred gender, when the article or the given name says. */
  gender: Map<string, Gender>;
  /** canonical names of people who act in the article: they speak, do, or are described. */
  actors: Set<string>;
}

const cache = new WeakMap<Facts, PersonRoles>();

const NEWS_MEDIA =
  /^(?:the\s+)?(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|BBC|CNN|Al Jazeera|Bloomberg|NPR|VOA|Voice of America|Fox News|NBC|CBS|ABC|Sky News|Euronews|TASS|RIA Novosti|Xinhua|Wikinews|.*\b(?:News|Times|Post|Journal|Gazette|Tribune|Herald|Telegraph|Guardian|Television|TV|Radio|Magazine|Daily))$/;
const ROMANCE_EXCEPTIONS = new Set('Andrea Luca Nicola Joshua Mustafa Sasha Nikita Ezra Jonah Elijah Akira Kosta Garcia Costa Attila Dmitry Sergey Juba Moussa Oumar Jaffe Rocco'.split(' '));
const ROLE_BEFORE =
  /\b(?:entrepreneur|businessman|businesswoman|astronaut|astronauts|administrator|researcher|scientist|neuroscientist|professor|spokesperson|spokesman|spokeswoman|minister|president|leader|founder|director|chairman|chairwoman|envoy|ambassador|official|coach|manager|player|author|fellow|analyst|economist|lawyer|judge|commissioner|officer|engineer|journalist|proprietor|owner)\s+$/i;

const FEMALE_WORDS = /^(she|her|hers|herself)$/i;
const MALE_WORDS = /^(he|him|his|himself)$/i;
const FEMALE_TITLES = /\b(Mrs|Ms|Miss|Queen|Princess|Lady|Dame|Madam|spokeswoman|chairwoman|congresswoman|businesswoman|actress)\b/;
const MALE_TITLES = /\b(Mr|King|Prince|Sir|Lord|spokesman|chairman|congressman|businessman|actor)\b/;

/** Text outside quotation marks, same length (quoted text blanked), so offsets still hold. */
function blankQuotes(text: string): string {
  return text.replace(/[“"][^”"]*[”"]/g, (m) => ' '.repeat(m.length));
}

function readRoles(facts: Facts): PersonRoles {
  let roles = cache.get(facts);
  if (roles) return roles;
  const votes = new Map<string, number>();
  const vote = (c: string, v: number) => votes.set(c, (votes.get(c) ?? 0) + v);
  const actors = new Set<string>();
  const fullNames = new Map<string, string>();
  for (const n of facts.names) if (n.type === 'person' && n.text.includes(' ')) fullNames.set(lastWord(n.text), n.text);
  const canon = (n: NameSpan) => canonicalOf(facts, fullNames.get(n.text) ?? n.text);
  const speech = new RegExp(`^\\s*(?:,[^,]{1,80},\\s*)?(?:${[...SPEECH_VERBS].join('|')}|has|had|was|is|will|would|can|could|did|does)\\b`, 'i');
  const bySentence = new Map<number, NameSpan[]>();
  for (const n of facts.names) {
    if (n.type !== 'person') continue;
    const s = facts.sentences[n.sentence]!;
    const outside = blankQuotes(s.text);
    const rel = n.start - s.start;
    // Inside a quotation, a name is the speaker's mention, not the article's actor.
    if (outside.slice(rel, rel + n.text.length).trim() === '') continue;
    const list = bySentence.get(n.sentence) ?? [];
    list.push(n);
    bySentence.set(n.sentence, list);
    const c = canon(n);
    const first = (fullNames.get(n.text) ?? n.text).split(/\s+/)[0]!;
    if (MALE_GIVEN.has(first)) vote(c, 3);
    if (FEMALE_GIVEN.has(first)) vote(c, -3);
    // Romance given names: "Luciano", "Carolina" (a weak vote; the lists above and the article's pronouns win).
    if (first !== n.text && !ROMANCE_EXCEPTIONS.has(first)) vote(c, /[^aeiu]o$/.test(first) ? 1 : /[^aeiou]a$/.test(first) ? -1 : 0);
    if (n.title && FEMALE_TITLES.test(n.title)) vote(c, -3);
    if (n.title && MALE_TITLES.test(n.title)) vote(c, 3);
    // An actor: has a title, is described, speaks or is the subject of a verb, or is quoted by "said X".
    const after = s.text.slice(n.end - s.start);
    const before = s.text.slice(0, rel);
    // The first lower-case word after the name, past "and <Name>" and a comma aside: "Behnken and Hurley are", "Hurley,
    // for his part, paraphrased".
    const word = /^(?:\s+and\s+(?:[\p{Lu}][\p{L}’'.-]*\s*){1,3})?(?:,[^,“”"]{1,80},)?(?:\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*){1,4})?\s*(\p{Ll}+)\b/u.exec(after);
    const verb = word && s.tokens.find((t) => t.start >= n.end && t.text === word[1]);
    if (
      n.title ||
      /^,\s+(?:an?|the|who|whose|head|leader|president|chief|director|founder|one)\b/.test(after) ||
      speech.test(after) ||
      (verb && (verb.pos === 'VERB' || verb.pos === 'AUX')) ||
      /\b(said|says|told|according to|by)\s*$/.test(before) ||
      // "backed by entrepreneur Elon Musk": a role noun names what the person does (not "Not the ... striker Lionel Messi").
      (ROLE_BEFORE.test(before) && !/^Not\b/.test(s.text)) ||
      /^[’']s?\s+(?:team|group|colleagues|office|spokes\w+)\b/.test(after)
    ) {
      actors.add(c);
    }
  }
  for (const [index, list] of bySentence) {
    const people = new Set(list.map(canon));
    if (people.size !== 1) continue;
    const c = [...people][0]!;
    const s = facts.sentences[index]!;
    const words = (text: string) => blankQuotes(text).split(/[^\p{L}]+/u);
    // Only pronouns after the name: one before it points further back ("..., she resigned following a clash with
    // the club’s proprietor, Luciano Gaucci").
    const firstAt = Math.min(...list.map((n) => n.end - s.start));
    for (const w of words(s.text.slice(firstAt))) vote(c, FEMALE_WORDS.test(w) ? -1 : MALE_WORDS.test(w) ? 1 : 0);
    // "Costa, 36, was born in ... She is also ...": the next sentence's opening pronoun, when it names no one and
    // the name opens this sentence.
    const next = facts.sentences[index + 1];
    if (next && !bySentence.has(next.index) && list[0]!.start - s.start < 25) {
      const m = /^(?:[^,“”"]{1,50},\s+)?(she|he|her|his)\b/i.exec(blankQuotes(next.text));
      if (m) vote(c, FEMALE_WORDS.test(m[1]!) ? -1 : 1);
    }
    const titled = list.find((n) => n.title);
    if (titled && FEMALE_TITLES.test(s.text.slice(Math.max(0, titled.start - s.start - 30), titled.start - s.start))) vote(c, -2);
  }
  const gender = new Map<string, Gender>();
  for (const [c, v] of votes) if (v !== 0) gender.set(c, v > 0 ? 'male' : 'female');
  roles = { gender, actors };
  cache.set(facts, roles);
  return roles;
}

/** The full name the article gives a bare surname ("Behnken" -> "Bob Behnken"). */
function readFullName(facts: Facts, name: string): string {
  if (name.includes(' ')) return name;
  return facts.names.find((n) => n.type === 'person' && n.text.includes(' ') && lastWord(n.text) === name)?.text ?? name;
}

/** Does the person act in the article (speak, do, get described), rather than only be mentioned in passing? */
export function isActor(facts: Facts, name: string): boolean {
  const { actors } = readRoles(facts);
  return actors.has(canonicalOf(facts, name)) || actors.has(canonicalOf(facts, lastWord(name))) || actors.has(canonicalOf(facts, readFullName(facts, name)));
}

/** A name the article continues with another capitalised word ("Department of Community" of "... Community Health Sciences"). */
export function isTruncatedName(facts: Facts, name: string): boolean {
  let seen = 0;
  for (const s of facts.sentences) {
    for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) {
      const after = s.text.slice(at + name.length);
      if (/^\p{L}/u.test(after)) continue;
      seen++;
      // Standing alone once is enough: "UN" of "UN Security Council" is also the UN.
      if (!/^\s\p{Lu}\p{Ll}+/u.test(after) || /^\s(?:The|A|An|In|On|At|And|But|Or|Of)\b/.test(after)) return false;
    }
  }
  return seen > 0;
}

/** Is every mention of the name followed by a lower-case noun ("the 2015 Algiers accord")? */
export function isOnlyModifier(facts: Facts, name: string): boolean {
  const mentions = facts.names.filter((n) => n.text === name);
  if (!mentions.length) return false;
  return mentions.every((n) => {
    const s = facts.sentences[n.sentence]!;
    const next = s.tokens.find((t) => t.start >= n.end);
    return !!next && next.start === n.end + 1 && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
  });
}

/** The person the story is about: the most mentioned one, mentioned at least twice as often as any other. */
export function storySubject(facts: Facts): string | undefined {
  const counts = new Map<string, number>();
  for (const n of facts.names) if (n.type === 'person') counts.set(lastWord(n.text), (counts.get(lastWord(n.text)) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/** The gender the article gives a person, if any. */
export function genderOf(facts: Facts, name: string): Gender | undefined {
  const { gender } = readRoles(facts);
  return gender.get(canonicalOf(facts, name)) ?? gender.get(canonicalOf(facts, lastWord(name)));
}

/** Countries the sentence names by a demonym ("the Russian invasion" names Russia). */
function impliedCountries(sentence: Sentence): string[] {
  const out: string[] = [];
  for (const w of sentence.text.split(/[^\p{L}-]+/u)) {
    if (!DEMONYMS.has(w.toLowerCase()) || w.length < 5) continue;
    const stem = w.replace(/(?:ian|an|n|ese|ish|i)$/, '');
    for (const candidate of [w.replace(/n$/, ''), stem, `${stem}a`, `${stem}e`, `${stem}ia`]) {
      const country = findCountry(candidate);
      if (country) {
        out.push(country.name);
        break;
      }
    }
  }
  return out;
}

/**
 * Does the sentence name the key by a demonym ("Bamako and the _____ say Russian troops ..." for the Kremlin, which
 * the article's alias table links to Russia)? Then the key is guessable from the sentence alone.
 */
export function isImpliedBySentence(facts: Facts, keyText: string, sentence: Sentence): boolean {
  const key = canonicalOf(facts, keyText);
  return impliedCountries(sentence).some((c) => canonicalOf(facts, c) === key || sameCountry(c, keyText));
}

/** The country (or US state) a place lies in, by the gazetteer. */
function containerOf(place: string): string[] {
  const city = findCity(place);
  const out: string[] = [];
  if (city?.country) out.push(city.country);
  if (city?.state) out.push(city.state);
  return out;
}

const sameCountry = (a: string, b: string) => {
  const ca = findCountry(a)?.name ?? findUsState(a)?.name ?? a;
  const cb = findCountry(b)?.name ?? findUsState(b)?.name ?? b;
  return ca.toLowerCase() === cb.toLowerCase();
};

/**
 * Why this option does not fit the blank's role, or undefined when it fits. `key` is the answer's span, `option` a
 * candidate distractor's text, `evidence` the sentence the question is cut from.
 */
export function explainRoleMismatch(facts: Facts, key: NameSpan, keyText: string, option: string, evidence: Sentence): string | undefined {
  // "the 2015 Algiers accord": a name the article only uses to qualify something else plays no part in the story.
  if (key.type === 'place' && isOnlyModifier(facts, option)) return 'only used as a modifier';
  if (key.type === 'person') {
    const kg = genderOf(facts, keyText);
    const og = genderOf(facts, option);
    if (kg && og && kg !== og) return 'of the other gender';
    // "... until Bob and Doug are home safely": a person the sentence names by given name cannot be the speaker.
    const full = readFullName(facts, option);
    if (full.includes(' ') && full.split(/\s+/).some((w) => w.length > 2 && new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(evidence.text))) {
      return 'named in the sentence';
    }
    if (!isActor(facts, option)) return 'only mentioned in passing';
    // A tribute that speaks of "he" ("He transcended race ...") is not the words of the man the story is about.
    const quoted = (evidence.text.match(/[“"][^”"]*[”"]/g) ?? []).join(' ');
    if (/\b(?:he|his|him|she|her)\b/i.test(quoted) && lastWord(option) === storySubject(facts)) return 'the subject of the story';
    // A bare word the article never gives a full name for ("Sciences" of "Health Sciences") is no person.
    // A bare surname needs a full name in the article or a known family name ("Sciences" of "... Health Sciences" is none).
    if (!option.includes(' ') && readFullName(facts, option) === option && !isFamilyName(option)) return 'not a name';
    if (!option.includes(' ') && readFullName(facts, option) === option && facts.names.some((n) => n.type !== 'person' && n.text.split(/\s+/).includes(option))) {
      return 'a word of another name';
    }
    return undefined;
  }
  if (key.type === 'organisation') {
    // "UN officials ... investigate abuses by _____": the "UN Security Council" belongs to the sentence's own actor.
    const words = option.split(/\s+/);
    if (words.length > 1 && words.some((w) => /^\p{Lu}{2,}$/u.test(w) && new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(evidence.text))) return 'part of a body the sentence names';
    // "Council" of "Security Council": a bare suffix names no body.
    if (!option.includes(' ') && ORG_SUFFIXES.has(option.toLowerCase()) && !/^(?:Parliament|Congress|Senate|Government|Cabinet|Reuters)$/.test(option)) return 'a bare suffix, not a name';
    // A news agency or broadcaster competes only with its own kind ("rights abuses by ... Reuters").
    if (NEWS_MEDIA.test(option) !== NEWS_MEDIA.test(keyText)) return 'a news outlet against another kind of body';
    // A chamber and the parliament it belongs to: "House of Commons Library" vs "Parliament" are both true.
    const chamber = /\b(?:House of Commons|House of Lords|Commons|Lords|Senate|House of Representatives|Bundestag|Duma)\b/;
    const whole = /^(?:the\s+)?(?:Parliament|Congress|Legislature|National Assembly)$/i;
    if ((chamber.test(keyText) && whole.test(option)) || (chamber.test(option) && whole.test(keyText))) return 'contains or belongs to the key';
    return undefined;
  }
  if (key.type === 'place') {
    // "help _____ defend itself against the Russian invasion": Moscow is ruled out by the sentence itself.
    const implied = impliedCountries(evidence);
    const containers = containerOf(option);
    if (implied.some((c) => sameCountry(c, option) || containers.some((x) => sameCountry(x, c)))) return 'the sentence names its country';
    // One lies in the other: a second true answer ("Soweto" vs "Johannesburg", "Alaska" vs "Anchorage").
    if (containerOf(keyText).some((x) => sameCountry(x, option)) || containers.some((x) => sameCountry(x, keyText))) return 'contains or lies in the key';
    if (containsIn(facts, keyText, option) || containsIn(facts, option, keyText)) return 'the article places one in the other';
    // "northern cities, including _____ and Timbuktu": a town of another country is no rival for a Malian town, and
    // a town from a word list is none for a town whose country the gazetteer does not know.
    const keyCity = findCity(keyText);
    const optionCity = findCity(option);
    if ((key.subtype === 'city' || !key.subtype) && !facts.names.some((n) => n.text === option) && !(keyCity?.country && optionCity?.country)) return 'a town from outside the article';
    if (keyCity?.country && optionCity?.country && !sameCountry(keyCity.country, optionCity.country)) return 'a town of another country';
    // "spread to neighboring _____ and Niger": only the key's own neighbours compete (never the story's own country).
    const before = evidence.text.slice(0, Math.max(0, key.start - evidence.start));
    if (/\bneighbou?ring\s+(?:countries\s+(?:of\s+|like\s+|such as\s+)?)?(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*(?:,|\s+and)\s+)?$/u.test(before)) {
      if (!countriesNear(keyText, 12).some((c) => sameCountry(c, option))) return 'not a neighbour of the key';
    }
    // A capital stands for its government ("Bamako and the Kremlin say"): only capitals compete with a capital.
    if (keyCity?.capital && (key.subtype === 'city' || !key.subtype) && !findCity(option)?.capital) return 'not a capital like the key';
    return undefined;
  }
  return undefined;
}

/** Does the article put `inner` in `outer` ("Alhandra ... in southeast Portugal", "Clermont-Ferrand, France")? */
function containsIn(facts: Facts, inner: string, outer: string): boolean {
  const i = inner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const o = outer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`\\b${i}\\b(?:,\\s+|\\s+(?:in|of|near|outside)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2})${o}\\b|\\b${o}[’']s\\s+${i}\\b`);
  return facts.sentences.some((s) => s.text.includes(inner) && s.text.includes(outer) && re.test(s.text));
}
