/**
 * Does a wrong option fit the role the question gives the blank? A name of the right type can still be absurd: a man
 * offered where the article says "she", a footballer the article only mentions in passing ("Not the ... Lionel
 * Messi") offered as a club president, Moscow offered as the city defending itself against "the Russian invasion",
 * Soweto against Johannesburg when one lies in the other. Read from the article alone (and the gazetteer), per article.
 */
import { canonicalOf, type Facts, type NameSpan } from './facts/3-facts';
import { COUNTIES, DEMONYMS, HOME_NATIONS, IRREGULAR_DEMONYMS, ORG_SUFFIXES, SPEECH_VERBS } from './facts/lexicon';
import { dominantName, fullNamesOf, lastWord } from './facts/names';
import { FEMALE_GIVEN, LIKELY_FEMALE_GIVEN, LIKELY_MALE_GIVEN, MALE_GIVEN } from './facts/people';
import { countriesNear, findCity, findCountry, findOrganisation, findUsState, givenNames, isFamilyName } from './model/gazetteer';
import type { Sentence } from './text/2-annotate';
import { escapeRegExp, readInitials } from './text/words';
import { remember } from './memo';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
// ("Conor Lyons of the Irish Institute for Housing Research (IIHR) noted": a body's name may hold "for" and an acronym.)
// ("Kyle Brennan, 28, of Nuneaton, received ...": an age and a home town are one aside.)
// A sentence's opening quotation up to its attribution: '"We are ready," he said.'
const OPENING_QUOTATION = /^[“"][^”"]*[”"],?\s*/;
const THIRD_PERSON = /\b(?:he|she|him|her|his|hers)\b/i;
const FIRST_LOWERCASE_WORD_AFTER_NAME =
  /^(?:\s+and\s+(?:[\p{Lu}][\p{L}’'.-]*\s*){1,3})?(?:,\s*\d{1,3},\s+of\s+[^,“”"]{1,60},|,[^,“”"]{1,80},)?(?:\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*|(?:for|of|and|de|del|la)\s+(?=\p{Lu})){1,8}(?:\(\p{Lu}{2,8}\)\s*)?)?\s*(\p{Ll}+)\b/u;
const NON_LETTERS = /[^\p{L}]+/u;
const STARTS_WITH_LETTER = /^\p{L}/u;
const NEXT_CAPITALISED_WORD = /^\s\p{Lu}\p{Ll}+/u;
const REMIT_GOES_ON = /^\s+and\s+\p{Lu}\p{Ll}+/u;
const STARTS_LOWER = /^\p{Ll}/u;
const NON_NAME_CHARS = /[^\p{L}-]+/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const NEIGHBOURING_CUE = /\bneighbou?ring\s+(?:countries\s+(?:of\s+|like\s+|such as\s+)?)?(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*(?:,|\s+and)\s+)?$/u;

const UN_WHOLE = /^(?:the\s+)?(?:UN|U\.N\.|United Nations)$/;
const UN_AGENCY =
  /^(?:UNICEF|UNHCR|UNDP|UNEP|UNESCO|UNRWA|UNFPA|WFP|WHO|OCHA|FAO|IAEA|ILO|World Food Programme|World Health Organization|United Nations (?:Children's Fund|Children’s Fund|High Commissioner for Refugees|Development Programme|Environment Programme))$/;
const UK_NATION = /^(?:England|Scotland|Wales|Northern Ireland)$/;
const UK_WHOLE = /^(?:the\s+)?(?:UK|U\.K\.|United Kingdom|Britain|Great Britain)$/;
const WORLD_REGION =
  /^(?:Africa|Asia|Europe|Eurasia|Oceania|Antarctica|North America|South America|Latin America|Central America|Middle East|Sahel|Balkans|Caucasus|Scandinavia|Arctic|Pacific|Atlantic|Mediterranean|(?:East|West|North|South|Southeast|Central|Eastern|Western|Northern|Southern|Sub-Saharan)\s+(?:Africa|Asia|Europe))$/;
const COUNTY = /(?:shire|\bCounty|\bProvince|\bRegion|\bOblast|\bPrefecture|\bDistrict|\bRegency|\bGovernorate)$|^(?:County|Canton of)\s/;
// (Round 57: "born in _____" keyed Norfolk against three of its towns.)
const isCounty = (place: string) => COUNTY.test(place) || COUNTIES.has(place);

type Gender = 'male' | 'female';

interface PersonRoles {
  /** canonical -> inferred gender, when the article or the given name says. */
  gender: Map<string, Gender>;
  /** canonical names of people who act in the article: they speak, do, or are described. */
  actors: Set<string>;
  /** canonical -> the role word the article gives ("Halstead manager Gary Ingham": manager). */
  role: Map<string, string>;
  /** canonical -> the side named before the role ("Calder captain Neil Brannigan": Calder). */
  side: Map<string, string>;
}

const cache = new WeakMap<Facts, PersonRoles>();

/**
 * Per-article answers (the Facts object of one generateQuiz call): distractor picking asks the same few hundred names
 * again for every candidate, and each question used to rescan the whole article.
 */
interface RoleMemo {
  truncated: Map<string, boolean>;
  onlyModifier: Map<string, boolean>;
  containsIn: Map<string, boolean>;
  /** The sentences whose text contains a string, in article order. */
  sentencesWith: Map<string, Sentence[]>;
  subject?: { name: string | undefined };
  /** Every word (split at white space) of the article's names of things other than people. */
  otherNameWords?: Set<string>;
  actors: Map<string, boolean>;
  /** Name -> the gender the article or the longer name lists give (readLikelyGender). */
  likelyGender: Map<string, Gender | undefined>;
  unfit: Map<string, boolean>;
  /** The article's names by text, in article order. */
  mentions?: Map<string, NameSpan[]>;
  /** The texts of the article's names (a Set for "is this one of them?"). */
  nameTexts?: Set<string>;
  /** countriesNear(key, 12), per key. */
  near: Map<string, string[]>;
  /** containerOf(place), per place. */
  containers: Map<string, string[]>;
  /** The sentences' texts joined by NULs, and where each starts in it (sentencesWith). */
  joined?: { text: string; starts: number[]; capitals: Map<string, number[]> };
}

const memos = new WeakMap<Facts, RoleMemo>();

function memoOf(facts: Facts): RoleMemo {
  let memo = memos.get(facts);
  if (!memo) {
    memo = { truncated: new Map(), onlyModifier: new Map(), containsIn: new Map(), sentencesWith: new Map(), actors: new Map(), likelyGender: new Map(), unfit: new Map(), near: new Map(), containers: new Map() };
    memos.set(facts, memo);
  }
  return memo;
}

function sentencesWith(facts: Facts, text: string): Sentence[] {
  const memo = memoOf(facts);
  let found = memo.sentencesWith.get(text);
  if (!found) {
    found = text && !text.includes('\u0000') ? searchSentences(facts, memo, text) : facts.sentences.filter((s) => s.text.includes(text));
    memo.sentencesWith.set(text, found);
  }
  return found;
}

/** facts.sentences.filter((s) => s.text.includes(text)) in one search of the joined texts (text non-empty, NUL-free). */
function searchSentences(facts: Facts, memo: RoleMemo, text: string): Sentence[] {
  if (!memo.joined) {
    const starts: number[] = [];
    let at = 0;
    for (const s of facts.sentences) {
      starts.push(at);
      at += s.text.length + 1;
    }
    const joined = facts.sentences.map((s) => s.text).join('\u0000');
    // Where each pair of characters opening with an ASCII capital starts, in order: names mostly open so.
    const capitals = new Map<string, number[]>();
    for (let i = 0; i + 1 < joined.length; i++) {
      const c = joined.charCodeAt(i);
      if (c < 0x41 || c > 0x5a) continue;
      const pair = joined.slice(i, i + 2);
      const list = capitals.get(pair);
      if (list) list.push(i);
      else capitals.set(pair, [i]);
    }
    memo.joined = { text: joined, starts, capitals };
  }
  const { text: joined, starts, capitals } = memo.joined;
  // The last sentence starting at or before a hit holds it (no hit spans a NUL).
  const sentenceAt = (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out: Sentence[] = [];
  const first = text.charCodeAt(0);
  if (text.length >= 2 && first >= 0x41 && first <= 0x5a) {
    // Every hit starts at one of the places its first two characters do.
    let last = -1;
    for (const at of capitals.get(text.slice(0, 2)) ?? []) {
      if (!joined.startsWith(text, at)) continue;
      const index = sentenceAt(at);
      if (index !== last) out.push(facts.sentences[index]!);
      last = index;
    }
    return out;
  }
  for (let at = joined.indexOf(text); at >= 0; ) {
    const index = sentenceAt(at);
    out.push(facts.sentences[index]!);
    if (index + 1 >= starts.length) break;
    at = joined.indexOf(text, starts[index + 1]!);
  }
  return out;
}

/** Whole-word (letter-bounded) tests of a word against a sentence, per sentence object (one article's). */
const wordInSentence = new WeakMap<Sentence, Map<string, boolean>>();
const wordPatterns = new Map<string, RegExp>();

function hasLetterBoundedWord(sentence: Sentence, pattern: string): boolean {
  const answers = remember(wordInSentence, sentence, () => new Map());
  let found = answers.get(pattern);
  if (found === undefined) {
    let re = wordPatterns.get(pattern);
    if (!re) {
      re = new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'u');
      if (wordPatterns.size >= 5000) wordPatterns.clear();
      wordPatterns.set(pattern, re);
    }
    found = re.test(sentence.text);
    answers.set(pattern, found);
  }
  return found;
}

const NEWS_MEDIA =
  /^(?:the\s+)?(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|BBC|CNN|Al Jazeera|Bloomberg|NPR|VOA|Voice of America|Fox News|NBC|CBS|ABC|Sky News|Euronews|TASS|RIA Novosti|Xinhua|Wikinews|.*\b(?:News|Times|Post|Journal|Gazette|Tribune|Herald|Telegraph|Guardian|Television|TV|Radio|Magazine|Daily))$/;
// NEWS_MEDIA backtracks through its ".*\b" branch: each organisation name is tested once (bounded memo).
const newsMedia = new Map<string, boolean>();

function isNewsMedia(name: string): boolean {
  let found = newsMedia.get(name);
  if (found === undefined) {
    found = NEWS_MEDIA.test(name);
    if (newsMedia.size >= 5000) newsMedia.clear();
    newsMedia.set(name, found);
  }
  return found;
}

/**
 * What kind of body a name is, read from its head words, so options compete with their own kind (a journal against
 * journals, a party against parties, a platform against platforms). Undefined when the name says nothing ("Wagner",
 * "MINUSMA"): such bodies compete with each other only.
 */
const ORG_CLASSES: [string, RegExp][] = [
  ['university', /\b(?:University|College|Polytechnic)\b|\bInstitute of Technology\b/],
  ['journal', /\b(?:Journal|Proceedings|Lancet|PLOS)\b/],
  ['party', /\b(?:Party|Democrats|Republicans|Conservatives|Socialists|Greens|Liberals|Labour|Tories)\b/],
  ['company', /\b(?:Inc|Ltd|LLC|Corp|Corporation|Company|Holdings|plc|AG|GmbH|Motors|Airlines|Technologies|Logistics|Bank|Capital|Partners|Energy|Pharmaceuticals|Stanley|Sachs)\b/],
  ['data', /\b(?:System|Survey|Database|Registry|Statistics|Index)\b/],
  ['government', /\b(?:Ministry|Department|Government|Parliament|Congress|Senate|Council|Commission|Cabinet|Office|Agency|Authority|Administration|Bureau|Court|Tribunal|Police|Army|Navy|Forces?|Guard|Service|House of Commons|House of Lords|White House|Kremlin)\b/],
  // A museum holds works and a fund pays for them: "held by the _____" takes museums, "came from the _____" funds.
  ['collection', /\b(?:Museum|Gallery|Library|Archive|Archives|Rijksmuseum)\b/],
  ['fund', /\b(?:Fund|Lottery|Loterij|Endowment)\b/],
  ['association', /\b(?:Association|Society|Foundation|Federation|Union|League|Trust|Cross|Institute|Centre|Center|Unit|Laboratory|Programme|Program)\b/],
  ['platform', /^(?:Internet Relay Chat|IRC|Wikimedia Commons|LiveLeak)$/],
  ['company', /^(?:Microsoft|Apple|Amazon|Google|Meta|Netflix|Spotify|Intel|AMD|Nvidia|Samsung|Boeing|Airbus|Tesla|SpaceX)$/],
];

function classifyBody(facts: Facts, name: string): string | undefined {
  // An acronym is the kind of its expansion ("RIAA": an association); a gazetteer journal is a journal.
  const long =
    facts.acronyms.find((a) => a.short === name)?.long ??
    (/^[A-Z]{2,6}$/.test(name) ? facts.names.find((n) => n.text.includes(' ') && readInitials(n.text) === name)?.text : undefined) ??
    name;
  const listed = findOrganisation(long)?.kind;
  if (listed === 'journal' || listed === 'university' || listed === 'platform') return listed;
  if (isNewsMedia(long)) return 'media';
  return ORG_CLASSES.find(([, pattern]) => pattern.test(long))?.[0];
}

const bodyClasses = new WeakMap<Facts, Map<string, string | undefined>>();
const bodyClassOf = (facts: Facts, name: string) => remember(remember(bodyClasses, facts, () => new Map()), name, () => classifyBody(facts, name));

export const GENDERED = /\b(?:he|she|his|her|hers|him|himself|herself|Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord|man|woman|men[’']s|women[’']s|husband|wife|mother|father|son|daughter|brother|sister|king|queen|boy|girl)\b/i;

const ROMANCE_EXCEPTIONS = new Set('Andrea Luca Nicola Joshua Mustafa Sasha Nikita Ezra Jonah Elijah Akira Kosta Garcia Costa Attila Dmitry Sergey Juba Moussa Oumar Jaffe Rocco'.split(' '));
const ROLE_BEFORE =
  /\b(?:entrepreneur|businessman|businesswoman|astronaut|astronauts|administrator|researcher|scientist|neuroscientist|professor|spokesperson|spokesman|spokeswoman|minister|president|leader|founder|director|chairman|chairwoman|envoy|ambassador|official|coach|manager|player|author|fellow|analyst|economist|lawyer|judge|commissioner|officer|engineer|journalist|proprietor|owner)\s+$/i;

const FEMALE_WORDS = /^(she|her|hers|herself)$/i;
const MALE_WORDS = /^(he|him|his|himself)$/i;
const FEMALE_TITLES = /\b(Mrs|Ms|Miss|Mdm|Puan|Queen|Princess|Lady|Dame|Madam|spokeswoman|chairwoman|congresswoman|businesswoman|actress)\b/;
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
  const role = new Map<string, string>();
  const side = new Map<string, string>();
  const shownAs = new Map<string, string>(); // canonical -> a full name as written
  const named = new Set<string>(); // canonicals whose given name the hand lists know
  const guessedFromEnding = new Set<string>(); // canonicals a given name's ending has voted for
  const fullNames = fullNamesOf(facts.names);
  const canon = (n: NameSpan) => canonicalOf(facts, fullNames.get(n.text) ?? n.text);
  // ("Pulsewell's chief technology officer, Renata Byrne, told reporters": the appositive's closing comma before the verb.)
  const speech = new RegExp(`^\\s*(?:,[^,]{1,80},\\s*|,\\s*)?(?:${[...SPEECH_VERBS].join('|')}|has|had|was|is|will|would|can|could|did|does)\\b`, 'i');
  const bySentence = new Map<number, NameSpan[]>();
  // Each sentence's text outside quotations, blanked once however many people it names.
  const outsides = new Map<number, string>();
  for (const n of facts.names) {
    if (n.type !== 'person') continue;
    const s = facts.sentences[n.sentence]!;
    let outside = outsides.get(n.sentence);
    if (outside === undefined) {
      outside = blankQuotes(s.text);
      outsides.set(n.sentence, outside);
    }
    const rel = n.start - s.start;
    // ("lifting Ana Lucia Ferreyra's side to third": whose side it is, its manager.)
    const roleWord =
      ROLE_IN_TITLE.exec(n.title ?? '')?.[1] ??
      ROLE_WORD.exec(s.text.slice(Math.max(0, rel - 40), rel))?.[1] ??
      (/^\s*(?:[,.;:]|$)/.test(s.text.slice(n.end - s.start)) ? ROLE_APPOSITIVE.exec(s.text.slice(Math.max(0, rel - 60), rel))?.[1] : undefined) ??
      ROLE_AFTER.exec(s.text.slice(n.end - s.start))?.[1] ??
      (MANAGERS_SIDE.test(s.text.slice(n.end - s.start)) ? 'manager' : undefined);
    // ("Fergal Coady, an area operations manager with the National Ambulance Service": an office's manager is no
    // football manager, whom only other managers may stand beside; round 71.)
    const around = `${s.text.slice(Math.max(0, rel - 60), rel)} ${s.text.slice(n.end - s.start, n.end - s.start + 80)}`;
    const officeRole = roleWord && /^(?:manager|coach)$/i.test(roleWord) && OFFICE_QUALIFIED.test(around) ? `office ${roleWord.toLowerCase()}` : undefined;
    if (roleWord && !role.has(canon(n))) role.set(canon(n), officeRole ?? roleWord.toLowerCase());
    const sideWord = SIDE_BEFORE.exec(s.text.slice(Math.max(0, rel - 50), rel))?.[1];
    if (sideWord && !SIDE_STOP.test(sideWord) && !DEMONYMS.has(sideWord.toLowerCase()) && !side.has(canon(n))) side.set(canon(n), sideWord);
    // Inside a quotation, a name is the speaker's mention, not the article's actor.
    if (outside.slice(rel, rel + n.text.length).trim() === '') continue;
    const list = bySentence.get(n.sentence) ?? [];
    list.push(n);
    bySentence.set(n.sentence, list);
    const c = canon(n);
    const shown = fullNames.get(n.text) ?? n.text;
    if (shown.length > (shownAs.get(c)?.length ?? 0)) shownAs.set(c, shown);
    const first = (fullNames.get(n.text) ?? n.text).split(/\s+/)[0]!;
    if (MALE_GIVEN.has(first) || FEMALE_GIVEN.has(first)) named.add(c);
    if (MALE_GIVEN.has(first)) vote(c, 3);
    if (FEMALE_GIVEN.has(first)) vote(c, -3);
    // Romance given names: "Luciano", "Carolina" (a weak vote; the lists above and the article's pronouns win).
    // (Once per person, however often named: "Tevita Fonua" twice and one "he said" is a man; round 97.)
    if (first !== n.text && !ROMANCE_EXCEPTIONS.has(first) && !guessedFromEnding.has(c)) {
      guessedFromEnding.add(c);
      vote(c, /[^aeiu]o$/.test(first) ? 1 : /[^aeiou]a$/.test(first) ? -1 : 0);
    }
    if (n.title && FEMALE_TITLES.test(n.title)) vote(c, -3);
    if (n.title && MALE_TITLES.test(n.title)) vote(c, 3);
    // An actor: has a title, is described, speaks or is the subject of a verb, or is quoted by "said X".
    const after = s.text.slice(n.end - s.start);
    const before = s.text.slice(0, rel);
    // The first lower-case word after the name, past "and <Name>" and a comma aside: "Behnken and Hurley are", "Hurley,
    // for his part, paraphrased".
    const word = FIRST_LOWERCASE_WORD_AFTER_NAME.exec(after);
    const verb = word && s.tokens.find((t) => t.start >= n.end && t.text === word[1]);
    if (
      n.title ||
      /^,\s+(?:an?|the|who|whose|head|leader|president|chief|director|founder|one)\b/.test(after) ||
      speech.test(after) ||
      (verb && (verb.pos === 'VERB' || verb.pos === 'AUX')) ||
      /\b(said|says|told|according to|by)\s*$/.test(before) ||
      // "... said the board's lead investigator, Marguerite Olsen, at a news conference".
      /\b(?:said|says)\s+(?:the|a|an|its|their|his|her)\s+[^,.;“”"]{2,60},\s*$/.test(before) ||
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
    const words = (text: string) => blankQuotes(text).split(NON_LETTERS);
    // Only pronouns after the name: one before it points further back ("..., she resigned following a clash with
    // the club’s proprietor, Luciano Gaucci").
    const firstAt = Math.min(...list.map((n) => n.end - s.start));
    for (const w of words(s.text.slice(firstAt))) vote(c, FEMALE_WORDS.test(w) ? -1 : MALE_WORDS.test(w) ? 1 : 0);
    // "Costa, 36, was born in ... She is also ...": the next sentence's opening pronoun, when it names no one and
    // the name opens this sentence.
    const next = facts.sentences[index + 1];
    if (next && !bySentence.has(next.index) && list[0]!.start - s.start < 25) {
      // ('"I came here from Tonga as a 19-year-old ...," he said.': the quotation it attributes goes first; round 97.)
      const attribution = next.text.replace(OPENING_QUOTATION, '');
      const m = /^(?:[^,“”"]{1,50},\s+)?(she|he|her|his)\b/i.exec(blankQuotes(attribution));
      // (The speaker of a quotation is the one just named, a firmer reading than a name's ending; but not one whose
      // quotation speaks of a "she" or a "he", someone else talking about the person: '"She was very lucky," he said.')
      const quoted = attribution === next.text ? '' : next.text.slice(0, next.text.length - attribution.length);
      const weight = !quoted ? 1 : THIRD_PERSON.test(quoted) ? 0 : 2;
      if (m) vote(c, FEMALE_WORDS.test(m[1]!) ? -weight : weight);
    }
    const titled = list.find((n) => n.title);
    if (titled && FEMALE_TITLES.test(s.text.slice(Math.max(0, titled.start - s.start - 30), titled.start - s.start))) vote(c, -2);
  }
  const gender = new Map<string, Gender>();
  for (const [c, v] of votes) {
    if (v === 0) continue;
    const read: Gender = v > 0 ? 'male' : 'female';
    // Pronouns alone ("Ruiz Casals has worked with her", her being the player) against the longer name lists
    // ("Alberto"): neither is trusted. A given name of the hand lists or a title decides.
    const first = (shownAs.get(c) ?? '').split(/\s+/)[0]!;
    const listed = LIKELY_MALE_GIVEN.has(first) ? 'male' : LIKELY_FEMALE_GIVEN.has(first) ? 'female' : undefined;
    if (!named.has(c) && listed && listed !== read) continue;
    gender.set(c, read);
  }
  roles = { gender, actors, role, side };
  cache.set(facts, roles);
  return roles;
}

/** Is the person's full name, as the article gives it, led by a given name the lists know ("Alan Shepard")? */
export function hasKnownGivenName(facts: Facts, name: string): boolean {
  const full = readFullName(facts, name);
  const first = full.split(/\s+/)[0]!;
  return full.includes(' ') && (KNOWN_GIVEN.has(first) || MALE_GIVEN.has(first) || FEMALE_GIVEN.has(first));
}

const KNOWN_GIVEN: ReadonlySet<string> = new Set(givenNames);

/** The full name the article gives a bare surname ("Behnken" -> "Bob Behnken"). */
export function readFullName(facts: Facts, name: string): string {
  if (name.includes(' ')) return name;
  return fullNamesOf(facts.names).get(name) ?? name;
}

// Roles a sentence can single out ("withdrew X for a defender": only a manager makes a substitution).
const genderedEvents = new WeakMap<Facts, boolean>();
/** Does the article speak of men's or women's events ("the women's épée", "the men's K1")? */
function hasGenderedEvents(facts: Facts): boolean {
  return remember(genderedEvents, facts, () => facts.sentences.some((s) => GENDERED_EVENT.test(s.text)));
}
// ("the Women's Institute" is no event.)
const GENDERED_EVENT = /\b(?:wo)?men[’']s\s+(?!Institute|Aid|Refuge|Hospital|Health|Rights|Network|Centre|Center)\p{L}/iu;

// Per sentence: asked again for every option of every key.
const contests = new WeakMap<Sentence, boolean>();
const isContest = (s: Sentence) => remember(contests, s, () => CONTEST.test(s.text));

/** A sentence about a contest: who beat whom, who won, who finished where. */
// ("a champion at grabbing the headlines" is no result.)
export const CONTEST =
  /\b(?:beat|beaten|beating|defeated|bout|podium|finisher|(?:gold|silver|bronze) medal|(?:won|wins|win|took) (?:the |her |his )?(?:final|bout|race|title|gold|silver|bronze|heat|match|event|stage)|(?:in|of|reached) the (?:final|semi-final|quarter-final)|scored|finished (?:first|second|third|fourth|fifth|\d))\b/i;
const ROLES = 'manager|boss|coach|referee|umpire|captain|striker|midfielder|defender|goalkeeper|keeper|forward|winger|chairman|chairwoman|chair|director|minister|secretary|councillor|mayor|president|judge|magistrate|prosecutor|coroner|sheriff|inspector|detective|officer|spokesperson|spokesman|spokeswoman|researcher|scientist|professor|astronomer|engineer|economist|analyst|lawyer|doctor|surgeon|nurse|teacher|librarian|organiser|campaigner|founder|correspondent';
// The side before a player's or official's role: "Calder captain", "Rovers centre-back", "Halstead manager".
const SIDE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}’'.-]+)\\s+(?:${'manager|boss|coach|head coach|captain|striker|midfielder|defender|goalkeeper|keeper|forward|winger|centre-back|centre-half|full-back|left-back|right-back|wing-back|substitute|fly-half|scrum-half|centre|wing|prop|hooker|lock|flanker|number eight'})\\s+$`, 'u');
// Capitalised words before a role that name no side: a sentence opener or a title.
const SIDE_STOP = /^(?:The|A|An|His|Her|Their|Its|Former|Veteran|Young|Assistant|Interim|Caretaker|New|Club|Team|Rival|Opposing)$/;
// The role word right before the name, maybe after a club or body ("Halstead manager", "Labour councillor").
const ROLE_WORD = new RegExp(`\\b(${ROLES})\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+)?$`, 'iu');
// Or a role before it as an appositive, whose it is said: "her coach, Pavel Dorin,", "British Fencing's performance
// director, Claire Ashworth," (the name closes the appositive: "After splitting from her coach, Elena Ruiz won" does not).
const ROLE_APPOSITIVE = new RegExp(`\\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]he|\\p{Lu}[\\p{L}.&-]*[’']s?)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(${ROLES}),\\s+$`, 'u');
const ROLE_IN_TITLE = new RegExp(`\\b(${ROLES})\\b`, 'i');
// Or an appositive after it: "Rebecca Whitlow, the referee," / ", a retired school librarian".
const ROLE_AFTER = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${ROLES})\\b`, 'iu');

const OFFICE_QUALIFIED =
  /\b(?:operations|general|project|branch|store|site|sales|marketing|product|account|office|programme|program|area|regional|country|plant|estate|facilities|finance|communications|policy|commercial|business|shop|restaurant|hotel|farm|property|fund|portfolio|investment|risk|quality|supply|logistics|production|technical|training|life|driving|executive|voice|vocal|career)\s+(?:manager|coach)\b/i;
const MANAGERS_SIDE = /^['’]s?\s+(?:side|squad)\b/;

const REGNAL = /\s(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/** The side the article puts a person on ("Calder captain Neil Brannigan": "Calder"), if any. */
export function sideOf(facts: Facts, name: string): string | undefined {
  const { side } = readRoles(facts);
  return side.get(canonicalOf(facts, readFullName(facts, name))) ?? side.get(canonicalOf(facts, name));
}

/** The one side of the article that the sentence names outside the blank's words, if exactly one. */
export function sideNamedIn(facts: Facts, text: string): string | undefined {
  const memo = remember(sidesNamed, facts, () => new Map<string, string | undefined>());
  return remember(memo, text, () => {
    const named = sidePatterns(facts).filter(([, re]) => re.test(text));
    return named.length === 1 ? named[0]![0] : undefined;
  });
}
const sidesNamed = new WeakMap<Facts, Map<string, string | undefined>>();

/** Each side of the article with its word pattern, built once per article. */
const sidePatternCache = new WeakMap<Facts, [string, RegExp][]>();
function sidePatterns(facts: Facts): [string, RegExp][] {
  return remember(sidePatternCache, facts, () =>
    [...new Set(readRoles(facts).side.values())].map((x) => [x, new RegExp(`\\b${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)]),
  );
}

/** The role word the article gives a person ("manager", "referee"), if any. */
export function roleOf(facts: Facts, name: string): string | undefined {
  const { role } = readRoles(facts);
  return role.get(canonicalOf(facts, readFullName(facts, name))) ?? role.get(canonicalOf(facts, name));
}

/** Does the person act in the article (speak, do, get described), rather than only be mentioned in passing? */
export function isActor(facts: Facts, name: string): boolean {
  const memo = memoOf(facts).actors;
  return remember(memo, name, () => readActor(facts, name));
}

function readActor(facts: Facts, name: string): boolean {
  const { actors } = readRoles(facts);
  return actors.has(canonicalOf(facts, name)) || actors.has(canonicalOf(facts, lastWord(name))) || actors.has(canonicalOf(facts, readFullName(facts, name)));
}

/** A name the article continues with another capitalised word ("Department of Community" of "... Community Health Sciences"). */
export function isTruncatedName(facts: Facts, name: string): boolean {
  const memo = memoOf(facts).truncated;
  return remember(memo, name, () => scanTruncated(facts, name));
}

function scanTruncated(facts: Facts, name: string): boolean {
  let seen = 0;
  for (const s of sentencesWith(facts, name)) {
    for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) {
      const after = s.text.slice(at + name.length);
      if (STARTS_WITH_LETTER.test(after)) continue;
      seen++;
      // Standing alone once is enough: "UN" of "UN Security Council" is also the UN.
      // (A body's remit may go on with "and": "National Authority for Emergency and Civil Protection"; round 61.)
      const remitGoesOn = / (?:for|of) /.test(name) && REMIT_GOES_ON.test(after);
      if (!remitGoesOn && (!NEXT_CAPITALISED_WORD.test(after) || /^\s(?:The|A|An|In|On|At|And|But|Or|Of)\b/.test(after))) return false;
    }
  }
  return seen > 0;
}

/** Is every mention of the name followed by a lower-case noun ("the 2015 Algiers accord")? */
export function isOnlyModifier(facts: Facts, name: string): boolean {
  const memo = memoOf(facts).onlyModifier;
  return remember(memo, name, () => scanOnlyModifier(facts, name));
}

function scanOnlyModifier(facts: Facts, name: string): boolean {
  const memo = memoOf(facts);
  if (!memo.mentions) {
    memo.mentions = new Map();
    for (const n of facts.names) {
      const list = memo.mentions.get(n.text);
      if (list) list.push(n);
      else memo.mentions.set(n.text, [n]);
    }
  }
  const mentions = memo.mentions.get(name) ?? [];
  if (!mentions.length) return false;
  return mentions.every((n) => {
    const s = facts.sentences[n.sentence]!;
    const next = s.tokens.find((t) => t.start >= n.end);
    if (!!next && next.start === n.end + 1 && next.pos === 'NOUN' && STARTS_LOWER.test(next.text)) return true;
    // "St Aldhelm's Hospital": the owner of a named body is part of its name, no place of its own.
    return OWNER_OF_NAMED_BODY.test(s.text.slice(n.end - s.start));
  });
}
const OWNER_OF_NAMED_BODY = /^[’']s\s+(?:Hospital|College|School|Church|Cathedral|Abbey|Priory|Academy|Park|Hall|House|Infirmary|University|Day|Eve)\b/;

/** The person the story is about: the most mentioned one, mentioned at least twice as often as any other. */
export function storySubject(facts: Facts): string | undefined {
  const memo = memoOf(facts);
  memo.subject ??= { name: findStorySubject(facts) };
  return memo.subject.name;
}

function findStorySubject(facts: Facts): string | undefined {
  return dominantName(
    facts.names.filter((n) => n.type === 'person'),
    (n) => lastWord(n.text),
  )?.key;
}

/**
 * The gender the gazetteer's longer name lists suggest for a person the article gives none: only enough to admit a
 * rival beside a gendered sentence, never to decide a key's gender (the lists have errors: "Claude" only as a woman's).
 */
function likelyGenderOf(facts: Facts, name: string): Gender | undefined {
  const first = readFullName(facts, name).split(/\s+/)[0]!;
  return LIKELY_MALE_GIVEN.has(first) ? 'male' : LIKELY_FEMALE_GIVEN.has(first) ? 'female' : undefined;
}

/** The gender the article gives, or failing that the one the longer name lists suggest (never to type a key's rivals). */
export function readLikelyGender(facts: Facts, name: string): Gender | undefined {
  return remember(memoOf(facts).likelyGender, name, () => genderOf(facts, name) ?? likelyGenderOf(facts, name));
}

/**
 * "Defence barrister _____ said her client had been drinking": the first he/she/his/her after the blank, with no other
 * person named between them, says the key's gender where the article's votes do not.
 */
function pronounGenderAfter(facts: Facts, key: NameSpan, evidence: Sentence): Gender | undefined {
  const memo = remember(pronounGenders, evidence, () => new Map<number, Gender | undefined>());
  if (memo.has(key.start)) return memo.get(key.start);
  const found = readPronounGenderAfter(facts, key, evidence);
  memo.set(key.start, found);
  return found;
}
const pronounGenders = new WeakMap<Sentence, Map<number, Gender | undefined>>();

function readPronounGenderAfter(facts: Facts, key: NameSpan, evidence: Sentence): Gender | undefined {
  const after = evidence.text.slice(key.end - evidence.start);
  const m = /\b(he|his|him|she|her)\b/i.exec(after.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length)));
  if (!m) return undefined;
  const between = evidence.start + (key.end - evidence.start) + m.index;
  // Another person named before it ("Vasić's coach, _____, said ... allow her") may be the one it means.
  if (facts.names.some((n) => n.sentence === evidence.index && n.type === 'person' && n.start !== key.start && n.start < between && n.text !== key.text)) return undefined;
  return /^(?:she|her)$/i.test(m[1]!) ? 'female' : 'male';
}

/** The gender the article gives a person, if any. */
export function genderOf(facts: Facts, name: string): Gender | undefined {
  const { gender } = readRoles(facts);
  return gender.get(canonicalOf(facts, name)) ?? gender.get(canonicalOf(facts, lastWord(name)));
}

/** The country a demonym names ("Danish" Denmark, "Malaysian" Malaysia), if the gazetteer knows it. */
function countryOfDemonym(w: string): string | undefined {
  // (Capitalised only: "polish" and "danish" are no countries.)
  const irregular = /^\p{Lu}/u.test(w) ? IRREGULAR_DEMONYMS[w.toLowerCase()] : undefined;
  if (irregular) return findCountry(irregular)?.name ?? irregular;
  if (!DEMONYMS.has(w.toLowerCase()) || w.length < 5) return undefined;
  const stem = w.replace(/(?:ian|an|n|ese|ish|i)$/, '');
  for (const candidate of [w.replace(/n$/, ''), stem, `${stem}a`, `${stem}e`, `${stem}ia`]) {
    const country = findCountry(candidate);
    if (country) return country.name;
  }
  return undefined;
}

// "Malaysia's Tan Wei Jie", "the Danish veteran Mads Kjærgaard", "India's world No 9 Arjun Nair": the country said
// just before a name, up to three lower-case words (or a ranking) between.
const COUNTRY_BEFORE = /(?<![\p{L}])(?!(?:The|A|An)\s)(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}]*)?)(?:[’']s)?\s+(?:(?:[\p{Ll}-]+|No\.?\s?\d+)\s+){0,3}$/u;

const stemCountries = new WeakMap<Sentence, Map<number, string | undefined>>();
const COUNTRY_POSSESSIVE_BEFORE = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}]*)?)[’']s\s+$/u;

/**
 * "Malaysia's _____ and Tan Hui Min retained their title": a country's possessive before a blanked person would rule
 * out every rival of another country; the stem reads true without it ("Earlier in the day, _____ and Tan Hui Min ...").
 */
export function dropCountryBeforeBlank(stem: string): string {
  const at = stem.indexOf('_____');
  const m = COUNTRY_POSSESSIVE_BEFORE.exec(stem.slice(0, at));
  if (!m || !(HOME_NATIONS.has(m[1]!) || findCountry(m[1]!))) return stem;
  return stem.slice(0, m.index) + stem.slice(at);
}

/** The country the text just before a name gives it, if any. */
export function countryCueBefore(before: string): string | undefined {
  const m = COUNTRY_BEFORE.exec(before);
  if (!m) return undefined;
  const word = m[1]!;
  const possessive = /[’']s\s/.test(m[0]);
  if (possessive) return HOME_NATIONS.has(word) ? word : findCountry(word)?.name;
  return countryOfDemonym(word);
}

/** The country the article ties each person to, by a possessive or a demonym before their name. */
const personCountries = new WeakMap<Facts, Map<string, string>>();

function countryOfPerson(facts: Facts, name: string): string | undefined {
  const map = remember(personCountries, facts, () => {
    const found = new Map<string, string>();
    for (const n of facts.names) {
      if (n.type !== 'person') continue;
      const s = facts.sentences[n.sentence]!;
      const country = countryCueBefore(s.text.slice(0, n.start - s.start));
      if (country && !found.has(canonicalOf(facts, n.text))) found.set(canonicalOf(facts, n.text), country);
    }
    return found;
  });
  return map.get(canonicalOf(facts, name)) ?? map.get(canonicalOf(facts, readFullName(facts, name)));
}

/** Countries the sentence names by a demonym ("the Russian invasion" names Russia). */
const impliedCache = new WeakMap<Sentence, string[]>();

function impliedCountries(sentence: Sentence): string[] {
  let found = impliedCache.get(sentence);
  if (!found) {
    found = findImpliedCountries(sentence);
    impliedCache.set(sentence, found);
  }
  return found;
}

function findImpliedCountries(sentence: Sentence): string[] {
  const out: string[] = [];
  for (const w of sentence.text.split(NON_NAME_CHARS)) {
    // (And a capital: "did not send a delegation to Nairobi" rules out Kenya, its host; round 56.)
    const capital = /^\p{Lu}/u.test(w) ? findCity(w) : undefined;
    const country = countryOfDemonym(w) ?? (capital?.capital ? capital.country : undefined);
    if (country) out.push(country);
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

/** Does the sentence hold a word (of three letters or more) of the full name, letter-bounded? Per sentence and name. */
const namedIn = new WeakMap<Sentence, Map<string, boolean>>();

function namesAWordOf(sentence: Sentence, full: string): boolean {
  const answers = remember(namedIn, sentence, () => new Map());
  return remember(answers, full, () => full.split(/\s+/).some((w) => w.length > 2 && hasLiteralWord(sentence.text, w)));
}

const LETTER = /^\p{L}$/u;

/** Is the code point starting at `i` a letter (false outside the string)? As a `u` RegExp's (?!\p{L}) reads it. */
function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Is the code point ending right before `i` a letter? As a `u` RegExp's (?<!\p{L}) reads it. */
function isLetterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  // A low surrogate after a high one ends a pair: the pair is the code point.
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(String.fromCodePoint(text.codePointAt(i - 2)!));
  }
  return LETTER.test(String.fromCharCode(c));
}

/**
 * new RegExp(`(?<![\\p{L}])${escaped word}(?![\\p{L}])`, 'u').test(text), without building a RegExp per word. A word
 * holding a surrogate (where a `u` RegExp and indexOf may disagree on where a match can start) still takes the RegExp.
 */
function hasLiteralWord(text: string, word: string): boolean {
  if (/[\ud800-\udfff]/.test(word)) return new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetterBefore(text, at) && !isLetterAt(text, at + word.length)) return true;
  }
  return false;
}

/** Does the sentence quote a third-person pronoun ("He transcended race ...")? */
const quotedPronoun = new WeakMap<Sentence, boolean>();

function quotesAPronoun(sentence: Sentence): boolean {
  let found = quotedPronoun.get(sentence);
  if (found === undefined) {
    const quoted = (sentence.text.match(/[“"][^”"]*[”"]/g) ?? []).join(' ');
    found = /\b(?:he|his|him|she|her)\b/i.test(quoted);
    quotedPronoun.set(sentence, found);
  }
  return found;
}

function otherNameWords(facts: Facts): Set<string> {
  const memo = memoOf(facts);
  if (!memo.otherNameWords) {
    memo.otherNameWords = new Set();
    for (const n of facts.names) if (n.type !== 'person') for (const w of n.text.split(/\s+/)) memo.otherNameWords.add(w);
  }
  return memo.otherNameWords;
}

/** The age the article gives a person ("Jesse Morin, 34,", "Beaulieu, 87,", "died ... aged 87"), if any. */
function ageOf(facts: Facts, name: string): string | undefined {
  const surname = lastWord(readFullName(facts, name));
  return remember(remember(ages, facts, () => new Map<string, string | undefined>()), surname, () => {
    const pattern = new RegExp(`\\b${escapeRegExp(surname)},\\s+(?:aged\\s+)?(\\d{1,3})\\b(?![.,]\\d)|\\b${escapeRegExp(surname)}\\b[^.]{0,60}\\b(?:died|dies)\\b[^.]{0,40}\\baged?\\s+(?:of\\s+)?(\\d{1,3})\\b`);
    for (const s of facts.sentences) {
      const m = pattern.exec(s.text);
      if (m) return m[1] ?? m[2];
      // ("Beaulieu ... died on Sunday at a care home in Selkirk. He was 87.")
      const next = facts.sentences[s.index + 1]?.text;
      const told = next && /\b(?:died|dies)\b/.test(s.text) && new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(s.text) ? /^(?:He|She) was (\d{1,3})\.$/.exec(next) : null;
      if (told) return told[1];
    }
    const title = facts.title && new RegExp(`\\b${escapeRegExp(surname)}\\b.*\\b(?:dies|died)\\s+(?:at|aged)\\s+(\\d{1,3})\\b`).exec(facts.title);
    return title ? title[1] : undefined;
  });
}
const ages = new WeakMap<Facts, Map<string, string | undefined>>();

/** The country (or US state) a place lies in, by the gazetteer. */
function containerOf(place: string): string[] {
  const city = findCity(place);
  const out: string[] = [];
  if (city?.country) out.push(city.country);
  if (city?.state) out.push(city.state);
  return out;
}

/** containerOf, asked once per place and article. */
function containerIn(facts: Facts, place: string): string[] {
  const memo = memoOf(facts).containers;
  let found = memo.get(place);
  if (!found) {
    found = containerOf(place);
    memo.set(place, found);
  }
  return found;
}

/** countriesNear(key, 12) (a sort of every country), once per key and article. */
function neighboursOf(facts: Facts, key: string): string[] {
  const memo = memoOf(facts).near;
  let found = memo.get(key);
  if (!found) {
    found = countriesNear(key, 12);
    memo.set(key, found);
  }
  return found;
}

/** A name the article uses, as a place or as a name of no known kind ("New Caledonia"), never as a person or a body. */
function mayBePlace(facts: Facts, name: string): boolean {
  return remember(remember(placeLikeNames, facts, () => new Map<string, boolean>()), name, () => {
    const uses = facts.names.filter((n) => n.text === name);
    return uses.length > 0 && uses.every((n) => n.type === 'place' || n.type === 'other');
  });
}
const placeLikeNames = new WeakMap<Facts, Map<string, boolean>>();

function nameTextsOf(facts: Facts): Set<string> {
  const memo = memoOf(facts);
  memo.nameTexts ??= new Set(facts.names.map((n) => n.text));
  return memo.nameTexts;
}

// The country (or US state) a name stands for, lower-cased: asked for the same few places option after option.
const countryNames = new Map<string, string>();

function countryNameOf(a: string): string {
  let found = countryNames.get(a);
  if (found === undefined) {
    found = (findCountry(a)?.name ?? findUsState(a)?.name ?? a).toLowerCase();
    if (countryNames.size >= 5000) countryNames.clear();
    countryNames.set(a, found);
  }
  return found;
}

const sameCountry = (a: string, b: string) => countryNameOf(a) === countryNameOf(b);

// A named building or site, no settlement: "Yugami Shrine", "Kawabe Station", "Rialto Bridge".
const LANDMARK = /\s(?:Shrine|Temple|Church|Cathedral|Abbey|Mosque|Synagogue|Castle|Palace|Tower|Station|Bridge|Museum|Gallery|Stadium|Arena|Airport|Square|Gardens)$/;
const NATURAL_FEATURE = /^(?:Mount|Mt\.?|Lake|Loch|Lough|Glacier)\s|\s(?:Glacier|Volcano|Falls)$/;
const VILLAGE_BEFORE = /\b(?:village|hamlet)s?\s+of\s+$/i;

// "Duke University", "Aarhus University": a name that takes no "the" (unlike "the University of York").
const NAMED_AFTER_PLACE = /^(?!(?:University|College|State)\b)\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\s(?:University|College)$/u;
// After a town's country or region: more names of a list ("between _____, Rotterdam and the Baltic").
const LIST_GOES_ON = /^(?:,\s+(?:the\s+)?\p{Lu}|\s+(?:and|or)\s)/u;

/**
 * Why this option does not fit the blank's role, or undefined when it fits. `key` is the answer's span, `option` a
 * candidate distractor's text, `evidence` the sentence the question is cut from.
 */

export function explainRoleMismatch(
  facts: Facts,
  key: NameSpan,
  keyText: string,
  option: string,
  evidence: Sentence,
  allow: { passing?: boolean } = {},
): string | undefined {
  // "the 2015 Algiers accord": a name the article only uses to qualify something else plays no part in the story.
  if (key.type === 'place' && isOnlyModifier(facts, option)) return 'only used as a modifier';
  if (key.type === 'person') {
    const kg = genderOf(facts, keyText) ?? pronounGenderAfter(facts, key, evidence);
    const og = genderOf(facts, option);
    // Mixed genders are fair rivals unless the sentence says which ("she said", "Mr", "his"); then a rival of
    // unknown gender may be of the other one too ("Shanice" is in no list), and is left out (below).
    const gendered = kg && og !== kg && GENDERED.test(evidence.text);
    if (gendered && og) return 'of the other gender';
    // "won the bout 15-14 with a single hit": a contest's rivals compete in the key's own event, of its gender (the
    // longer name lists may say a rival's: "Owen Pryce").
    // (Here the longer lists may speak for the key too, though readLikelyGender is never to decide a key's gender: a
    // wrong guess costs the key's rivals, not a wrong stem.)
    // (Only where the article holds men's and women's events: an open chess tournament is mixed.)
    if (hasGenderedEvents(facts) && isContest(evidence)) {
      const keyGender = kg ?? likelyGenderOf(facts, keyText);
      const rivalGender = og ?? likelyGenderOf(facts, option);
      if (keyGender && rivalGender && rivalGender !== keyGender) return 'of the other gender';
    }
    // "the women's 1,500 metres, where Ethiopia's _____ ran ...": the event says which, whatever the key's name says.
    const women = /\bwomen[’']s\b/i.test(evidence.text);
    const men = /(?<!wo)\bmen[’']s\b/i.test(evidence.text);
    // ("_____ won the men's K1 in 89.92, and Cole took the women's C1": both, and the blank's is the one just after it.)
    const nearest = /^\s*(?:\S+\s+){0,3}?(?:the\s+)?(wo)?men[’']s\b/i.exec(evidence.text.slice(key.end - evidence.start));
    const eventGender = women !== men ? (women ? 'female' : 'male') : nearest ? (nearest[1] ? 'female' : 'male') : undefined;
    const optionGender = og ?? likelyGenderOf(facts, option);
    if (eventGender && optionGender && optionGender !== eventGender) return 'of the other gender';
    // "... until Bob and Doug are home safely": a person the sentence names by given name cannot be the speaker.
    const full = readFullName(facts, option);
    if (full.includes(' ') && namesAWordOf(evidence, full)) {
      return 'named in the sentence';
    }
    if (!allow.passing && !isActor(facts, option)) return 'only mentioned in passing';
    // "_____, 34, who now teaches at the camp": no one the article gives another age (the 87-year-old subject of an
    // obituary; round 80).
    const stemAge = /^,\s+(?:aged\s+)?(\d{1,3})\b/.exec(evidence.text.slice(key.end - evidence.start))?.[1];
    const optionAge = stemAge && ageOf(facts, option);
    if (optionAge !== undefined && optionAge !== '' && Math.abs(Number(optionAge) - Number(stemAge)) > 1) return 'of another age than the stem says';
    // "India's world No 9 _____" against a man the article calls France's: the stem says which country. (A country's
    // possessive right before the blank is dropped from the stem: dropCountryBeforeBlank.)
    // (The key's alone: read once per key, not per option.)
    const stemCountry = remember(remember(stemCountries, evidence, () => new Map<number, string | undefined>()), key.start, () => {
      const before = evidence.text.slice(0, key.start - evidence.start);
      return COUNTRY_POSSESSIVE_BEFORE.test(before) ? undefined : countryCueBefore(before);
    });
    const optionCountry = stemCountry && countryOfPerson(facts, option);
    if (optionCountry && optionCountry !== stemCountry) return 'of another country than the stem says';
    // "Elizabeth II" as a Labour MP: a monarch competes with monarchs only.
    if (REGNAL.test(option) !== REGNAL.test(keyText)) return 'a monarch against commoners';
    if (gendered && likelyGenderOf(facts, option) !== kg) return 'of unknown gender beside a gendered sentence';
    // A tribute that speaks of "he" ("He transcended race ...") is not the words of the man the story is about.
    if (quotesAPronoun(evidence) && lastWord(option) === storySubject(facts)) return 'the subject of the story';
    // A bare word the article never gives a full name for ("Sciences" of "Health Sciences") is no person.
    // A bare surname needs a full name in the article or a known family name ("Sciences" of "... Health Sciences" is none).
    if (!option.includes(' ') && readFullName(facts, option) === option && !isFamilyName(option)) return 'not a name';
    if (!option.includes(' ') && readFullName(facts, option) === option && otherNameWords(facts).has(option)) {
      return 'a word of another name';
    }
    return undefined;
  }
  if (key.type === 'organisation') {
    // "UN officials ... investigate abuses by _____": the "UN Security Council" belongs to the sentence's own actor.
    const words = option.split(/\s+/);
    if (words.length > 1 && words.some((w) => ALL_CAPITALS.test(w) && hasLetterBoundedWord(evidence, w))) return 'part of a body the sentence names';
    // "an archaeobotanist at the _____" keyed University of York: "the Duke University" reads wrong.
    // ("the Johns Hopkins" too: a bare name beside a key that ends on a body's noun.)
    if (/\bthe\s+$/i.test(evidence.text.slice(0, key.start - evidence.start)) && !NAMED_AFTER_PLACE.test(keyText)) {
      const hasBodyNoun = (name: string) => name.split(/\s+/).some((w) => ORG_SUFFIXES.has(w.toLowerCase()));
      const bare = !hasBodyNoun(option) && hasBodyNoun(keyText) && !/^[A-Z]{2,}$/.test(option);
      if (NAMED_AFTER_PLACE.test(option) || bare) return 'takes no "the"';
    }
    // "Council" of "Security Council": a bare suffix names no body.
    if (!option.includes(' ') && ORG_SUFFIXES.has(option.toLowerCase()) && !/^(?:Parliament|Congress|Senate|Government|Cabinet|Reuters)$/.test(option)) return 'a bare suffix, not a name';
    // A body competes only with its own kind: a news outlet with outlets ("rights abuses by ... Reuters"), a journal
    // with journals, a platform with platforms ("disappointment on Twitter", never "on RIAA").
    if (bodyClassOf(facts, option) !== bodyClassOf(facts, keyText)) return 'another kind of body';
    // A chamber and the parliament it belongs to: "House of Commons Library" vs "Parliament" are both true.
    const chamber = /\b(?:House of Commons|House of Lords|Commons|Lords|Senate|House of Representatives|Bundestag|Duma)\b/;
    const whole = /^(?:the\s+)?(?:Parliament|Congress|Legislature|National Assembly)$/i;
    if ((chamber.test(keyText) && whole.test(option)) || (chamber.test(option) && whole.test(keyText))) return 'contains or belongs to the key';
    // "Schools and children ... from _____" keyed UNICEF: "the United Nations" holds its agencies.
    if ((UN_AGENCY.test(keyText) && UN_WHOLE.test(option)) || (UN_WHOLE.test(keyText) && UN_AGENCY.test(option))) return 'contains or belongs to the key';
    // "Military engineers from the _____" keyed Defense Ministry: "the Government" and "the Cabinet" hold every ministry.
    const executive = /^(?:the\s+)?(?:Government|Cabinet|Administration|State)$/i;
    const department = /\b(?:Ministry|Department|Agency|Office|Service|Bureau|Directorate)\b/;
    if ((department.test(keyText) && executive.test(option)) || (department.test(option) && executive.test(keyText))) return 'contains or belongs to the key';
    // "approved by _____" keyed Cabinet: "the Government" decides through it, a second true answer.
    if (executive.test(keyText) && executive.test(option)) return 'another name for the executive the key is';
    // "working with the _____": "The Government" would read "the The Government".
    if (/\bthe\s+$/i.test(evidence.text.slice(0, key.start - evidence.start)) && /^The\s/.test(option)) return 'takes no second "the"';
    return undefined;
  }
  if (key.type === 'place') {
    // "born in _____" keyed Scotland: Britain holds it, and is a second true answer.
    if ((UK_NATION.test(keyText) && UK_WHOLE.test(option)) || (UK_WHOLE.test(keyText) && UK_NATION.test(option))) return 'contains or lies in the key';
    // "Shaking was felt strongly in _____" keyed Kutaisi: a continent or a world region is no rival for a town.
    if (WORLD_REGION.test(option) !== WORLD_REGION.test(keyText)) return 'a world region against a town or country';
    // "held ... at _____, dedicated to the deity of the spring" keyed Yugami Shrine: a site competes with sites, a town
    // with towns (round 78).
    if (LANDMARK.test(option) !== LANDMARK.test(keyText)) return 'a building or site against a town';
    // ("Temperatures hit 23.9C in _____" keyed Christchurch against Mt Hutt and Lake Coleridge: a mountain or a lake
    // competes with its like; round 84.)
    // (Not a town so named, "Sioux Falls", "Mount Isa": the gazetteer's cities are towns.)
    const feature = (x: string) => NATURAL_FEATURE.test(x) && !findCity(x);
    if (feature(option) !== feature(keyText)) return 'a mountain or lake against a town';
    const { village, countryAfter, namedCountry, listed, neighbouring } = readPlaceSlot(key, evidence);
    // "The village of _____" keyed Kamikawabe: no major city or country is a village (round 78).
    if (village && (findCity(option) || findCountry(option))) return 'a city or country against a village';
    if (namedCountry && !findCountry(option)) {
      const optionCountry = findCity(option)?.country ?? containerIn(facts, option).find((c) => findCountry(c));
      if (!optionCountry || !sameCountry(optionCountry, namedCountry)) return 'not a town of the country the sentence names';
    }
    // "off the coast of Normandy, where French fishermen protested against a wind farm near _____" against Dublin: a
    // town of a country the sentence does not name, where it names the key's.
    const named = impliedCountries(evidence);
    if (named.length && !findCountry(option) && !findCountry(keyText)) {
      const townCountry = (town: string) => findCity(town)?.country ?? containerIn(facts, town).find((c) => findCountry(c));
      const optionCountry = townCountry(option);
      const keyCountry = townCountry(keyText);
      const inNamed = (c: string | undefined) => !!c && named.some((n) => sameCountry(n, c));
      if (optionCountry && !inNamed(optionCountry) && (!keyCountry || inNamed(keyCountry))) return 'not a town of the country the sentence names';
    }
    // "based in _____, New Caledonia": a territory or region the gazetteer lacks takes only towns the article places in
    // it.
    // (Not an item of a list: "between _____, Rotterdam and the Baltic".)
    if (countryAfter && !listed && !findCountry(countryAfter) && !findCity(countryAfter) && countryAfter !== option && mayBePlace(facts, countryAfter) && !containerIn(facts, option).includes(countryAfter) && !containsIn(facts, option, countryAfter)) {
      return 'not a town of the region the sentence names';
    }
    // "help _____ defend itself against the Russian invasion": Moscow is ruled out by the sentence itself.
    const implied = impliedCountries(evidence);
    const containers = containerIn(facts, option);
    if (implied.some((c) => sameCountry(c, option) || containers.some((x) => sameCountry(x, c)))) return 'the sentence names its country';
    // One lies in the other: a second true answer ("Soweto" vs "Johannesburg", "Alaska" vs "Anchorage").
    if (containerIn(facts, keyText).some((x) => sameCountry(x, option)) || containers.some((x) => sameCountry(x, keyText))) return 'contains or lies in the key';
    if (containsIn(facts, keyText, option) || containsIn(facts, option, keyText)) return 'the article places one in the other';
    // "a day-surgery unit in _____" keyed Ledbury: a county (Herefordshire) is another grain of place, and may hold it.
    if (isCounty(keyText) !== isCounty(option) && !findCountry(keyText) && !findCountry(option)) return 'a county against a town';
    // "northern cities, including _____ and Timbuktu": a town of another country is no rival for a Malian town, and
    // a town from a word list is none for a town whose country the gazetteer does not know.
    const keyCity = findCity(keyText);
    const optionCity = findCity(option);
    if ((key.subtype === 'city' || !key.subtype) && !nameTextsOf(facts).has(option) && !(keyCity?.country && optionCity?.country)) return 'a town from outside the article';
    if (keyCity?.country && optionCity?.country && !sameCountry(keyCity.country, optionCity.country)) return 'a town of another country';
    // "a prison warder from _____" keyed Kapsabet (a town the gazetteer lacks) in a Kenyan story: Tallahassee, the US
    // venue the story also names, is no rival; an unknown town is taken to lie in the story's country (round 78).
    const home = storyCountry(facts);
    if (!keyCity && !findCountry(keyText) && key.subtype !== 'region' && home && optionCity?.country && !sameCountry(optionCity.country, home)) return 'a town of another country than the story\'s';
    // "spread to neighboring _____ and Niger": only the key's own neighbours compete (never the story's own country).
    if (neighbouring) {
      if (!neighboursOf(facts, keyText).some((c) => sameCountry(c, option))) return 'not a neighbour of the key';
    }
    // A capital stands for its government ("Bamako and the Kremlin say"): only capitals compete with a capital.
    if (keyCity?.capital && (key.subtype === 'city' || !key.subtype) && !findCity(option)?.capital) return 'not a capital like the key';
    // "Ports in _____, including Lerwick" keyed Shetland against London and Copenhagen: a place the lists do not know
    // (an island group, a district) is no rival for a nation's capital.
    if (!key.subtype && !keyCity && !findCountry(keyText) && optionCity?.capital) return 'a capital against a place of another grain';
    return undefined;
  }
  return undefined;
}

/** The country a story keeps naming (twice or more, more than any other), if one. */
function storyCountry(facts: Facts): string | undefined {
  return remember(storyCountries, facts, () => {
    const counts = new Map<string, number>();
    for (const n of facts.names) if (n.type === 'place' && n.subtype === 'country') counts.set(countryNameOf(n.text), (counts.get(countryNameOf(n.text)) ?? 0) + 1);
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : undefined;
  });
}
const storyCountries = new WeakMap<Facts, string | undefined>();

interface PlaceSlot {
  /** "The village of _____". */
  village: boolean;
  /** The name after the blank's comma or "on" ("_____, Hungary", "_____ on the Isle of Man"). */
  countryAfter: string | undefined;
  /** A country the sentence puts the blank in ("_____, Hungary", "_____ in the Netherlands"). */
  namedCountry: string | undefined;
  /** More names of a list follow the one after the blank ("between _____, Rotterdam and the Baltic"). */
  listed: boolean;
  /** "neighbouring _____". */
  neighbouring: boolean;
}

/** What the key's sentence says of the blank's place: read once per key, not once per option. */
function readPlaceSlot(key: NameSpan, evidence: Sentence): PlaceSlot {
  const known = placeSlots.get(key);
  if (known?.evidence === evidence) return known.slot;
  const before = evidence.text.slice(0, Math.max(0, key.start - evidence.start));
  const after = evidence.text.slice(key.end - evidence.start);
  // "Varga was born in _____, Hungary": only towns of that country compete (Zürich and Basel would give it away).
  // ("born in _____ on the Isle of Man" too.)
  const countryAfter = /^(?:,|\s+on)\s+(?:in\s+)?(?:the\s+)?(?:present-day\s+|modern-day\s+|modern\s+)?(\p{Lu}[\p{L}]+(?:\s(?:of\s)?\p{Lu}[\p{L}]+)?)/u.exec(after)?.[1];
  // ("an ingredients firm based in _____ in the Netherlands" too, against Tamale and Kumasi; round 79.)
  const countryIn = /^\s+in\s+(?:the\s+)?(?:present-day\s+|modern-day\s+|modern\s+)?(\p{Lu}[\p{L}]+(?:\s(?:of\s)?\p{Lu}[\p{L}]+)?)/u.exec(after)?.[1];
  // (Not for a region, "Bavaria in Germany", nor a US state's name, "Atlanta in Georgia".)
  const namedCountry = [countryAfter, key.subtype === 'region' || findUsState(countryIn ?? '') ? undefined : countryIn].find((c) => c && findCountry(c));
  const afterRegion = countryAfter === undefined ? '' : after.replace(/^,\s+/, '').slice(countryAfter.length);
  const slot = { village: VILLAGE_BEFORE.test(before), countryAfter, namedCountry, listed: LIST_GOES_ON.test(afterRegion), neighbouring: NEIGHBOURING_CUE.test(before) };
  placeSlots.set(key, { evidence, slot });
  return slot;
}
const placeSlots = new WeakMap<NameSpan, { evidence: Sentence; slot: PlaceSlot }>();

/**
 * Does explainRoleMismatch reject the option for every key of this type, whatever the key and sentence? (The checks
 * that read the option alone; pickNames skips such options before the per-key ones.)
 */
export function isUnfitForRole(facts: Facts, type: NameSpan['type'], option: string): boolean {
  const memo = memoOf(facts).unfit;
  const id = `${type}\u0000${option}`;
  return remember(memo, id, () => readUnfit(facts, type, option));
}

function readUnfit(facts: Facts, type: NameSpan['type'], option: string): boolean {
  // ("at St Aldric's": a body's short name in the possessive, no place.)
  if (type === 'place') return isOnlyModifier(facts, option) || /[’']s$/.test(option);
  if (type === 'person') {
    if (!isActor(facts, option)) return true;
    if (!option.includes(' ') && readFullName(facts, option) === option && !isFamilyName(option)) return true;
    return !option.includes(' ') && readFullName(facts, option) === option && otherNameWords(facts).has(option);
  }
  if (type === 'organisation') {
    return !option.includes(' ') && ORG_SUFFIXES.has(option.toLowerCase()) && !/^(?:Parliament|Congress|Senate|Government|Cabinet|Reuters)$/.test(option);
  }
  return false;
}

/** Does the article put `inner` in `outer` ("Alhandra ... in southeast Portugal", "Clermont-Ferrand, France")? */
function containsIn(facts: Facts, inner: string, outer: string): boolean {
  const memo = memoOf(facts).containsIn;
  const id = `${inner}\u0000${outer}`;
  return remember(memo, id, () => scanContainsIn(facts, inner, outer));
}

function scanContainsIn(facts: Facts, inner: string, outer: string): boolean {
  const i = inner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const o = outer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Built only for a pair that shares a sentence: most never do.
  let re: RegExp | undefined;
  return sentencesWith(facts, inner).some((s) => {
    if (!s.text.includes(outer)) return false;
    re ??= new RegExp(`\\b${i}\\b(?:,\\s+|\\s+(?:in|of|near|outside)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2})${o}\\b|\\b${o}[’']s\\s+${i}\\b`);
    return re.test(s.text);
  });
}
