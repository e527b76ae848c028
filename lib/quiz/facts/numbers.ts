/**
 * Absolute dates ("2013", "June 14", "March 2022", "November 30, 2016") and quantities with their unit and
 * qualifier ("more than 170 peacekeepers", "13,000-strong", "$128 billion"). Relative dates are never extracted,
 * so they can never be asked as absolute ones.
 */
import type { Sentence } from '../text/2-annotate';
import { DOLLAR_LETTERS, MONTHS } from './lexicon';

const DOLLAR_BEFORE = new RegExp(`(?:\\b${DOLLAR_LETTERS}\\$|[$€£])$`);

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const HYPHEN_THEN_LETTER = /^-\p{L}/u;

export type DateFormat = 'year' | 'month-day' | 'day-month' | 'month-year' | 'month-day-year' | 'day-month-year' | 'decade' | 'century';

export interface DateSpan {
  text: string;
  start: number;
  end: number;
  sentence: number;
  format: DateFormat;
  year?: number;
  month?: number;
  day?: number;
}

export interface QuantitySpan {
  text: string;
  start: number;
  end: number;
  sentence: number;
  qualifier: string;
  value: number;
  /** The digits as written ("13,000"), which a distractor replaces. */
  numberText: string;
  unit: string;
}

const MONTH = `(${MONTHS.join('|')})`;
const DATE_PATTERNS: Array<[DateFormat, RegExp]> = [
  ['month-day-year', new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g')],
  ['day-month-year', new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'g')],
  ['month-year', new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'g')],
  ['month-day', new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)`, 'g')],
  ['day-month', new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\b`, 'g')],
  ['decade', /\b(1[89]\d0|20[0-2]0)s\b/g],
  // "the 13th century" (not "5th century BC": its distractors would lose the era).
  ['century', /\b([1-9]|1\d|2[01])(?:st|nd|rd|th)\s+century\b(?!\s*(?:BC|BCE|B\.C\.|AD|CE))/g],
  // (Not the first digits of a telephone number, "1800 555 014".)
  ['year', /(?<![\d,.$£€-])\b(1[6-9]\d\d|20\d\d)\b(?!\d|,\d|%|\s+\d{3}|\s*(?:percent|per cent|people|troops|km|miles|TB|UTC|GMT|hours))/g],
];

const monthIndex = (m: string) => MONTHS.findIndex((x) => x.toLowerCase() === m.toLowerCase()) + 1;

export function findDates(sentence: Sentence): DateSpan[] {
  const found: DateSpan[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const [format, re] of DATE_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence.text))) {
      const s = m.index;
      const e = s + m[0].length;
      if (overlaps(s, e)) continue;
      taken.push([s, e]);
      const g = m.slice(1);
      const d: DateSpan = { text: m[0], start: sentence.start + s, end: sentence.start + e, sentence: sentence.index, format };
      if (format === 'month-day-year') Object.assign(d, { month: monthIndex(g[0]!), day: +g[1]!, year: +g[2]! });
      if (format === 'day-month-year') Object.assign(d, { day: +g[0]!, month: monthIndex(g[1]!), year: +g[2]! });
      if (format === 'month-year') Object.assign(d, { month: monthIndex(g[0]!), year: +g[1]! });
      if (format === 'month-day') Object.assign(d, { month: monthIndex(g[0]!), day: +g[1]! });
      if (format === 'day-month') Object.assign(d, { day: +g[0]!, month: monthIndex(g[1]!) });
      if (format === 'year' || format === 'decade' || format === 'century') d.year = +g[0]!;
      if (d.day !== undefined && (d.day < 1 || d.day > 31)) continue;
      // "May" alone is also a verb: only take it with a day or year, which the patterns above require.
      found.push(d);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const VERB_READ_AS_NOUN = new Set('fall falls fell rise rises rose grow grows grew drop drops remain remains stand stands lie lies live lives die dies died work works face faces need needs'.split(' '));

/** A figure's qualifier, by what it lets the true value be: above it, below it, or near it. */
export const QUALIFIERS = {
  lower: ['more than', 'over', 'at least', 'just over', 'well over', 'as many as', 'in excess of', 'upwards of'],
  upper: ['fewer than', 'less than', 'up to', 'just under', 'no more than', 'at most'],
  // "only 7 cm": the figure itself, said to be small.
  small: ['only', 'just'],
  approximate: ['nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'close to'],
} as const;
export type QualifierSense = keyof typeof QUALIFIERS;

/** What a qualifier ("more than") lets the value be, or undefined for none. */
export function senseOf(qualifier: string): QualifierSense | undefined {
  const q = qualifier.toLowerCase();
  return (Object.keys(QUALIFIERS) as QualifierSense[]).find((sense) => (QUALIFIERS[sense] as readonly string[]).includes(q));
}

// (The leftmost qualifier is taken: "no more than" before "more than", "just over" before "over".)
const QUALIFIER = new RegExp(
  `\\b(${Object.values(QUALIFIERS).flat().sort((a, b) => b.length - a.length).join('|')})\\s+$`,
  'i',
);
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const SCALE = /^(million|billion|trillion|thousand)$/i;
const PAIRED_PREPOSITION = /\b(?:beneath|under|underneath|below|above|inside|outside|within|on|in|near|behind|beside|into|onto|through)\s+(?:and|or)\s+$/i;
// (Not "tennis", "physics", "canvas", "crisis", "athletics": words in -s that are no plurals.)
const PLURAL_HEAD = /^[a-z]{3,}(?<!is|ss|us|as|ic)s$/;
const IRREGULAR_PLURAL = /^(?:children|people|men|women|mice|geese|teeth|feet)$/;
const UNIT_SYMBOL = /^(?:km|m|cm|mm|kg|g|mg|t|ha|l|ml|mph|kph|km\/h|mi|ft|in|lb|oz|kW|MW|GW|kWh|MWh|GWh)$/;
const PLURAL_MODIFIER = /^(?:times|sports|arms|goods|savings|news|species|series|means|jeans|customs|earnings|works|arts|systems|operations|communications|materials|sales|services|parks|roads)$/i;
const PREPOSITION = /^(?:across|around|throughout|within|along|among|amongst|beyond|despite|towards|versus|via|worldwide|nationwide|overall)$/i;
const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western)$/i;

/** Every plain number the text writes, in figures or as a word ("three to Halstead and 2 to Carnforth": 3, 2). */
export function listNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(NUMBER_OR_WORD)) {
    const word = m[0].toLowerCase() === 'one' ? 1 : NUMBER_WORDS[m[0].toLowerCase()];
    out.push(word ?? Number(m[0].replace(/,/g, '')));
  }
  return out.filter((n) => Number.isFinite(n));
}
const NUMBER_OR_WORD = new RegExp(`(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?(?![\\d])|\\b(?:one|${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'gi');
const HYPHEN_UNITS = /^-(strong|member|nation|year|day|month|week|hour|mile|kilometre|kilometer|metre|meter|seat|point|page|minute)\b/;

/** Quantities whose unit is named; a bare number says too little to ask about. */
export function findQuantities(sentence: Sentence, dates: DateSpan[]): QuantitySpan[] {
  const out: QuantitySpan[] = [];
  const tokens = sentence.tokens;
  const inDate = (start: number) => dates.some((d) => start >= d.start && start < d.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    // (Both patterns start with a digit: other tokens skip the RegExp.)
    const first = t.text.charCodeAt(0);
    const isDigits = first >= 0x30 && first <= 0x39 && /^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/.test(t.text);
    if (!isDigits && !(lower in NUMBER_WORDS)) continue;
    if (inDate(t.start)) continue;
    if (isDigits && /^(1[6-9]\d\d|20\d\d)$/.test(t.text)) continue; // a year the date patterns left out
    const rel = t.start - sentence.start;
    const before = sentence.text.slice(0, rel);
    if (/[\d.,:–-]$/.test(before)) continue; // part of a range or a time
    const prevWord = /(\S+)\s$/.exec(before)?.[1] ?? '';
    if (CAPITALISED_WORD.test(prevWord) && !/^(over|about|some|nearly|around|almost|roughly|only|just|than|to|by|and|of|in)$/i.test(prevWord)) continue; // a model name ("Falcon 9")
    let start = rel;
    // ("C$4.3 million", "US$12bn", "NZ$40", "R$310 million": a country's dollar or real keeps its letters.)
    const currency = DOLLAR_BEFORE.exec(before);
    if (currency) start -= currency[0].length;
    const hedge = QUALIFIER.exec(before.slice(0, start));
    // ("beneath and around 64 nests", "above and over 20 roofs": a preposition paired with another, not a hedge.)
    const qual = hedge && !PAIRED_PREPOSITION.test(before.slice(0, start - hedge[0].length)) ? hedge : null;
    if (qual) start -= qual[0].length;
    let j = i + 1;
    let end = t.end;
    if (tokens[j] && SCALE.test(tokens[j]!.text)) end = tokens[j++]!.end;
    const after = sentence.text.slice(end - sentence.start);
    let unit = '';
    const hyphen = HYPHEN_UNITS.exec(after);
    const pct = /^(\s?%|\s+percent\b|\s+per cent\b)/.exec(after);
    // "48.1°C", "39.7 °F": a temperature's sign is its unit (round 93's heatwave report had none asked).
    const degrees = /^\s?°\s?[CF]\b/.exec(after);
    if (degrees) {
      unit = degrees[0];
      end += degrees[0].length;
    } else if (hyphen) {
      unit = hyphen[0];
      end += hyphen[0].length;
    } else if (pct) {
      unit = pct[0];
      end += pct[0].length;
    } else {
      // Up to two modifiers then nouns: "267 overnight drone attacks", "500 people".
      const unitTokens = [];
      let k = j;
      while (k < tokens.length && unitTokens.length < 3) {
        let u = tokens[k]!;
        let next = k + 1;
        // "41 full-time equivalent posts": a compound the tokenizer split at its hyphen is one word of the unit.
        const hyphen = tokens[k + 1];
        const tail = tokens[k + 2];
        if (hyphen?.text === '-' && tail && hyphen.start === u.end && tail.start === hyphen.end && /^[a-z]/i.test(tail.text)) {
          u = { ...tail, start: u.start, text: sentence.text.slice(u.start - sentence.start, tail.end - sentence.start) };
          next = k + 3;
        }
        // "€25m." closing a sentence: the tokenizer keeps the stop on the scale letter.
        if (k === j && u.start === end && /^(?:m|bn|k)\.$/i.test(u.text)) {
          unitTokens.push({ ...u, text: u.text.slice(0, -1), end: u.end - 1 });
          k = next;
          break;
        }
        if (!/^[a-z][\w-]*$/i.test(u.text) || !/^(NOUN|ADJ|PROPN)$/.test(u.pos)) break;
        // "about 1,300 people across the UK": a preposition the tagger read as a noun ends the unit.
        if (PREPOSITION.test(u.text)) break;
        // "12 km north-west of Monchique": a bearing follows the unit, it is no part of it.
        if (COMPASS.test(u.text)) break;
        // "who turns 36 next month": a time after an age is no unit.
        if (k === j && /^(?:next|last|this)$/i.test(u.text)) break;
        if (u.pos === 'PROPN' && !/^[A-Z]{2,4}$/.test(u.text)) break;
        // "23 volunteers clear weed": a plural noun is the unit's head, and what follows it is the sentence going on.
        // ("12 tennis courts", "8 weapons inspectors": a word before another plural is its modifier; review of round 65.)
        const previous = unitTokens[unitTokens.length - 1];
        const pluralHead = previous && previous.pos === 'NOUN' && ((PLURAL_HEAD.test(previous.text) && !PLURAL_MODIFIER.test(previous.text)) || IRREGULAR_PLURAL.test(previous.text));
        // ("a village of 150 people costs between ...": "people", "children" modify no noun after them; round 86.)
        if (pluralHead && (!PLURAL_HEAD.test(u.text) || IRREGULAR_PLURAL.test(previous.text))) break;
        unitTokens.push(u);
        k = next;
      }
      // "51 different post-consumer plastic containers": a unit cut short by the three-word limit is no unit.
      const runsOn = unitTokens.length === 3 && k < tokens.length && /^(NOUN|ADJ)$/.test(tokens[k]!.pos) && /^[a-z]/i.test(tokens[k]!.text);
      if (runsOn) unitTokens.length = 0;
      // "about 42,000 battery packs sold": the tagger may read the plural head of a compound as a verb ("packs").
      const lastUnit = unitTokens[unitTokens.length - 1];
      const head = tokens[k];
      // (Not after a unit's symbol: "a trail of 6.5 km leads from the monastery"; round 95.)
      if (lastUnit && head && unitTokens.length < 3 && !/s$/i.test(lastUnit.text) && !IRREGULAR_PLURAL.test(lastUnit.text) && !UNIT_SYMBOL.test(lastUnit.text) && head.start === lastUnit.end + 1 && /^[a-z]{3,}s$/.test(head.text) && !PREPOSITION.test(head.text) && head.pos !== 'ADP' && !VERB_READ_AS_NOUN.has(head.text) && (isDigits ? Number(t.text.replace(/,/g, '')) : NUMBER_WORDS[lower]!) > 1) {
        unitTokens.push(head);
      }
      // "Eleven villages fall inside it": the tagger reads some verbs as nouns; a unit never ends on one.
      // ("the crowd of around 600 settling along the bank": nor on a participle; round 67.)
      while (unitTokens.length && (unitTokens[unitTokens.length - 1]!.pos === 'ADJ' || VERB_READ_AS_NOUN.has(unitTokens[unitTokens.length - 1]!.text.toLowerCase()) || /^[a-z]{3,}ing$/.test(unitTokens[unitTokens.length - 1]!.text))) unitTokens.pop();
      if (unitTokens.length) {
        unit = sentence.text.slice(unitTokens[0]!.start - sentence.start, unitTokens[unitTokens.length - 1]!.end - sentence.start);
        end = unitTokens[unitTokens.length - 1]!.end;
        // "1,238 men and women": the count is of both.
        const pair = /^\s+and\s+(?:women|men|children|girls|boys)\b/.exec(sentence.text.slice(end - sentence.start));
        if (pair && /^(?:men|women|boys|girls|adults)$/.test(unit)) {
          unit += pair[0];
          end += pair[0].length;
        }
        // "48 apple and pear varieties": a modifier joined to another before their one head noun.
        // (Only a noun or adjective then a plural noun: not "5 km and three hours", "90 mph and it was dark".)
        const joined = /^\s+(?:and|or)\s+(\p{Ll}+)\s+(\p{Ll}+s)\b/u.exec(sentence.text.slice(end - sentence.start));
        const tokenOf = (word: string | undefined) => tokens.find((x) => x.start > end && x.text === word);
        const modifier = tokenOf(joined?.[1]);
        if (joined && unitTokens.length === 1 && !/s$/.test(unit) && unit.length > 3 && unitTokens[0]!.pos === 'NOUN' && !(joined[1]! in NUMBER_WORDS) && /^(?:NOUN|ADJ)$/.test(modifier?.pos ?? '') && tokenOf(joined[2])?.pos === 'NOUN') {
          unit += joined[0];
          end += joined[0].length;
        }
      }
    }
    if (!unit && !currency) continue;
    // "186 km²": the power belongs to the unit.
    const power = /^[²³]/.exec(sentence.text.slice(end - sentence.start))?.[0];
    if (power && unit) {
      unit += power;
      end += power.length;
    }
    if (HYPHEN_THEN_LETTER.test(sentence.text.slice(end - sentence.start))) continue; // "10 percentage-point": the unit runs on
    // A duration ("for 27 years", "within 24 hours") reads well; a clock time ("0900 hours"), an age or a multiplier does not.
    const duration = /^(for|within|after|than|over|past|last|nearly|almost|about|around|some|only|just|as|to|from|by)$/i.test(prevWord) && Number(t.text.replace(/,/g, '')) < 1000;
    if (/^(UTC|GMT|am|pm)$/i.test(unit) || (/^hours$/i.test(unit) && (!duration || /^0|^\d{3,}$/.test(t.text)))) continue;
    if (/^(years?|times?)$/.test(unit) && !qual && !(duration && /^years?$/.test(unit))) continue;
    const numberText = t.text;
    out.push({
      text: sentence.text.slice(start, end - sentence.start),
      start: sentence.start + start,
      end,
      sentence: sentence.index,
      qualifier: qual ? qual[1]!.toLowerCase() : '',
      value: isDigits ? Number(t.text.replace(/,/g, '')) : NUMBER_WORDS[lower]!,
      numberText,
      unit: unit.trim(),
    });
  }
  return out;
}
