/**
 * Names from our own chunker: runs of capitalised words (hyphenated words kept whole), split at titles and
 * possessives, then typed from word lists and cues in the document (titles, "in X", "X said", appositives).
 */
import { classifyPlace, isFamilyName, isGivenName, isKnownOrganisation } from '../model/gazetteer';
import { remember } from '../memo';
import type { Sentence, Token } from '../text/2-annotate';
import { escapeRegExp } from '../text/words';
import {
  CITIES,
  COUNTRIES,
  DEMONYMS,
  DOLLAR_LETTERS,
  GIVEN_NAMES,
  MONTH_SET,
  ORGANISATIONS,
  ORG_SUFFIXES,
  PERSON_VERBS,
  PLACE_SUFFIXES,
  REGIONS,
  REMITS,
  LANGUAGES,
  SPEECH_VERBS,
  TITLES,
  WEEKDAYS,
  PERSON_ROLES,
} from './lexicon';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const DOTTED_INITIALISM = /^(\p{L}\.)+\p{L}$/u;
// ("al-Assad", "Côte d'Ivoire", "L'Aquila": a lower-case particle glued to a capital.)
const NAME_START = /^(\p{Lu}|[a-z]{1,3}-\p{Lu}|[dl]['’]\p{Lu})/u;
const HAS_LETTER = /\p{L}/u;
const ACRONYM_FORM = /^(\p{Lu}\.){2,}$|^\p{Lu}{2,8}s?$/u;
const LOWERCASE_HYPHEN_TAIL = /-\p{Ll}+$/u;
const STARTS_UPPER = /^\p{Lu}/u;

export type NameType = 'person' | 'organisation' | 'place' | 'other';

export interface NameSpan {
  text: string;
  start: number;
  end: number;
  sentence: number;
  type: NameType;
  subtype?: 'country' | 'city' | 'region';
  /** Title words right before a person's name ("Foreign Minister"). */
  title?: string;
  /** Preceded by "in", "at", "from"...: a place if most mentions are. */
  placeCue?: boolean;
  /** Described as a firm where the article names it ("Lathwell Bird Control, a small firm ..."). */
  firmCue?: boolean;
}

/** A word: one token, or several glued by hyphens or dots with no space ("Ould-Abdallah", "U.N."). */
export interface Word {
  text: string;
  start: number;
  end: number;
  pos: string;
  first: boolean;
}

// Words after a bare acronym that show it names a body ("MINUSMA head", "ICANN issued").
const ORG_FOLLOWERS = new Set(['head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'force', 'forces', 'mission', 'officials', 'official', 'troops', 'staff', 'members', 'leader', 'director', 'report', 'reported', 'said', 'says', 'issued', 'announced', 'warned', 'has', 'had', 'was', 'is', 'took']);
const PEOPLE_OF = /^(?:members|staff|residents|officials|supporters|workers|employees|students|parents|fans|leaders|representatives|critics|friends|relatives)$/;
const TRADE_WORDS = new Set(
  'construction research finance capital power transport shipping freight media retail insurance healthcare publishing consulting analytics logistics mobility aerospace automotive robotics telecom utilities securities investments rail pharma biotech foods trains buses coaches homes hotels films records books stores farms lines networks services systems'.split(' '),
);
const NATION_BODY = /^(?!(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Great|Greater|Mid|Upper|Lower|Rural|Old)\s)(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:England|Scotland|Wales)$/u;
const CELESTIAL = new Set(['earth', 'sun', 'moon', 'mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto']);
const NAMED_WEATHER = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical']);
const CONNECTORS = new Set(['of', 'for', 'de', 'van', 'von', 'der', 'da', 'do', 'dos', 'das', 'du', 'del', 'bin', 'al', 'la', 'le', '&', 'för', 'für', 'es']);
const BUSINESS_NOUNS = new Set(['retailer', 'company', 'firm', 'chain', 'supermarket', 'grocer', 'insurer', 'airline', 'carmaker', 'manufacturer', 'developer', 'publisher', 'broadcaster', 'charity', 'brand', 'supplier', 'contractor', 'consultancy', 'startup', 'start-up', 'maker', 'bank', 'lender', 'operator', 'group', 'broker', 'brokerage', 'stockbroker', 'fund', 'auditor', 'exporter', 'importer', 'distributor', 'wholesaler', 'processor', 'refiner']);
// Last words that make a name a thing's: "the Henderson Trophy", "Nelson Mandela Bridge".
const THING_NOUNS = new Set(['trophy', 'cup', 'prize', 'award', 'medal', 'shield', 'championship', 'championships', 'tournament', 'festival', 'marathon', 'league', 'survey', 'census', 'index', 'report', 'airport', 'stadium', 'bridge', 'hall', 'arena', 'park', 'street', 'road', 'avenue', 'square', 'station', 'terrace', 'lane', 'close', 'crescent', 'drive', 'way', 'place', 'gardens', 'grove', 'row', 'mews', 'walk', 'quay', 'wharf', 'market']);
const VESSEL_NOUN = /^(?:trawler|vessel|ship|boat|yacht|tanker|freighter|lifeboat|tug|ferry|liner|schooner|barge)$/;
const PUBLICATION_WORDS = /^(?:magazine|journal|review|letters|proceedings|gazette|annals|bulletin|transactions|quarterly|arkiv|zeitschrift)$/;
// A colour or a state before a name says a thing: "his white Ford Transit", "a stolen Vauxhall Corsa".
const OBJECT_ADJECTIVE = /^(?:white|black|red|blue|silver|grey|gray|green|yellow|orange|stolen|battered|rented|hired|second-hand|unmarked)$/;
const PLACE_CUES = new Set(['in', 'at', 'from', 'near', 'to', 'across', 'into', 'outside', 'throughout']);
export const PERSON_NOUNS =
  /^(an? |the )?(former |top |senior |leading |chief |new |current )*([\w-]+ )*(minister|president|professor|spokesman|spokeswoman|spokesperson|researcher|scientist|head|leader|founder|colleague|author|manager|coach|director|chairman|secretary|ambassador|envoy|official|journalist|economist|analyst|lawyer|judge|senator|governor|mayor|neuroscientist|psychologist|physician|doctor|expert|engineer|astronaut|captain|player|student|teacher|fellow|co-author|chief executive|ceo|member)\b/i;

export function makeWords(tokens: Token[]): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = words[words.length - 1];
    const prevTok = tokens[i - 1];
    const glued = prev && prevTok && prevTok.end === t.start;
    if (glued && (t.text === '-' || prev.text.endsWith('-') || (t.text === '.' && DOTTED_INITIALISM.test(prev.text)))) {
      prev.text += t.text;
      prev.end = t.end;
      continue;
    }
    words.push({ text: t.text, start: t.start, end: t.end, pos: t.pos, first: i === 0 });
  }
  return words;
}

function isCapitalised(w: Word): boolean {
  return NAME_START.test(w.text) && HAS_LETTER.test(w.text);
}

function isAcronym(s: string): boolean {
  return ACRONYM_FORM.test(s);
}

/** Words that start with a capital only because they open a sentence or a quote. */
function isSentenceInitial(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (w.first) return true;
  const prev = words[i - 1]?.text ?? '';
  return /^[“"‘'(:—–]$/.test(prev) && (i === 1 || /[“"‘]/.test(prev));
}

const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MEP', 'MSP', 'MS', 'AM', 'MLA', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'Jr', 'Sr', 'FRS']);

// Determiners the tagger reads as names when they open a sentence ("Both were convicted").
const NEVER_NAMES = new Set('both all each every either neither some many most several few another other such'.split(' '));
// Words a title capitalises that name no place or person alone ("the Health and Safety at Work etc Act": "Work").
const TITLE_WORDS = new Set('work home life health safety care act acts rights'.split(' '));

// "LEDs", "GPUs", "MPs": a plural of initials names a kind of thing, not one body.
const PLURAL_INITIALS = /^[A-Z]{2,}s$/;

function canStartRun(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (!isCapitalised(w) || PLURAL_INITIALS.test(w.text)) return false;
  // (Alone: "Work" of "at Work etc Act"; "Safety Executive" goes on.)
  if (TITLE_WORDS.has(w.text.toLowerCase()) && !(words[i + 1] && isCapitalised(words[i + 1]!))) return false;
  const lw = w.text.toLowerCase();
  if (MONTH_SET.has(lw) || WEEKDAYS.has(lw) || /^I(['’]|$)/.test(w.text) || NEVER_NAMES.has(lw)) return false;
  // ("Grant Michael Holloway, 46, was sentenced": a word before a given name and a surname opens a three-word name, whatever
  // the tagger reads "Grant" as; round 95 offered "Michael Holloway".)
  const opensName = /^(?:NOUN|VERB|ADJ)$/.test(w.pos) && !/(?:ing|ed|ly)$/.test(lw) && GIVEN_NAMES.has(words[i + 1]?.text.toLowerCase() ?? '') && !!words[i + 2] && isCapitalised(words[i + 2]!) && !!words[i + 1] && isCapitalised(words[i + 1]!);
  if (isSentenceInitial(words, i) && w.pos !== 'PROPN' && w.pos !== 'X' && !isKnown(lw) && !isAcronym(w.text) && !opensName) return false;
  // ("Reading the verdict, Judge ...": a participle opening its sentence before a determiner is no town; round 84.)
  // (Not before "this" or "that": "Beijing this week imposed ...".)
  if (isSentenceInitial(words, i) && /ing$/.test(lw) && /^(?:the|a|an|his|her|their|its)$/i.test(words[i + 1]?.text ?? '')) return false;
  return true;
}

function isKnown(lw: string): boolean {
  return COUNTRIES.has(lw) || CITIES.has(lw) || REGIONS.has(lw) || ORGANISATIONS.has(lw) || GIVEN_NAMES.has(lw);
}

const WEAK_TITLES = new Set('special former senior junior top state air force army navy economy trade health education culture sports energy security minority majority crown cabinet u.s. uk un conservative labour democratic republican foreign defence defense interior finance vice prime chief head deputy general'.split(' '));

// Words the given-name list holds that open place and title names far more often ("West Midlands", "Port Aldin",
// "Earl of Shrewsbury", "Morgan Stanley" aside).
const NOT_GIVEN = new Set('north south east west port fort mount lake river saint cape bay new old great little upper lower central general major royal grand earl duke king queen prince princess lord lady sir dean bishop pope red green blue white black grey gray golden silver'.split(' '));

// The head of a ministry's name, whose remit may join two fields with "and".
const MINISTRY_HEAD = /^(?:Ministry|Department|Secretary|Minister|Office|Secretariat) (?:of|for)\b/;

function isGiven(word: string): boolean {
  // A given name is written "Helena", never "PORT" or "RAF".
  if (!/^\p{Lu}\p{Ll}/u.test(word) || NOT_GIVEN.has(word.toLowerCase())) return false;
  return GIVEN_NAMES.has(word.toLowerCase()) || (word.length > 2 && isGivenName(word));
}

/** The shared gazetteer first (lib/quiz/model), then our own short lists for what it lacks (Gao, Sahel, Wagner). */
function typeByLexicon(text: string): Pick<NameSpan, 'type' | 'subtype'> | undefined {
  const lw = text.toLowerCase();
  if (COUNTRIES.has(lw)) return { type: 'place', subtype: 'country' };
  if (CITIES.has(lw)) return { type: 'place', subtype: 'city' };
  if (REGIONS.has(lw)) return { type: 'place', subtype: 'region' };
  if (ORGANISATIONS.has(lw)) return { type: 'organisation' };
  const place = classifyPlace(text);
  if (place === 'country') return { type: 'place', subtype: 'country' };
  if (place === 'city' || place === 'capital') return { type: 'place', subtype: 'city' };
  if (place === 'us-state') return { type: 'place', subtype: 'region' };
  if (text.length > 2 && isKnownOrganisation(text)) return { type: 'organisation' };
  return undefined;
}

/** Raw capitalised runs of one sentence, split at titles and possessives, not yet typed by document cues. */
export function chunkNames(sentence: Sentence): NameSpan[] {
  const words = makeWords(sentence.tokens);
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < words.length) {
    if (!canStartRun(words, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      const w = words[j]!;
      if (isCapitalised(w) && !PLURAL_INITIALS.test(w.text) && !MONTH_SET.has(w.text.toLowerCase()) && !WEEKDAYS.has(w.text.toLowerCase()) && !NEVER_NAMES.has(w.text.toLowerCase())) {
        j++;
        continue;
      }
      // "Institute for the World Economy", "FW de Klerk": a connector joins two capitalised words.
      const next = words[j + 1];
      const next2 = words[j + 2];
      // "Department for Environment, Food and Rural Affairs": a ministry's remit may list its fields.
      if (w.text === ',' && MINISTRY_HEAD.test(words.slice(i, j).map((x) => x.text).join(' '))) {
        let k = j + 1;
        while (k < words.length && k - j <= 8 && (isCapitalised(words[k]!) || words[k]!.text === ',' || words[k]!.text === 'and')) k++;
        // (Not the comma or "and" after the name: "the Department for Environment, Food and Rural Affairs and the HSE".)
        while (k > j + 1 && (words[k - 1]!.text === ',' || words[k - 1]!.text === 'and')) k--;
        const tail = words.slice(j + 1, k);
        if (tail.some((x) => x.text === 'and') && !tail.some((x) => classifyPlace(x.text) || isGiven(x.text)) && isCapitalised(tail[tail.length - 1]!) && !(words[k] && isCapitalised(words[k]!))) {
          j = k;
          break;
        }
      }
      // "Hungarian National Asset Management, Inc.": a company's legal form after a comma is part of its name.
      if (w.text === ',' && next && /^(?:Inc|Ltd|LLC|plc|PLC|GmbH|AG|SA|NV|BV|Corp)\.?$/.test(next.text)) {
        j += 2;
        break;
      }
      // ("Viana do Castelo", never "If Rangers do Celtic a favour": a "do" after a plural or before a determiner is a verb.)
      const verbDo = /^do$/.test(w.text) && (/s$/.test(words[j - 1]?.text ?? '') || /^(?:a|an|the|no|any|some|it|them|us|so)$/.test(next2?.text ?? ''));
      if (CONNECTORS.has(w.text) && next && isCapitalised(next) && !verbDo) {
        j += 2;
        continue;
      }
      // ("Raymond van der Heijden": two connectors in a row.)
      if (CONNECTORS.has(w.text) && (next?.text === 'the' || (next && CONNECTORS.has(next.text))) && next2 && isCapitalised(next2)) {
        j += 3;
        continue;
      }
      // "Food and Drug Administration", "Coastguard and Rescue Agency": one word, "and", then words ending in a body's
      // noun make one body (not a place and a body: "Britain and the Arts Council").
      // (Or two words: "Wirralong Pastoral and Agricultural Society", "Cocoa Health and Extension Division"; round 80. Not a
      // body and another, "Skyreach Airways and Ethiopian Airlines", nor a person and a body.)
      // (Only where the second word is a field, "Health", or an adjective, "Pastoral", "Maritime": "Goldman Sachs and Deutsche Bank",
      // "Amnesty International and Human Rights Watch" are two; a review of round 80's rules.)
      const field = REMITS.has(words[i + 1]!.text.toLowerCase()) || (/^\p{Lu}\p{Ll}+(?:al|ic|ive|ary|ory|ime|ine)$/u.test(words[i + 1]!.text) && !/^International$/.test(words[i + 1]!.text));
      // (A given name first only before an adjective no surname is: "Shela Maritime and Crafts Museum"; round 88.)
      const twoBefore = j === i + 2 && field && !ORG_SUFFIXES.has(words[i + 1]!.text.toLowerCase()) && (!isGiven(words[i]!.text) || ORG_ADJECTIVE.test(words[i + 1]!.text)) && !classifyPlace(words[i + 1]!.text);
      if (w.text === 'and' && (j === i + 1 || twoBefore) && next && isCapitalised(next) && !classifyPlace(words[i]!.text)) {
        let k = j + 1;
        while (k < words.length && isCapitalised(words[k]!)) k++;
        if (k - j <= 4 && ORG_SUFFIXES.has(words[k - 1]!.text.toLowerCase())) {
          j = k;
          continue;
        }
      }
      // "Ministry of Agriculture and Rural Affairs", "Department of Health and Social Care": a ministry's remit may
      // join two fields (not a place: "the Ministry of Defence and France").
      if (w.text === 'and' && next && isCapitalised(next) && MINISTRY_HEAD.test(words.slice(i, j).map((x) => x.text).join(' '))) {
        let k = j + 1;
        while (k < words.length && k - j <= 3 && isCapitalised(words[k]!) && !classifyPlace(words[k]!.text) && !isGiven(words[k]!.text)) k++;
        if (k > j + 1 && !(words[k] && isCapitalised(words[k]!))) {
          j = k;
          continue;
        }
      }
      // "National Authority for Emergency and Civil Protection (ANEPC)": one body, whose acronym follows it.
      if (w.text === 'and' && next && isCapitalised(next) && words.slice(i, j).some((x) => x.text === 'for' || x.text === 'of')) {
        let k = j + 1;
        while (k < words.length && isCapitalised(words[k]!)) k++;
        // ("International Federation of Red Cross and Red Crescent Societies": or whose words end on a body's noun.)
        if ((words[k]?.text === '(' && /^[A-Z]{2,8}$/.test(words[k + 1]?.text ?? '')) || (k - j <= 4 && ORG_SUFFIXES.has(words[k - 1]!.text.toLowerCase()))) {
          j = k;
          continue;
        }
      }
      break;
    }
    const run = words.slice(i, j);
    spans.push(...splitRun(run, words, i, sentence.index));
    i = j;
  }
  return spans;
}

function span(run: Word[], sentence: number): Pick<NameSpan, 'text' | 'start' | 'end' | 'sentence'> {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return { text: run.map((w, k) => (k > 0 && run[k - 1]!.end < w.start ? ' ' : '') + w.text).join(''), start: first.start, end: last.end, sentence };
}

function splitRun(run: Word[], words: Word[], at: number, sentence: number): NameSpan[] {
  // Trim connectors and letters after a name ("Eleanor Whitcombe KC") at the edges and drop single demonyms ("Russian", "Islamist").
  while (run.length > 1 && POST_NOMINALS.has(run[run.length - 1]!.text.replace(/\.$/, ''))) run = run.slice(0, -1);
  while (run.length && CONNECTORS.has(run[run.length - 1]!.text)) run = run.slice(0, -1);
  if (!run.length) return [];
  // "the MV Lady Ardith", "HMS Victory": a ship, whatever title or given name follows the prefix.
  if (run.length >= 2 && /^(?:MV|MS|SS|HMS|RMS|USS|RV|HMY|MT)$/.test(run[0]!.text)) return [{ ...span(run, sentence), type: 'other' }];
  // "Italian Paolo Rinaldi": a nationality before a given name describes the person, it is not part of the name.
  if (run.length > 2 && DEMONYMS.has(run[0]!.text.toLowerCase()) && isGiven(run[1]!.text)) return splitRun(run.slice(1), words, at + 1, sentence);
  const texts = run.map((w) => w.text.toLowerCase().replace(/(?<=[a-z]{2})\.$/, ''));
  // ("Kai Lennon for Reid": a substitution, two people.)
  const of = texts.findIndex((t, k) => t === 'of' || (t === 'for' && isGiven(run[0]!.text) && k > 1));
  // "Professor Carl Lipo of Binghamton University": a person of an institution, two names.
  const orgAfterOf = of > 0 && texts.slice(of + 1).some((t) => ORG_SUFFIXES.has(t)) && !texts.slice(0, of).some((t) => ORG_SUFFIXES.has(t));
  // ("Grandmaster Aleksandr Petrauskas of Lithuania": a title may come before the given name.)
  const givenFirst = isGiven(run[0]!.text) || (TITLES.has(texts[0]!) && isGiven(run[1]?.text ?? ''));
  if (of > 1 && (givenFirst || orgAfterOf)) {
    const rest = run.slice(of + 1);
    if (rest[0]?.text.toLowerCase() === 'the') rest.shift();
    const left = splitRun(run.slice(0, of), words, at, sentence);
    for (const l of left) if (l.type === 'other' && l.text.includes(' ')) l.type = 'person';
    return [...left, ...splitRun(rest, words, at + of + 1, sentence)];
  }
  // "Members of United Transport Workers voted ...": a group of people of a body is the body's name after "of".
  if (run.length > 2 && PEOPLE_OF.test(texts[0]!) && texts[1] === 'of') {
    const skip = texts[2] === 'the' ? 3 : 2;
    return splitRun(run.slice(skip), words, at + skip, sentence);
  }
  // "Construction began in 1847": a trade word names a company only with a name before it ("Kerr Construction").
  if (run.length === 1 && TRADE_WORDS.has(texts[0]!)) return [];
  // "Historic England", "Sport England", "Natural Resources Wales": a body named after a nation it serves, not a region.
  if (run.length >= 2 && NATION_BODY.test(span(run, sentence).text)) return [{ ...span(run, sentence), type: 'organisation' }];
  // "Storm Isolde", "Hurricane Otis": a named weather event, no person and no body; "from Earth" names no place on it.
  if ((run.length >= 2 && NAMED_WEATHER.has(texts[0]!)) || (run.length === 1 && CELESTIAL.has(texts[0]!))) return [{ ...span(run, sentence), type: 'other' }];
  const hasOrgWord = texts.some((t) => ORG_SUFFIXES.has(t));
  const known = typeByLexicon(span(run, sentence).text);
  if (known) return [{ ...span(run, sentence), ...known }];
  // "King George Island", "Prince Edward Island", "Queen Maud Land": a title before a place's last word opens a place's
  // name, no person's (round 86 offered "George Island" as a speaker).
  // (Not "Mayor Grace Park": only a feature's word no surname is.)
  // (A royal or saint's title only: "Director Michael Bay", "Mr Bay" are people.)
  if (run.length >= 2 && /^(?:king|queen|prince|princess|emperor|empress|duke|duchess|saint|st)$/.test(texts[0]!) && /^(?:island|islands|land|glacier|peninsula|sound|bay|strait|gulf|sea|channel|mountains)$/.test(texts[run.length - 1]!)) {
    return [{ ...span(run, sentence), type: 'place', subtype: 'region' }];
  }
  // "Minister of State for Housing Declan Moriarty": a title, its remit, then two or three name words.
  if (TITLES.has(texts[0]!) && texts.some((t) => CONNECTORS.has(t))) {
    let end = 0;
    texts.forEach((t, k) => {
      if (TITLES.has(t) || CONNECTORS.has(t) || REMITS.has(t) || t === 'the') end = k;
    });
    const name = run.slice(end + 1);
    if (end > 0 && name.length >= 2 && name.length <= 3 && !ORG_SUFFIXES.has(texts[texts.length - 1]!) && !CONNECTORS.has(texts[end]!)) {
      return [{ ...span(name, sentence), type: 'person', title: span(run.slice(0, end + 1), sentence).text }];
    }
  }
  // A person: title words then two or more name words ("UN Secretary-General Antonio Guterres").
  let lastTitle = -1;
  texts.forEach((t, k) => {
    if (TITLES.has(t) || TITLES.has(t.replace(/\.$/, ''))) lastTitle = k;
  });
  // A modifier-like title ("Special", "Former", "Health") before words that are no given name names no one: "Site of
  // Special Scientific Interest".
  const weakTitle = lastTitle >= 0 && WEAK_TITLES.has(texts[lastTitle]!) && !isGiven(run[lastTitle + 1]?.text ?? '');
  if (lastTitle >= 0 && lastTitle < run.length - 1 && !ORG_SUFFIXES.has(texts[run.length - 1]!) && !weakTitle) {
    const firstTitle = texts.findIndex((t) => TITLES.has(t) || TITLES.has(t.replace(/\.$/, '')));
    // "ESA Director of Human and Robotic Exploration": the words after the title are its remit, not a person.
    if (CONNECTORS.has(texts[lastTitle + 1]!)) return firstTitle > 0 ? splitRun(run.slice(0, firstTitle), words, at, sentence) : [];
    const out: NameSpan[] = [];
    if (firstTitle > 0) out.push(...splitRun(run.slice(0, firstTitle), words, at, sentence));
    const name = run.slice(lastTitle + 1);
    out.push({ ...span(name, sentence), type: 'person', title: span(run.slice(firstTitle, lastTitle + 1), sentence).text });
    return out;
  }
  if (run.length === 1 && DEMONYMS.has(texts[0]!)) return [];
  if (run.length === 1 && LOWERCASE_HYPHEN_TAIL.test(run[0]!.text)) return []; // "Moscow-staged", "Tuareg-led": adjectives
  // "C$4.3 million": a currency's letters, no name.
  if (run.length === 1 && DOLLAR_LETTERS_ALONE.test(run[0]!.text) && /^\$?\d|^\$$/.test(words[at + 1]?.text ?? '')) return [];
  if (run.length === 1 && DOLLAR_SIGN.test(run[0]!.text)) return [];
  // "the run-up to Christmas", "over Easter": a feast, no place.
  if (run.length <= 2 && FEASTS.test(run.map((w) => w.text).join(' '))) return [];
  // "mid-July", "late-September": a time, no place.
  if (run.length === 1 && /^(?:mid|early|late)-(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i.test(run[0]!.text)) return [];
  if (run.length === 1 && run[0]!.pos === 'ADJ' && !isAcronym(run[0]!.text)) return [];
  if (run.every((w) => TITLES.has(w.text.toLowerCase())) && !hasOrgWord) return [];
  let type: NameType = 'other';
  const before = words[at - 1]?.text.toLowerCase() ?? '';
  const next = words[at + run.length]?.text.toLowerCase() ?? '';
  const acronym = run.length === 1 && isAcronym(run[0]!.text);
  // "the village of Vale de Sobral", "the town of Moura": a place by the noun that names its kind (round 61: a village
  // offered as a spokesperson).
  if (before === 'of' && [PLACE_KIND_NOUN, PLACES_KIND_NOUN].some((kind) => kind.test(words[at - 2]?.text ?? ''))) return [{ ...span(run, sentence), type: 'place', subtype: 'city', placeCue: true }];
  // ("the nearby villages of Boinzan and Kwaku Nkwanta": so is each name of the list after it; round 80.)
  // (Not the attribution after the list: "..., the villages of Ings and Burneside, Cumbria Police said".)
  if ((before === 'and' || (before === ',' && /^(?:,|and)$/.test(next))) && listsPlacesOfKind(words, at - 1)) return [{ ...span(run, sentence), type: 'place', subtype: 'city', placeCue: true }];
  // "Perthshire", "Lincolnshire": a county by its ending.
  if (run.length === 1 && /^\p{Lu}\p{Ll}{2,}shire$/u.test(run[0]!.text)) return [{ ...span(run, sentence), type: 'place', subtype: 'region' }];
  // "in Glen Ardle", "at Loch Tay": a Scottish glen or loch after a place's preposition, whatever "Glen" says as a given
  // name (round 58: "Glen Ardle" was read as a person).
  // (Not "Ben", nor after "to" or "from": "a letter to Ben Stokes", "handed to Glen Hoddle"; review.)
  if (run.length >= 2 && /^(?:Glen|Loch|Strath)$/.test(run[0]!.text) && /^(?:in|at|near|around|across)$/.test(before)) {
    return [{ ...span(run, sentence), type: 'place', subtype: 'region', placeCue: true }];
  }
  // "Pulau Bum Bum", "Isla Mujeres", "Nusa Penida": an island by its language's word for one, whatever a "said" after it
  // suggests (round 85: "a village on Pulau Bum Bum, said ..." was read as a person).
  // ("Isla" and "Koh" are also a given name and a surname, "Isla Grant", "Koh Boon Hwee": those only after a place's word.)
  if (run.length >= 2 && ISLAND_WORD.test(run[0]!.text) && (!/^(?:Isla|Koh)$/.test(run[0]!.text) || /^(?:on|to|from|off|near|at)$/.test(before))) {
    return [{ ...span(run, sentence), type: 'place', subtype: 'region', placeCue: true }];
  }
  // "Station Road": a street's name may hold a body's word; its last word says what it is.
  // ("Hollins Wood", "Ashdown Forest": a woodland's last word is a surname too, "Sarah Wood", so only after a word no
  // given name is.)
  const woodland = run.length > 1 && WOODLAND.test(texts[run.length - 1]!) && !isGiven(run[0]!.text);
  const placeByLastWord = run.length > 1 && (woodland || PLACE_SUFFIXES.has(texts[run.length - 1]!)) && !ORG_SUFFIXES.has(texts[run.length - 1]!);
  if (placeByLastWord && !BUSINESS_NOUNS.has(before)) return [{ ...span(run, sentence), type: 'place', subtype: 'region' }];
  // "run by the retailer Corlan Home Electrics": a business noun before the name says what it is.
  if (hasOrgWord || (acronym && ORG_FOLLOWERS.has(next)) || BUSINESS_NOUNS.has(before)) type = 'organisation';
  // "the Henderson Trophy", "the air base at Son San Juan", "a council flat in Moss Side", "a group calling itself Black
  // Mantle": a given name after "the", "at", "in" (but "in John Smith's view") or a naming word, or before a thing's
  // noun, names no one.
  // ("Cash Access UK": a name that ends on a country is a body or a branch, whatever its first word; "his white Ford
  // Transit" a vehicle.)
  else if (isGiven(run[0]!.text) && run.length >= 2 && run.length <= 4 && !THING_NOUNS.has(texts[run.length - 1]!) && !VEHICLE_NOUN.test(next) && classifyPlace(run[run.length - 1]!.text) !== 'country' && !OBJECT_ADJECTIVE.test(before) && !VESSEL_NOUN.test(before) && !/^(?:the|at|itself|themselves|dubbed|nicknamed|codenamed)$/.test(before) && !(/^(?:in|near|off)$/.test(before) && !/^[’']s?$/.test(next))) type = 'person';
  // ("head in a corner from Tavi Mensah": a ball comes from a player, not a place.)
  const passFrom = before === 'from' && /^(?:corner|cross|pass|kick|ball|delivery|header|throw-in|assist|centre|feed)$/i.test(words[at - 2]?.text ?? '');
  // ("papers published in Arkiv för Fysik", "letters to Philosophical Magazine": a journal, not a place.)
  const publication = /^(?:published|appeared|printed|reported|papers?|articles?|letters?|wrote|written)$/i.test(words[at - 2]?.text ?? '') || PUBLICATION_WORDS.test(texts[texts.length - 1]!);
  return [{ ...span(run, sentence), type, placeCue: PLACE_CUES.has(before) && run.length <= 3 && !passFrom && !publication }];
}

const PLACE_KIND_NOUN = /^(?:village|town|city|hamlet|parish|municipality|suburb|district|island|port|province|county|region)$/i;
const PLACES_KIND_NOUN = /^(?:villages|towns|cities|hamlets|parishes|municipalities|suburbs|districts|islands|ports|provinces|counties|regions)$/i;

/** Do the words before `end` (a list's "and" or comma) run back over capitalised names to "villages of"? */
function listsPlacesOfKind(words: Word[], end: number): boolean {
  let k = end - 1;
  while (k >= 0 && (isCapitalised(words[k]!) || words[k]!.text === ',' || words[k]!.text === 'and') && end - k <= 12) k--;
  return k >= 1 && k < end - 1 && words[k]!.text === 'of' && PLACES_KIND_NOUN.test(words[k - 1]!.text);
}
// What follows a side's name and never a person's: a plural verb, or a score.
const PLURAL_VERB_AFTER = /^\s+(?:are|were)\s+(?!(?:both|all|expected|due|set|to)\b)/;
const SCORE_AFTER = /^\s+\d{1,3}[–-]\d{1,3}\b/;
const SIDE_NOUN = /^(?:Eagles|Lions|Tigers|Bears|Wolves|Sharks|Hawks|Falcons|Rovers|Rangers|Wanderers|Warriors|Giants|Kings|Knights|Dragons|Saints|Stars|Bulls|Rams|Panthers|Jets|Hornets|Raiders|Chiefs|Blues|Reds|Magpies|Owls|Foxes|Hurricanes|Crusaders|Highlanders|Cheetahs|Stormers|Sharks|Pumas|Leopards|Titans|Vikings|Pirates|Royals|Cardinals|Mariners)$/;
// Adjectives that open bodies' names and no one's surname.
const ORG_ADJECTIVE = /^(?:Maritime|Marine|Cultural|Historical|Agricultural|Pastoral|Medical|Technical|Scientific|Industrial|Geological|Zoological|Botanical|Philharmonic)$/;

/** The word for an island that opens an island's name in Malay, Spanish, Portuguese, French, Italian, Indonesian, Thai. */
export const ISLAND_WORD = /^(?:Pulau|Isla|Ilha|Île|Isola|Nusa|Koh)$/;
const DOLLAR_LETTERS_ALONE = new RegExp(`^${DOLLAR_LETTERS}\\$?$`);
const DOLLAR_SIGN = new RegExp(`^${DOLLAR_LETTERS}\\$$`);
const UTILITY = /^(?:Water|Gas|Electric|Electricity|Thermal|Heating|Solar|Wind)$/;
const WOODLAND = /^(?:wood|woods|forest|heath|common)$/;

// An appositive that calls a name a body: "(the country's / an) ... service / agency / company".
const BODY_NOUNS = 'service|agency|company|firm|authority|regulator|charity|organisation|organization|body|group|department|ministry|operator|broadcaster|newspaper|association|union|joint venture|consortium|cooperative|co-operative|utility|supplier|provider|insurer|lender|developer|manufacturer|exporter|importer|retailer|chain|brand|publisher|carrier|airline';
// ("Lathwell Bird Control, a small firm based on a former dairy farm ...": the noun may go on with where or whose it
// is; round 67.)
const BODY_APPOSITIVE = new RegExp(`^(?:(?:an?|the|its|their|\\p{Lu}[\\p{L}]*[’']s)\\s+)(?:[\\p{Ll}-]+\\s+){0,3}(?:${BODY_NOUNS})(?:\\s+(?:based|founded|set up|run|owned|started|that|which|in|from|near|outside|with|of|between)\\b[^,]*)?\\.?$`, 'u');
// ("Floravida Cosméticos, the São Paulo-based maker of skincare products": a place-based maker is a firm; a review of
// round 72's fixes: not "a cocoa producer near Kumasi", a person.)
const MAKER_APPOSITIVE =
  /^the\s+\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?-based\s+(?:[\p{Ll}-]+\s+){0,2}(?:maker|manufacturer|retailer|producer|lender|insurer|airline|publisher|developer|brewer|distiller)\b(?:\s+of\s+[^,]*)?\.?$/u;
// (The noun ends its phrase: "the city's chief planner" is a person's role; a review.)
const PLACE_APPOSITIVE = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:town|village|city|hamlet|port|municipality|suburb)(?=\s+(?:in|of|on|near|outside|north|south|east|west|about|some|with|that|which|where)\b|\s*$)/u;
const FIRM_APPOSITIVE = /^an?\s+(?:[\p{Ll}-]+\s+){0,3}(?:firm|company|business|start-?up|manufacturer|maker|retailer|brewery|bakery|operator)\b/u;
// "The regional conciliation service, Accord Northvale, confirmed ...": the description before the name.
const BODY_DESCRIBED_BEFORE = new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${BODY_NOUNS}),\\s+$`, 'u');

/** "a 16-year-old International Master": an age said of a name says a person (not "a 150-year-old family firm"). */
function isAgeOfPerson(appositive: string): boolean {
  return /^(?:an?\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b/.test(appositive) && !BODY_APPOSITIVE.test(appositive) && !BUSINESS_WORD.test(appositive);
}
const BUSINESS_WORD = new RegExp(`\\b(?:${[...BUSINESS_NOUNS].join('|')}|${BODY_NOUNS})\\b`);

const SHOP_POSSESSIVE = /^['’]s(?=[,.;:]|\s+(?:in|on|at|for|and|earlier|sale|auction)\b)/;

// Built once, not once per span.
const SAID_AFTER = new RegExp(`^,?\\s+(${[...SPEECH_VERBS, ...PERSON_VERBS].join('|')})\\b`);

// An institution or a street named after its saint or founder: "St Aidan's Primary School", "Guy's Hospital".
// ("Hatton's Cross", "Parson's Green": a place named for someone; round 57.)
const STREET_WORD = /(?:^|\s)(?:Road|Street|Lane|Square|Cross|Green|Corner)$/;
const NAMED_FOR_SOMEONE = /^(?:\p{Lu}[\p{L}-]*\s)*(?:School|College|Hospital|Church|Cathedral|Academy|Institute|Centre|Center|Hall|Park|Gardens?|Museum|Gallery|Library|Theatre|House|Market|Road|Street|Lane|Square|Cross|Green|Corner|Bridge|Chapel|Abbey|Priory|Infirmary|Stadium)$/u;

const ADDRESS_BEFORE = /\bof\s+(?:\d+[a-z]?\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:Lane|Road|Street|Avenue|Close|Drive|Way|Crescent|Gardens|Terrace|Place|Grove|Row|Walk|Mews),\s+$/u;
// "a Ford Transit van": a make and model before a vehicle's noun names no one.
const VEHICLE_NOUN = /^(?:van|vans|car|cars|lorry|lorries|truck|trucks|bus|buses|coach|pickup|tractor|motorbike|motorcycle|scooter|hatchback|saloon|estate|suv|minibus|ambulance)$/;
const FEASTS = /^(?:Christmas|Easter|Whitsun|Diwali|Hanukkah|Ramadan|Eid|Halloween|Thanksgiving|Passover|Lent|Advent|Hogmanay|Christmas Day|Christmas Eve|Boxing Day|New Year|Good Friday|Easter Sunday|Easter Monday)$/;
const WHOSE_EVENT = /(?:^|\s)(?:Women|Men|Girls|Boys)$/;

/** "St Aidan" + "'s" + "Primary School": one name, not a saint and a school. */
function joinPossessiveNames(spans: NameSpan[], sentences: Sentence[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const sentence = sentences[s.sentence]!;
    const between = prev && prev.sentence === s.sentence ? sentence.text.slice(prev.end - sentence.start, s.start - sentence.start) : '';
    // (A place's word alone: "Hatton's Cross", never "Ukraine's Red Cross"; review.)
    if (prev && /^['’]s\s$/.test(between) && NAMED_FOR_SOMEONE.test(s.text) && !(/(?:Cross|Green|Corner)$/.test(s.text) && s.text.includes(' '))) {
      // (A street named so is a place, whatever typed its last word: "Tanner's Lane"; round 56.)
      const street = STREET_WORD.test(s.text);
      out[out.length - 1] = { ...prev, text: `${prev.text}${between}${s.text}`, end: s.end, type: s.type === 'place' || street ? 'place' : 'organisation', subtype: street ? 'region' : s.subtype };
      continue;
    }
    // "Women's National Water Polo League", "European Women's Champions Cup": whose it is, is part of its name.
    if (prev && /^['’]\s$|^['’]s\s$/.test(between) && WHOSE_EVENT.test(prev.text)) {
      out[out.length - 1] = { ...s, text: `${prev.text}${between}${s.text}`, start: prev.start };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Type the 'other' spans from cues across the document, and link surnames to full names. */
export function typeNames(raw: NameSpan[], sentences: Sentence[]): NameSpan[] {
  // Does the article write this word in lower case anywhere? Asked of a few words only, so searched for, not indexed.
  let joined: string | undefined;
  const isLowerWord = (word: string) => {
    joined ??= sentences.map((x) => x.text).join('\n');
    return new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(joined);
  };
  const spans = joinPossessiveNames(raw, sentences).map((s) => dropOpeningNoun(s, sentences, isLowerWord));
  // "Kutaisi Rioni are champions", "beat Telavi Alazani Eagles 27–24": a name that takes "are" or a score is a side, no
  // person, wherever else a "said" or a "beat" makes it look like one (round 88 offered "Alazani" as a player).
  const sides = new Set(
    spans
      .filter((s) => {
        if (!s.text.includes(' ') || isGiven(s.text.split(' ')[0]!)) return false;
        const sentence = sentences[s.sentence]!;
        const at = s.start - sentence.start;
        // (What follows the name, and the few characters before it: sliced short, as every name of the article is read.)
        const after = sentence.text.slice(s.end - sentence.start, s.end - sentence.start + 24);
        // (A plural's "are" says nothing: "Brothers are"; a score only after a side's plural noun, "Eagles", "Rovers":
        // "beat Mette Kjærgaard 9-11", "beat Stefanos Tsitsipas 6-3" are players'.)
        if (!(SIDE_NOUN.test(lastWord(s.text)) ? SCORE_AFTER.test(after) : !/s$/.test(s.text) && PLURAL_VERB_AFTER.test(after))) return false;
        // (Nor the second of two people, "Rohit Sharma and Virat Kohli were dropped"; a review.)
        return !/(?:\band|,)\s+$/.test(sentence.text.slice(Math.max(0, at - 6), at));
      })
      .map((s) => s.text),
  );
  for (const s of spans) {
    if (sides.has(s.text)) {
      s.type = 'organisation';
      s.subtype = undefined;
    }
  }
  const persons = new Map<string, string>(); // surname -> full name
  const typeOf = new Map<string, NameSpan>();
  // Every shorter form a body's name opens with ("Nordkyst Lufthavner" of "Nordkyst Lufthavner AS"), kept up to date.
  const orgPrefixes = new Set<string>();
  const noteAs = (s: NameSpan) => {
    if (s.type === 'person' && s.text.includes(' ')) {
      // ("Echeverría" of "Rosalía Echeverría Mancilla": a Spanish name's first surname is the one used alone.)
      for (const surname of surnamesOf(s.text)) persons.set(surname, s.text);
      // ("Le Brocq" for "Colette Le Brocq".)
      if (surnameOf(s.text).includes(' ')) persons.set(surnameOf(s.text), s.text);
    }
    if (s.type !== 'other') typeOf.set(s.text.toLowerCase(), s);
    if (s.type === 'organisation') s.text.split(' ').slice(0, -1).forEach((_, i, words) => orgPrefixes.add(words.slice(0, i + 1).join(' ')));
  };
  spans.forEach(noteAs);
  const dedicatees = new Set<NameSpan>();
  // Names a sentence describes as a body ("the transport company Karakol Avtotrans"): what "said" or "will order" after
  // the same name elsewhere types as a person.
  const wordBefore = (s: NameSpan) => /(\p{Ll}+)\s+$/u.exec(sentences[s.sentence]!.text.slice(Math.max(0, s.start - sentences[s.sentence]!.start - 30), s.start - sentences[s.sentence]!.start))?.[1];
  const describedBodies = new Set<string>();
  // "“That's the one I'll remember,” Reddaway said": a one-word name that speaks is a surname (of "Callum Reddaway").
  const speakingSurnames = new Set(
    spans
      .filter((s) => !s.text.includes(' ') && s.type === 'other' && !s.placeCue && SAID_AFTER.test(sentences[s.sentence]!.text.slice(s.end - sentences[s.sentence]!.start)))
      .map((s) => s.text),
  );
  for (const s of spans) {
    // "paid at Christie's in 2017", "a table at Kendrick's.": a possessive that closes its phrase is a firm's name.
    const rest = sentences[s.sentence]!.text.slice(s.end - sentences[s.sentence]!.start);
    // (Not a known place: "Britain's" is a possessive.)
    if (s.type !== 'person' && !(s.type === 'place' && classifyPlace(s.text)) && SHOP_POSSESSIVE.test(rest)) {
      s.text += rest.slice(0, 2);
      s.end += 2;
      s.type = 'organisation';
      s.subtype = undefined;
      noteAs(s);
      continue;
    }
    // "the Marsh Award", "the Henderson Trophy": a thing named after someone is no person, whatever typed it so.
    if (s.type === 'person' && s.text.includes(' ') && THING_NOUNS.has(lastWord(s.text).toLowerCase())) {
      s.type = 'other';
      continue;
    }
    // "A chapel dedicated to St Cuthbert": a saint, not the town of that name.
    if (s.type === 'place' && /\bdedicated to\s+$/.test(sentences[s.sentence]!.text.slice(0, s.start - sentences[s.sentence]!.start))) {
      s.type = 'other';
      s.subtype = undefined;
      dedicatees.add(s);
      continue;
    }
    // "Lee Ashworth, 44, of Copse Lane, Marlow Heath": the town of an address, whatever a name list says of its words.
    // (Not a person the sentence goes on to describe or quote: "A neighbour of Copse Lane, Sarah Collins, said ...".)
    const afterSpan = sentences[s.sentence]!.text.slice(s.end - sentences[s.sentence]!.start);
    if (s.type !== 'place' && ADDRESS_BEFORE.test(sentences[s.sentence]!.text.slice(0, s.start - sentences[s.sentence]!.start)) && !/^,\s+(?:said|says|told|added|who|whose|an?|the|\d)\b/.test(afterSpan)) {
      s.type = 'place';
      s.subtype = 'city';
      noteAs(s);
      continue;
    }
    if (s.type !== 'other') continue;
    const sentence = sentences[s.sentence]!;
    const after = sentence.text.slice(s.end - sentence.start);
    const before = sentence.text.slice(0, s.start - sentence.start);
    const saidAfter = SAID_AFTER.test(after);
    // ("according to Salvamento Marítimo": a body as often as a person, so only with a given name the lists know.)
    const saidBefore = /\b(said|says|added|wrote)\s*$/.test(before) || (/\baccording to\s*$/.test(before) && isGiven(s.text.split(' ')[0]!));
    const appositive = /^,\s+(.*?)(,|$)/.exec(after);
    const multiWord = s.text.includes(' ') && s.text.split(' ').every((w) => STARTS_UPPER.test(w));
    // "Poland's Tomasz Kowalczyk", "Czech player Klára Dvořáková", "beat Jack Whitaker": a nationality or a role
    // noun before two capitalised words names a person whose given name our lists lack.
    const countryBefore = /(\p{Lu}[\p{L}.]+)[’']s\s+$/u.exec(before)?.[1];
    const roleBefore =
      (countryBefore !== undefined && classifyPlace(countryBefore) === 'country') ||
      /\b(?:player|coach|striker|midfielder|defender|goalkeeper|captain|substitute|winger|forward|manager|referee|rider|runner|driver|champion|grandmaster|skipper|rower|cyclist|athlete|swimmer|boxer|jockey|team-?mate|seed|veteran|rookie|teenager|compatriot|rival|opponent|beat|defeated|against|lock|hooker|prop|fly-half|scrum-half|flanker|number eight|full-back|fullback|wicketkeeper|bowler|batter|batsman|opener|pitcher|catcher|setter|libero)\s+$/.test(before);
    // "RCN Wales said": an acronym opening the name, or a country closing it, marks a body or a branch, not a person.
    // ("Northvale Water said", "Calder Thermal said": a utility that speaks; a "Water" that does not is a river or a
    // reservoir.)
    const bodyLike = /^[A-Z]{2,}\b/.test(s.text) || classifyPlace(lastWord(s.text)) === 'country' || PLACE_SUFFIXES.has(lastWord(s.text).toLowerCase()) || UTILITY.test(lastWord(s.text));
    // "Tomasz Wrona had been on the pitch for 17 minutes when he ran ...": a sentence's subject that it goes on to
    // call he or she.
    const subjectThenPronoun = before.trim() === '' && /^\s+\p{Ll}[^.“”"]{0,80}?\b(?:he|she)\b/u.test(after);
    // "Eilidh MacAulay, who has died aged 86", "Jan Novak, 47, said": an age or a death is a person's.
    const ageAfter = /^,\s+(?:\d{1,3},|aged \d{1,3}\b|who (?:has |had )?died\b|who was born\b)/.test(after);
    // ("Italy's Serie A", "Ligue 1": a last word of one letter or a number names a league, not a surname.)
    const leagueLike = /\s(?:\p{Lu}|\p{Lu}?\d+)$/u.test(s.text);
    // ("A criminal group calling itself Black Mantle said ...": a name given to a group, a thing or an operation.)
    // (And "the Peterhead-registered trawler Harvest Dawn": a vessel's name.)
    const namedAs = /\b(?:calling (?:itself|themselves)|calls? (?:itself|themselves)|known as|dubbed|nicknamed|codenamed)\s*$/.test(before) || VESSEL_NOUN.test(/(\S+)\s*$/.exec(before)?.[1] ?? '');
    // "Nordkyst Lufthavner said it had replaced ...", after "Nordkyst Lufthavner AS": a body's short form, and "it".
    // (Not "John Smith said it had been a hard year": a given name says a person.)
    // (One word only: "Okonkwo Adebayo-Rhys said it was a sad day" is a man whose given name our lists lack.)
    const saidIt = !s.text.includes(' ') && !isGiven(s.text) && !persons.has(s.text) && /^,?\s+(?:said|says|added)\s+it\s+(?:had|has|would|will)\b/.test(after);
    // "Pemberton & Hale", "Halden & Price": two names joined by an ampersand are a firm's.
    if (saidIt || (multiWord && orgPrefixes.has(s.text)) || / & \p{Lu}/u.test(s.text)) {
      s.type = 'organisation';
      noteAs(s);
      continue;
    }
    // ("the GMB's organiser for the West Midlands, said": a name after "the", or opening on a compass word, is a place.)
    // ("who represents Tweeddale West, said", "Little Hensley is far from alone": a ward, a village.)
    // (A function: read only for a name that has a person's cue.)
    const placeLike = () =>
      /\bthe\s+$/.test(before) ||
      /\brepresents?\s+$|\brepresenting\s+$|\b(?:northern|southern|eastern|western|central|rural|coastal|inner)\s+$/.test(before) ||
      !!classifyPlace(s.text) ||
      /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Little|Great|Grand|Nether|Much|Long|Market|New|Co|County|Port|Fort|Mount|Cape)\s/.test(s.text) ||
      // ("a phone repairer in the city's Grand Marché, said": a part of a town; round 70.)
      /\b(?:city|town|village|district|capital|country)[’']s\s+$/.test(before) ||
      (/\s(?:North|South|East|West|Central)$/.test(s.text) && !isGiven(s.text.split(' ')[0]!));
    // ("Oduya, 44, is the lead lock-keeper": a surname alone with an age is a person's, in a profile whose full name
    // stood only in the headline; round 63.)
    // (An adult's age before a verb, with a he or she in the sentence or the next: not "Ashbury, 14, Eastmere, 9," of a
    // list, nor "Biscuit, 4," a spaniel; review of round 65.)
    const agedSurname =
      !s.text.includes(' ') &&
      /^,\s+(?:1[6-9]|[2-9]\d),\s+\p{Ll}/u.test(after) &&
      STARTS_UPPER.test(s.text) &&
      /\b(?:he|she|his|her)\b/i.test([after, ...sentences.slice(s.sentence + 1, s.sentence + 4).map((x) => x.text)].join(' '));
    // (Never a name that ends on a thing's noun: "Chifubu Market, said"; round 90.)
    if ((multiWord || agedSurname) && !bodyLike && !leagueLike && !namedAs && !(s.text.includes(' ') && THING_NOUNS.has(lastWord(s.text).toLowerCase())) && s.text.split(' ').length <= 3 && (saidAfter || saidBefore || roleBefore || subjectThenPronoun || ageAfter || speakingSurnames.has(lastWord(s.text)) || (appositive && (PERSON_NOUNS.test(appositive[1]!) || isAgeOfPerson(appositive[1]!)))) && !placeLike()) {
      s.type = 'person';
      noteAs(s);
    } else if (multiWord && ((appositive && (BODY_APPOSITIVE.test(appositive[1]!) || MAKER_APPOSITIVE.test(appositive[1]!))) || (BODY_DESCRIBED_BEFORE.test(before) && /^,/.test(after)) || (UTILITY.test(lastWord(s.text)) && saidAfter))) {
      // "Salvamento Marítimo, Spain's maritime rescue service", "the regional conciliation service, Accord Northvale,":
      // described as a body; "Northvale Water said": a utility that speaks.
      s.type = 'organisation';
      if (appositive && FIRM_APPOSITIVE.test(appositive[1]!)) s.firmCue = true;
      describedBodies.add(s.text);
      noteAs(s);
    } else if (appositive && PLACE_APPOSITIVE.test(appositive[1]!)) {
      // "Sędziszów Łęcki, a small town in southern Poland, ...": described as a town.
      s.type = 'place';
      s.subtype = 'city';
      noteAs(s);
    }
  }
  // ("the town's transport company Karakol Avtotrans, was 17 years" ... "chief engineer at Karakol Avtotrans, said":
  // one body, though the second mention speaks; round 85.)
  // (Not a given name's: "the rope maker Josiah Pallister" is a man.)
  for (const s of spans) if (s.type === 'organisation' && s.text.includes(' ') && BUSINESS_NOUNS.has(wordBefore(s) ?? '') && !isGiven(s.text.split(' ')[0]!)) describedBodies.add(s.text);
  for (const s of spans) {
    if (s.type === 'person' && describedBodies.has(s.text)) {
      s.type = 'organisation';
      noteAs(s);
    }
  }
  // A place its own sentence calls one ("in Glen Ardle", "the village of Vale de Sobral") is that place wherever it stands
  // ("to designate Glen Ardle", "evacuated from Vale de Sobral").
  const named = new Map(spans.filter((s) => s.type === 'place' && s.placeCue && s.text.includes(' ')).map((s) => [s.text, s.subtype]));
  for (const s of spans) {
    if (named.has(s.text) && s.type !== 'place') Object.assign(s, { type: 'place', subtype: named.get(s.text) });
  }
  // "Helena" of "Helena Costa" is no place, whatever a gazetteer of US state capitals says.
  const firstNames = new Set(spans.filter((s) => s.type === 'person' && s.text.includes(' ')).map((s) => s.text.split(' ')[0]!));
  for (const s of spans) if (!s.text.includes(' ') && firstNames.has(s.text) && s.type !== 'person') s.type = 'other';
  // The first words of longer names that are neither people nor places, for opensLongerName.
  const longerNameOpeners = new Set(spans.filter((o) => o.type !== 'person' && o.type !== 'place' && o.text.includes(' ')).map((o) => o.text.split(' ')[0]!));
  const surnamePersons = new Set(spans.filter((s) => s.type === 'person' && !s.text.includes(' ')).map((s) => s.text));
  const cues = new Map<string, [number, number]>();
  for (const s of spans) {
    const c = cues.get(s.text) ?? [0, 0];
    cues.set(s.text, [c[0] + (s.placeCue ? 1 : 0), c[1] + 1]);
  }
  for (const s of spans) {
    // "Santos" after "Pedro Nuno Santos" is the man, whatever the gazetteer says of a Brazilian port.
    if ((s.type === 'place' || s.type === 'organisation') && !s.text.includes(' ') && !s.placeCue && persons.has(s.text)) {
      s.type = 'person';
      s.subtype = undefined;
      continue;
    }
    if (s.type !== 'other' || dedicatees.has(s)) continue;
    const full = persons.get(s.text);
    if (full && (!s.text.includes(' ') || surnameOf(full) === s.text)) {
      s.type = 'person';
      continue;
    }
    // "Tamsin Oduya" of the lead, once "Oduya, 44, ..." is known as a person: a given name and that surname (round 63).
    // (Not "Town Hall" beside "Hall, 64, ...": a name's head noun is no given name; review of round 65.)
    const given = s.text.split(' ')[0]!;
    if (/^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+$/u.test(s.text) && surnamePersons.has(lastWord(s.text)) && !classifyPlace(given) && !NAME_HEAD_WORD.test(given) && !PLACE_SUFFIXES.has(given.toLowerCase()) && !ORG_SUFFIXES.has(given.toLowerCase())) {
      s.type = 'person';
      continue;
    }
    const seen = typeOf.get(s.text.toLowerCase());
    const [cued, total] = cues.get(s.text) ?? [0, 1];
    if (seen) {
      s.type = seen.type;
      s.subtype = seen.subtype;
    } else if (cued * 2 > total && !opensLongerName(longerNameOpeners, s.text) && !LANGUAGES.has(s.text.toLowerCase())) s.type = 'place';
  }
  // "beat Northfield Storm ... as the Storm took control": a name the article writes with "the" is a team, no person.
  // (A verb or a stop after it: "the Moreau group" is Moreau's group.) One pass over the tokens.
  const calledThe = new Set<string>();
  for (const x of sentences) {
    x.tokens.forEach((t, i) => {
      if (i > 0 && /^the$/i.test(x.tokens[i - 1]!.text) && STARTS_UPPER.test(t.text) && /^(?:VERB|AUX|PUNCT)$/.test(x.tokens[i + 1]?.pos ?? 'PUNCT')) calledThe.add(t.text);
    });
  }
  const teams = new Set(spans.filter((s) => s.type === 'person' && s.text.includes(' ') && calledThe.has(lastWord(s.text))).map((s) => lastWord(s.text)));
  for (const s of spans) if (s.type === 'person' && teams.has(lastWord(s.text))) s.type = 'organisation';
  // ("a severe drought in the Amazon basin", "on the Amazon and its tributaries": a river or a region, whatever firm the
  // gazetteer knows by that name; round 72 named Floravida's "the company" as "the Amazon".)
  const features = new Set(
    spans
      .filter((s) => {
        const sentence = sentences[s.sentence]!;
        NATURAL_FEATURE_AFTER.lastIndex = s.end - sentence.start;
        // ("the Amazon basin"; never a body's own name, "Southern Water Services"; a review of round 72's fixes.)
        return /\bthe\s$/.test(sentence.text.slice(Math.max(0, s.start - sentence.start - 4), s.start - sentence.start)) && !ORG_SUFFIXES.has(lastWord(s.text).toLowerCase()) && NATURAL_FEATURE_AFTER.test(sentence.text);
      })
      .map((s) => s.text),
  );
  const cuedBodies = new Set(spans.filter((s) => s.type === 'organisation' && s.text.includes(' ')).map((s) => s.text));
  for (const s of spans) {
    if (features.has(s.text) && !cuedBodies.has(s.text) && s.type !== 'place' && s.type !== 'person') {
      s.type = 'place';
      s.subtype = 'region';
    }
  }
  // "Brokers say freight ...", beside "with brokers expecting ...": one word capitalised only where it opens its sentence
  // is a common noun, whatever name it ends (round 69: "Kilindini Tea Brokers").
  // (Only a body's suffix word alone, "Contractors will replace the deck", which is never a name by itself; not "Green
  // said" beside "green beans", nor "Reading"; a review of round 69's rules.)
  for (const s of spans) {
    // ("... nobody wanted to buy it. Traders would give us whatever they liked": a quotation's sentence opens on it too;
    // round 78.)
    const sentence = sentences[s.sentence]!;
    // (Inside a quotation only a plural trade, never "Congress must act", "Reuters understands", "Rangers defended".)
    const before = sentence.text.slice(0, s.start - sentence.start);
    const opens = before === '' || (SENTENCE_OPENS.test(before) && /[^s]s$/.test(s.text) && !TEAM_PLURAL.test(s.text) && !isKnownOrganisation(s.text));
    if (s.type === 'organisation' && !s.text.includes(' ') && ORG_SUFFIXES.has(s.text.toLowerCase()) && (opens || isLowerWord(s.text.toLowerCase()))) {
      s.type = 'other';
      s.subtype = undefined;
    }
  }
  return spans;
}

const TEAM_PLURAL = /^(?:Rangers|Rovers|Wanderers|Saints|Blues|Reds|Hornets|Lions|Tigers|Bears|Giants|Warriors|Sharks)$/;
// Where a sentence opens: the start, after a stop inside a quotation, or after an opening quotation mark.
const SENTENCE_OPENS = /(?:^|[.!?]["”’]?\s+|[“"‘]\s*)$/;

/**
 * "Shares of Vayuratha Motors, the Pune-based maker ...": a plural noun capitalised only because it opens the sentence
 * is no word of the name its "of" leads to (round 70: the firm was "Shares of Vayuratha Motors").
 */
// (Sticky: tried at a name's end.)
const NATURAL_FEATURE_AFTER = /\s+(?:basin|river|rainforest|rain forest|delta|valley|jungle|estuary|and its tributaries)\b/y;
const ORDER_WORD = /^(?:Sisters|Brothers|Friends|Daughters|Sons|Knights|Children|Servants|Soldiers|Keepers|Guardians|Ladies|Women|Men|Fathers|Mothers|Companions)$/;

function dropOpeningNoun(s: NameSpan, sentences: Sentence[], isLowerWord: (word: string) => boolean): NameSpan {
  if (s.start !== sentences[s.sentence]!.start || !s.text.includes('s of ')) return s;
  // ("Customers of the Shire Highlands Water Board (SHWB) will pay ...": with its "the" too; round 96.)
  const m = /^(\p{Lu}\p{Ll}+s) of (?:the )?(?=\p{Lu})/u.exec(s.text);
  // ("Sisters of Mercy Hospital", "Friends of the Earth": an order's or a society's own first word.)
  if (!m || s.start !== sentences[s.sentence]!.start || ORDER_WORD.test(m[1]!) || !isLowerWord(m[1]!.toLowerCase())) return s;
  return { ...s, text: s.text.slice(m[0].length), start: s.start + m[0].length };
}

const NAME_HEAD_WORD = /^(?:Town|City|County|Village|Hall|Street|Road|Lane|Park|Bridge|Port|Fort|Mount|Lake|River|Church|Chapel|Court|House|Station|School|College|University|Hospital|Market|Mill|Farm|Manor|Abbey|Castle|Tower|North|South|East|West|New|Old|Great|Little|Upper|Lower|Saint|St|Royal|National)$/;

/** "according to Fenwright" after "the retail analysts Fenwright Data": a word that opens a longer name is its short form. */
function opensLongerName(openers: ReadonlySet<string>, word: string): boolean {
  return !word.includes(' ') && openers.has(word) && !classifyPlace(word);
}

/**
 * The one body named before sentence `before` whose head noun is `noun` ("board": "Northfield Health Board"; "ministry":
 * "Ministry of Health"; "department": "Department for Transport"), or undefined when none or several fit. A short form
 * inside a longer name ("Health Board" in "Northfield Health Board") counts as the same body.
 */
export function findBodyByHeadNoun(names: NameSpan[], noun: string, before: number): string | undefined {
  // "Labour's deputy leader said the party ...": parties, clubs, unions and firms are often named without their head
  // noun ("Labour", "Unite", "Arsenal"), so the one "... Party" named before may be another one.
  // ("The magistrate revoked ..." after "the Gaborone Chief Magistrate's Court": a person's role is no body; round 100.)
  if (NAMED_BARE.has(noun) || PERSON_ROLES.has(noun)) return undefined;
  const found: string[] = [];
  for (const n of bodiesByHeadNoun(names).get(noun) ?? []) if (n.sentence < before && !found.includes(n.text)) found.push(n.text);
  const longest = found.sort((a, b) => b.length - a.length)[0];
  if (!longest || !found.every((f) => longest.includes(f))) return undefined;
  // "in the museum's studio" of a Rijksmuseum Twenthe story, the Frans Hals Museum met in a list of lenders: another
  // name holding the noun ("Rijksmuseum", "National Research Council") may be the one meant, and so may any body when
  // ours is named only in lists.
  // (A shorter name after a possessive is another body's: "Court" of "the Gaborone Chief Magistrate's Court" is no
  // "High Court" named later; round 100.)
  const afterPossessive = (n: NameSpan) => names.some((m) => m.sentence === n.sentence && n.start - m.end >= 2 && n.start - m.end <= 3);
  const isOurs = (n: NameSpan) => longest.includes(n.text) && !afterPossessive(n);
  const earlier = names.filter((n) => n.type !== 'person' && n.type !== 'place' && n.sentence < before && !isOurs(n));
  // (The noun may end a compound, "Rijksmuseum", but not begin a longer word, "Councillor".)
  const holdsNoun = new RegExp(`${noun}\\b`, 'i');
  if (earlier.some((n) => holdsNoun.test(n.text))) return undefined;
  const own = names.filter((n) => n.sentence < before && longest.includes(n.text) && n.type === 'organisation');
  // (A list is of bodies: a place or the body's own acronym beside it makes none.)
  const inLists = own.every((n) => earlier.filter((o) => o.sentence === n.sentence && o.type === 'organisation').length >= 2);
  // "UNICEF estimates ... The agency said": a noun any body may be called by ("agency", "organisation") means the body
  // last named, whatever its name's head noun; ours must be that one, with no other body (nor acronym) named since.
  const lastOwn = Math.max(...own.map((n) => n.sentence));
  const otherSince = GENERIC_BODY_NOUNS.test(noun) && names.some(
    (n) => n.sentence >= lastOwn && n.sentence < before && !longest.includes(n.text) && (n.type === 'organisation' || /^[A-Z]{2,8}$/.test(n.text)) && !isAcronymOf(n.text, longest),
  );
  return inLists || otherSince ? undefined : longest;
}

// What "the tournament", "the festival" or "the race" may stand for: a named event's last word.
const EVENT_HEADS: Record<string, readonly string[]> = {
  tournament: ['open', 'cup', 'championship', 'championships', 'trophy', 'classic', 'masters', 'invitational', 'olympiad'],
  championship: ['championship', 'championships'],
  competition: ['open', 'cup', 'championship', 'championships', 'trophy', 'prize', 'award', 'awards', 'contest'],
  festival: ['festival', 'fest', 'fair', 'carnival'],
  race: ['marathon', 'race', 'rally', 'classic', 'derby', 'regatta', 'prix'],
  regatta: ['regatta'],
  exhibition: ['exhibition', 'show', 'biennale', 'biennial', 'fair', 'expo'],
};

/**
 * "The tournament, now in its 14th year, ..." after "won the Baltic Open": the one named event of that kind met
 * before the sentence, or undefined when there is none or more than one.
 */
export function findEventByNoun(names: NameSpan[], noun: string, before: number): string | undefined {
  const heads = EVENT_HEADS[noun];
  if (!heads) return undefined;
  // (Asked again for every candidate stem of the article: kept per name list.)
  return remember(remember(eventsByNoun, names, () => new Map<string, string | undefined>()), `${noun}\u0000${before}`, () => {
    const found = new Set(
      names.filter((n) => n.sentence < before && n.type !== 'person' && n.type !== 'place' && n.text.includes(' ') && heads.includes(lastWord(n.text).toLowerCase())).map((n) => n.text),
    );
    return found.size === 1 ? [...found][0] : undefined;
  });
}
const eventsByNoun = new WeakMap<NameSpan[], Map<string, string | undefined>>();

/**
 * "the Forum Fisheries Agency" but "Harrowfield Borough Council": a body's name with "the" (capitalised or not) unless
 * the article always writes it bare ("China's Ministry of ..." is no bare use).
 */
export function withArticle(name: string, sentences: ReadonlyArray<{ text: string }>, capital: boolean): string {
  // ("Kitwe's Mulenga Street Market": a name that opens on an owner takes no "the"; round 77.)
  if (/^(?!(?:Women|Men|Girls|Boys|Children|People|Veterans|Farmers|Workers)[’'])\S+[’']s\s/.test(name)) return name;
  const takesThe = remember(remember(articleUse, sentences, () => new Map<string, boolean>()), name, () => {
    const escaped = escapeRegExp(name);
    const bare = new RegExp(`(?<!(?:\\bthe|['’]s)\\s)\\b${escaped}\\b`, 'gi');
    const definite = new RegExp(`\\bthe\\s+${escaped}\\b`, 'gi');
    // The way the article writes it most, where it names the thing itself: before a noun it modifies that noun, "the
    // Easter Island statues", "Royal Navy ships", and says nothing of the article the name takes.
    const count = (pattern: RegExp) =>
      sentences.reduce((sum, s) => sum + [...s.text.matchAll(pattern)].filter((m) => !modifiesNext(s.text.slice(m.index! + m[0].length))).length, 0);
    return count(definite) >= count(bare);
  });
  return takesThe ? `${capital ? 'The' : 'the'} ${name}` : name;
}
/** Does a name followed by this text modify the noun after it ("Royal Navy ships"), rather than act ("Royal Navy said")? */
function modifiesNext(after: string): boolean {
  const word = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  return !!word && !/ed$/.test(word) && !VERB_AFTER_NAME.has(word);
}
const VERB_AFTER_NAME = new Set('is are was were has have had does did do will would could can may might must should said says told says added warned confirmed announced agreed lies sits stands runs opened closed'.split(' '));

// Per article: whether each body's name takes "the" (asked again for every stem that names it).
const articleUse = new WeakMap<ReadonlyArray<{ text: string }>, Map<string, boolean>>();

const GENERIC_BODY_NOUNS = /^(?:agency|organisation|organization|body|institution|charity|service|group)$/;

/** "CRA" of "Coastguard and Rescue Agency": the initials of the name's capitalised words. */
function isAcronymOf(short: string, long: string): boolean {
  const initials = long
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return /^[A-Z]{2,8}$/.test(short) && initials === short;
}

// Per article (its names array): every body of two or more words under its head noun, the last word before any
// lower-case one ("of", "for").
const headNounIndex = new WeakMap<NameSpan[], Map<string, NameSpan[]>>();
function bodiesByHeadNoun(names: NameSpan[]): Map<string, NameSpan[]> {
  return remember(headNounIndex, names, () => {
    const index = new Map<string, NameSpan[]>();
    for (const n of names) {
      if (n.type !== 'organisation' || !n.text.includes(' ')) continue;
      const words = n.text.split(/\s+/);
      // "Ministry of Health" is a ministry; "Coastguard and Rescue Agency" an agency.
      const lower = words.findIndex((w) => STARTS_LOWER.test(w) && w !== 'and');
      const head = (lower > 0 ? words[lower - 1]! : words[words.length - 1]!).toLowerCase();
      index.set(head, [...(index.get(head) ?? []), n]);
    }
    return index;
  });
}
const STARTS_LOWER = /^\p{Ll}/u;
const NAMED_BARE = new Set(['party', 'union', 'club', 'team', 'group', 'company', 'firm', 'side', 'band']);

/**
 * The name the article keeps coming back to among `names` (counted by `keyOf`): named twice as often as any other,
 * with its count; undefined when none stands out so.
 */
export function dominantName(names: readonly NameSpan[], keyOf: (n: NameSpan) => string): { key: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(keyOf(n), (counts.get(keyOf(n)) ?? 0) + 1);
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 2 * (second?.[1] ?? 0) ? { key: top[0], count: top[1] } : undefined;
}

// Particles that belong to a surname: "Pieter van Leeuwen" is "Van Leeuwen" alone, never "Leeuwen".
const SURNAME_PARTICLE = /^(?:van|von|de|da|di|du|del|della|der|den|la|le|ter|ten|dos|das)$/i;

/** A person's surname as the article would write it alone, particles included ("Van der Heijden", "Le Brocq"). */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  let start = words.length - 1;
  while (start > 1 && SURNAME_PARTICLE.test(words[start - 1]!)) start--;
  const surname = words.slice(start).join(' ');
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}

/**
 * The surname the article calls this person by: the last word, or, where the article shortens three-word names to their
 * middle word ("Rosalía Echeverría Mancilla" ... "Echeverría said"), as Spanish names take the father's surname first,
 * the middle word of every such name ("Hernán Vidal Soto" is "Vidal", no "Soto"; round 86).
 */
export function calledSurnameOf(spans: ReadonlyArray<NameSpan>, name: string): string {
  const words = name.split(/\s+/);
  if (words.length !== 3 || SURNAME_PARTICLE.test(words[1]!) || !STARTS_UPPER.test(words[1]!) || isGiven(words[1]!)) return surnameOf(name);
  let middleFirst = middleSurnameArticles.get(spans);
  if (middleFirst === undefined) {
    const bare = new Set(spans.filter((s) => s.type === 'person' && !s.text.includes(' ')).map((s) => s.text));
    const threeWord = spans.filter((s) => s.type === 'person' && s.text.split(' ').length === 3);
    const middles = new Set(threeWord.map((s) => s.text.split(' ')[1]!));
    // (A last word that is another name's middle, "Catalina Ruiz Echeverría" beside "Rosalía Echeverría Mancilla", says
    // nothing.)
    middleFirst = threeWord.some((s) => bare.has(s.text.split(' ')[1]!)) && !threeWord.some((s) => bare.has(lastWord(s.text)) && !middles.has(lastWord(s.text)));
    middleSurnameArticles.set(spans, middleFirst);
  }
  // (The name's own short form first: "Sarah Huckabee Sanders", "Sanders said", stays "Sanders" whatever others do.)
  const bare = bareNamesOf(spans);
  if (bare.has(words[2]!) && !bare.has(words[1]!)) return surnameOf(name);
  if (bare.has(words[1]!)) return words[1]!;
  return middleFirst && !isFamilyName(words[2]!) ? words[1]! : surnameOf(name);
}
function bareNamesOf(spans: ReadonlyArray<NameSpan>): Set<string> {
  return remember(bareNames, spans, () => new Set(spans.filter((s) => s.type === 'person' && !s.text.includes(' ')).map((s) => s.text)));
}
const bareNames = new WeakMap<ReadonlyArray<NameSpan>, Set<string>>();
const middleSurnameArticles = new WeakMap<ReadonlyArray<NameSpan>, boolean>();

export function lastWord(name: string): string {
  return name.split(/\s+/).pop() ?? name;
}

/** The full name a bare surname stands for, when one person with that surname was named. */
export function resolvePerson(name: string, spans: NameSpan[]): string {
  if (name.includes(' ')) return name;
  return fullNamesOf(spans).get(name) ?? name;
}

const fullNameMaps = new WeakMap<ReadonlyArray<NameSpan>, Map<string, string>>();

/**
 * The words a person may be called by alone: the last, and in a double surname the one before it ("Dr Ferrer" is
 * Lucía Ferrer Gómez), never a middle given name ("Donald John MacInnes").
 */
export function surnamesOf(full: string): string[] {
  const words = full.split(/\s+/);
  const middle = words.length >= 3 ? words[words.length - 2]! : '';
  return STARTS_UPPER.test(middle) && !isGiven(middle) && !CONNECTORS.has(middle.toLowerCase()) ? [lastWord(full), middle] : [lastWord(full)];
}

/**
 * Surname -> the one full name the article gives it ("Behnken" -> "Bob Behnken"). A surname two people share
 * ("Giacomo Benvenuti", the engineer's father, and "Ettore Benvenuti") maps to none: a bare "Benvenuti" may be either.
 */
export function fullNamesOf(spans: ReadonlyArray<NameSpan>): Map<string, string> {
  let map = fullNameMaps.get(spans);
  if (map) return map;
  const found = new Map<string, Set<string>>();
  for (const s of spans) {
    // (A bare surname with its particle, "Le Brocq", is no full name.)
    if (s.type !== 'person' || !s.text.includes(' ') || SURNAME_PARTICLE.test(s.text.split(' ')[0]!)) continue;
    for (const surname of surnamesOf(s.text)) {
      const set = found.get(surname) ?? new Set<string>();
      set.add(s.text);
      found.set(surname, set);
    }
  }
  // ("Margit Hallvardsen" and "Margit Elise Hallvardsen" are one woman: the same given name and surname.)
  const people = (full: Set<string>) => new Set([...full].map((f) => f.split(' ')[0]));
  map = new Map(
    [...found].filter(([, full]) => people(full).size === 1).map(([surname, full]) => [surname, [...full].sort((a, b) => a.length - b.length)[0]!]),
  );
  // "Dr Farah Liyana Abdul Rahman ... Dr Farah said": where names are shortened to the given name (Malay, Indonesian,
  // Icelandic), a bare name that is no one's surname and opens one person's full name is that person (round 85).
  // (Only under a title, "Dr Farah", "Ms Hirut": "Gabriel, 27, headed in" beside "Gabriel Jesus" is another player; a
  // review.)
  for (const s of spans) {
    if (s.type !== 'person' || !s.title || s.text.includes(' ') || found.has(s.text) || map.has(s.text)) continue;
    const opening = [...new Set(spans.filter((o) => o.type === 'person' && o.text.startsWith(`${s.text} `)).map((o) => o.text))];
    if (opening.length === 1) map.set(s.text, opening[0]!);
  }
  fullNameMaps.set(spans, map);
  return map;
}
