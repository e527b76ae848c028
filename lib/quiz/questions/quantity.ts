/** How many / how much: the key keeps its qualifier and unit ("more than 170 peacekeepers"). */
import type { RejectedCandidate } from '../schema';
import { offer, pickQuantityDistractors } from '../distractors';
import type { Facts, QuantitySpan } from '../facts/3-facts';
import { listNumbers } from '../facts/numbers';
import type { Sentence } from '../text/2-annotate';
import { CITATION_MARKS } from '../text/words';
import { asQuestion, blankOrReject, checkSentence, COORDINATED_CLAUSE, countWords, givesAway, MAX_STEM_WORDS, stripLead, type Built } from './stem';

// Sizes anyone knows without reading ("the 15-member UN Security Council", "the 27-nation European Union").
const GENERAL_KNOWLEDGE = /^-(member|nation)$/;
// The day anyone knows: "the 24-hour cycle" (not "a 24-hour strike").
const KNOWN_SPANS = /^(?:24|twenty-four)-hour$/i;
const TIME_UNIT = /(second|minute|hour|day|week|month|year|decade|century|season|term)s?$/;
// Rates, shares and measures: "2.4 per cent", "3 percentage points", "2 metres" are facts, not guessable counts.
const MEASURE_UNIT = /%|per ?cent|percentage|point|metre|meter|kilo|mile|gram|tonne|ton|litre|liter|degree|euro|dollar|pound|\$|£|€/;

// Nothing, or a qualifier only, before a share that opens its sentence.
const SHARE_OPENS = /^(?:(?:About|Around|Nearly|Almost|Roughly|Some|Over|More than|Less than|Fewer than|Just over|Just under)\s+)?$/;

/** "More than 170 peacekeepers have died ..." -> "How many peacekeepers have died ..., according to the article?" */
export function writeQuantityQuestion(sentence: Sentence, q: QuantitySpan): string | undefined {
  if (!q.unit || /^[-%]|percent/.test(q.unit)) return undefined;
  const text = stripLead(sentence.text);
  if (!text.toLowerCase().startsWith(q.text.toLowerCase())) return undefined;
  // "About 11,000 journeys a day are normally made ...": the rate stays with the unit.
  const rate = /^\s+(?:a|per|each)\s+(?:day|week|month|year)\b/.exec(text.slice(q.text.length))?.[0] ?? '';
  const rest = text.slice(q.text.length + rate.length);
  const next = /^\s+([a-z]+)/.exec(rest)?.[1];
  const verb = sentence.tokens.find((t) => t.text === next && t.start >= q.end);
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined;
  // ("About 86 staff employed by Teifi Valley Care Ltd, ..., voted for strike action": a participle with its "by" opens
  // a reduced relative, not the clause's verb; round 91.)
  // (Only with a verb of its own after it: "About 300 workers voted by a large majority" is the clause's; a review.)
  if (/ed$/.test(verb.text) && /^\s+\S+\s+by\s[^.]*?\b(?:voted|were|was|are|is|have|has|had|will|said|signed|agreed|took|went|walked|began)\b/.test(rest)) return undefined;
  // (And an absolute phrase closing it: "About 20 students attend regularly, the youngest aged 12."; round 97.)
  const main = rest.replace(/,\s+(making|creating|which|sparking|including)\b.*$/, '.').replace(/,\s+the\s+\p{Ll}+est\b[^,]*$/u, '.');
  // A second clause ("..., and about 1,100 were spending the night ...") would be asked about too: keep the fill-in.
  if (COORDINATED_CLAUSE.test(main)) return undefined;
  // (A sentence that names its source keeps it alone: "..., according to the organisers, according to the article?".)
  const source = /\baccording to\b/.test(main) ? '' : ', according to the article';
  const stem = asQuestion(`How many ${q.unit}${rate}${main.replace(/[.!]$/, '')}${source}.`);
  return countWords(stem) <= MAX_STEM_WORDS ? stem : undefined;
}

/** Options read as phrases, not sentence openings: "more than 170 peacekeepers". */
function asPhrase(s: string): string {
  return /^(More|Over|Nearly|Almost|About|Around|Roughly|Some|Fewer|Less|Only|Just|Up|At|As|An)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/g;

/** "_____ in total, three to Halstead players and two to Carnforth": the rest of the sentence sums to the key. */
function addsUp(sentence: Sentence, q: QuantitySpan): boolean {
  // (A reference mark, "[9]", or a year is no figure of the sentence.)
  const rest = listNumbers(`${sentence.text.slice(0, q.start - sentence.start)} ${sentence.text.slice(q.end - sentence.start)}`.replace(CITATION_MARKS, ' ').replace(YEAR, ' '));
  // "Among the 27 new species are nine crustaceans, six molluscs, ...": a list of four or more adds up to the key, or
  // to a total the key is one part of.
  const sum = rest.reduce((total, n) => total + n, 0);
  // (Within rounding: 2.9 + 1.9 + 1.4 is 6.199999... in floating point.)
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
  if (rest.length > 3 && (same(sum, q.value) || rest.some((t) => same(t, q.value + sum - t)))) return true;
  // ("Norvenia's 151-seat parliament approved it by _____ to 66, with four members absent": the parts make the whole the
  // hyphen names; round 73.)
  const whole = HYPHEN_WHOLE.exec(sentence.text);
  if (whole) {
    const total = Number(whole[1]);
    const parts = rest.filter((n) => n !== total);
    // (And the whole itself: "by 104 votes to 91 in the _____ Chamber, with five members absent".)
    if (same(q.value, total)) {
      if (parts.some((a, i) => parts.some((b, j) => j > i && (same(a + b, total) || parts.some((c, k) => k > j && same(a + b + c, total)))))) return true;
    } else if (parts.some((a, i) => same(q.value + a, total) || parts.some((b, j) => j > i && same(q.value + a + b, total)))) return true;
  }
  // ("Eleven of the _____ voted in favour, two abstained and Ambaru itself was barred": the one named counts too;
  // round 70.)
  if (/\b(?:itself|himself|herself)\b/.test(sentence.text) && rest.length >= 2 && rest.length <= 4 && same(sum + 1, q.value)) return true;
  if (!TOTAL_CUE.test(sentence.text)) return false;
  for (let i = 0; i < rest.length; i++) {
    for (let j = i + 1; j < rest.length; j++) {
      if (same(rest[i]! + rest[j]!, q.value)) return true;
      for (let k = j + 1; k < rest.length && k < 12; k++) if (same(rest[i]! + rest[j]! + rest[k]!, q.value)) return true;
    }
  }
  // "fined him _____ and ordered him to pay £4,850 in costs and a £2,000 surcharge - a total of £18,850": the key is
  // the total less the other parts (in a sentence that says "total").
  // ("Of the $45 million research fund, _____ has been pledged by the governments and $27 million by two donors": a
  // sentence opening on its whole; round 69.)
  // ("31 reptiles, including 21 shingleback lizards, five skinks and five geckos": a whole the key and its other parts
  // follow; round 77. Not "44 goals from 47 attempts, including three super shots", where the key is no part.)
  const including = /\b(\d[\d,]*)\s+\p{L}+,?\s+including\s/u.exec(sentence.text);
  if (including && q.start - sentence.start > including.index + including[0].length - 1) {
    const total = Number(including[1]!.replace(/,/g, ''));
    const parts = listNumbers(sentence.text.slice(including.index + including[0].length).replace(CITATION_MARKS, ' ')).filter((n) => n !== q.value);
    if (parts.length >= 1 && parts.length <= 4 && same(parts.reduce((a, b) => a + b, 0) + q.value, total)) return true;
  }
  if (!/\b(?:a total of|in total|in all|altogether|combined|the total (?:to|of))\b|^Of (?:the|its|their)\b/i.test(sentence.text)) return false;
  // ("..., £15,000 for injury to feelings and a basic award of £1,410, plus interest, bringing the total to £38,450":
  // with a small extra the stem leaves unsaid, the parts still come within a tenth of the total.)
  const extra = /\bplus\s+(?:interest|costs|fees|VAT|expenses)\b/i.test(sentence.text);
  const makes = (sum: number, total: number) => same(sum, total) || (extra && sum < total && sum >= total * 0.9);
  return rest.some((total, t) => {
    const parts = rest.filter((_, i) => i !== t);
    return parts.some((a, i) => makes(q.value + a, total) || parts.some((b, j) => j > i && makes(q.value + a + b, total)));
  });
}

/**
 * "worth _____ a week before tax, or $1,768 over a year", "2,433 votes, a turnout of 71.3% of _____ members": the key
 * follows from the sentence's other figures by a week's, a month's or a percentage's arithmetic.
 */
/** Does the sentence give two dates whose distance, in the key's unit, is about the key? */
function datesWorkOut(facts: Facts, q: QuantitySpan): boolean {
  const dates = facts.dates.filter((x) => x.sentence === q.sentence);
  const unit = /^-?days?\b/.test(q.unit) ? 1 : /^-?weeks?\b/.test(q.unit) ? 7 : /^-?months?\b/.test(q.unit) ? 30.44 : /^-?years?\b/.test(q.unit) ? 365.25 : undefined;
  if (!unit) return false;
  // (A date without its year takes the sentence's: "between 4 February and 11 March 2024".)
  const year = dates.find((d) => d.year !== undefined)?.year ?? 2001;
  const dayOf = (d: (typeof dates)[number]) => (d.month === undefined ? undefined : Date.UTC(d.year ?? year, d.month - 1, d.day ?? 15) / 86_400_000);
  const yearOnly = (d: (typeof dates)[number]) => (d.month === undefined && d.year !== undefined ? (d.year - 1970) * 365.25 : undefined);
  const days = dates.map((d) => dayOf(d) ?? yearOnly(d)).filter((x): x is number => x !== undefined);
  // ("in January 2019 ... a ban of 18 months ... in March 2023": four years apart, no sum of the key.)
  return days.some((a, i) => days.slice(i + 1).some((b) => Math.abs(Math.abs(a - b) / unit - q.value) <= Math.max(1, q.value * 0.1)));
}

/**
 * What the stem says of the options: "The longest season on record was _____" keyed the largest of them gives itself
 * away, and "open for between six and _____" rules out any option below six (round 70).
 */
function explainOptionsAgainstStem(stem: string, q: QuantitySpan, options: string[]): string | undefined {
  const values = options.map((o) => listNumbers(o)[0]).filter((v): v is number => v !== undefined);
  if (values.length !== options.length) return undefined;
  if (MOST.test(stem) && values.every((v) => v < q.value)) return 'the stem asks for the most and the key is the largest option';
  if (LEAST.test(stem) && values.every((v) => v > q.value)) return 'the stem asks for the least and the key is the smallest option';
  // ("the fourth of _____ children" against "two children": the ordinal is a lower bound; round 76.)
  const ordinal = /\bthe\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+of\s+_____/i.exec(stem)?.[1];
  if (ordinal && values.some((v) => v < ORDINALS.indexOf(ordinal.toLowerCase()) + 2)) return 'an option falls below the ordinal the stem gives';
  const low = /\bbetween\s+(\S+)\s+and\s+_____/.exec(stem)?.[1];
  const lowValue = low === undefined ? undefined : listNumbers(low)[0];
  if (lowValue !== undefined && values.some((v) => v <= lowValue)) return 'an option falls below the range the stem opens';
  return undefined;
}
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const MOST = /\b(?:the|its|their|a)\s+(?:[\p{Ll}-]+\s+)?(?:longest|largest|biggest|highest|greatest|record|heaviest|tallest|deepest|fastest)\b[^,;]{0,60}_____/u;
const LEAST = /\b(?:the|its|their|a)\s+(?:[\p{Ll}-]+\s+)?(?:shortest|smallest|lowest|fewest|lightest|slowest)\b[^,;]{0,60}_____/u;

function worksOut(sentence: Sentence, q: QuantitySpan): boolean {
  const text = sentence.text;
  const rest = text.slice(0, q.start - sentence.start) + ' ' + text.slice(q.end - sentence.start);
  const percents = [...rest.matchAll(PERCENT)].map((m) => Number(m[1]!.replace(/,/g, '')));
  // Counts only: a percentage is a share, not a count to divide.
  const counts = listNumbers(rest.replace(PERCENT, ' ')).filter((n) => n > 0);
  const periods = [/\bweek/i.test(text) && /\byear|annual/i.test(text) ? 52 : 0, /\bmonth/i.test(text) && /\byear|annual/i.test(text) ? 12 : 0].filter(Boolean);
  const close = (x: number) => Math.abs(x - q.value) <= q.value * 0.015;
  // "2,433 of 3,412 members voted, a turnout of _____": a share is one count over another; "from £4,310 to £4,585, an
  // increase of _____": a change is the difference over the start.
  // "approved the merger by 52.1% to _____": the two sides of a vote make the whole.
  const beforeKey = text.slice(0, q.start - sentence.start);
  const afterKey = text.slice(q.end - sentence.start);
  const sideBefore = VOTE_SIDE_BEFORE.exec(beforeKey);
  const other =
    sideBefore?.[1] ??
    sideBefore?.[2] ??
    VOTE_SIDE_AFTER.exec(afterKey)?.[1] ??
    (VOTE_SIDE_AFTER_BY.test(beforeKey) ? /^\s+to\s+(\d+(?:\.\d+)?)\s?(?:%|per ?cent)/.exec(afterKey)?.[1] : undefined);
  if (/%|per ?cent/.test(q.unit) && other !== undefined && Math.abs(Number(other) + q.value - 100) < 0.15) return true;
  // ("Around _____ was financed by a loan ..., while the members' labour accounted for the remaining 15%": the rest of a
  // whole names its other part; round 82.)
  const remaining = /\bthe\s+(?:remaining|other|rest of the)\s+(\d+(?:\.\d+)?)\s?(?:%|per ?cent)/.exec(rest);
  if (/%|per ?cent/.test(q.unit) && remaining && Math.abs(Number(remaining[1]) + q.value - 100) < 0.15) return true;
  // (And the mirror: "About 75% ... and the remaining _____ ..."; a review of round 82's rule.)
  if (/%|per ?cent/.test(q.unit) && /\bthe\s+(?:remaining|other|rest,?)\s*$/.test(beforeKey) && percents.length === 1 && Math.abs(percents[0]! + q.value - 100) < 0.15) return true;
  // ("put the Yes side on 49% and the No side on _____, with 4% undecided": shares of one whole; round 72.)
  if (/%|per ?cent/.test(q.unit) && percents.length >= 2 && Math.abs(percents.reduce((a, b) => a + b, 0) + q.value - 100) < 0.15) return true;
  // ("fell from 64% ... to _____ ..., a drop of 11 percentage points": a share, its start and its change in points, in
  // one clause; round 75. Not "rose 4 points to 34%, while another fell to _____".)
  const fromShare = /\bfrom\s+(\d+(?:\.\d+)?)\s?(?:%|per ?cent)[^;]{0,80}\bto\s*$/.exec(beforeKey);
  const pointsAfter = /^[^;]{0,80}?\b(\d+(?:\.\d+)?)\s+percentage points?\b/.exec(afterKey);
  if (/%|per ?cent/.test(q.unit) && fromShare && pointsAfter && [1, -1].some((sign) => Math.abs(Number(fromShare[1]) + sign * Number(pointsAfter[1]) - q.value) < 0.15)) return true;
  const fromTo = /\bfrom\s+(\d+(?:\.\d+)?)\s?(?:%|per ?cent)[^;]{0,80}\bto\s+(\d+(?:\.\d+)?)\s?(?:%|per ?cent)[^;]*$/.exec(beforeKey);
  if (/percentage points?/.test(q.unit) && fromTo && Math.abs(Math.abs(Number(fromTo[1]) - Number(fromTo[2])) - q.value) < 0.15) return true;
  // ("_____ ..., compared with 17.3 per cent ..., a relative reduction of roughly 32 per cent": a share and its relative
  // change give the other; round 76.)
  const relative = /\brelative\s+(?:reduction|increase|drop|fall|rise)\b/i.test(text);
  const near3 = (x: number) => Math.abs(x - q.value) <= q.value * 0.03;
  if (/%|per ?cent/.test(q.unit) && relative && percents.some((a) => percents.some((p) => a !== p && ([1 - p / 100, 1 + p / 100].some((k) => near3(a * k) || near3(a / k)) || near3(Math.abs(100 * (1 - a / p))))))) return true;
  if (/%|per ?cent/.test(q.unit)) return counts.some((x) => counts.some((y) => x !== y && (close((100 * x) / y) || close((100 * Math.abs(y - x)) / x))));
  const shares = percents.map((p) => p / 100).filter((p) => p > 0 && p < 1);
  // "_____ a week, up from 3,480 — an increase of 212": a new figure is the old one and its change.
  const changed = CHANGE_CUE.test(text) && counts.some((x) => counts.some((y) => x !== y && (close(x + y) || close(Math.abs(x - y)))));
  // "_____ visits, down from 262,000 - a fall of almost 29%": a new figure is the old one less (or plus) its change, to
  // within the rounding an "almost" allows.
  const near = (x: number) => Math.abs(x - q.value) <= q.value * 0.03;
  const scaled = CHANGE_CUE.test(text) && counts.some((x) => percents.some((p) => [1 - p / 100, 1 + p / 100].some((k) => near(x * k) || near(x / k))));
  // ("a break of 20 minutes to each of their four school days, giving pupils an extra _____ per week": a figure for each
  // of a count; round 76.)
  const each = /\beach\s+of\s+(?:their|its|the|his|her)\b/i.test(text) && counts.some((x) => counts.some((y) => x !== y && (close(x * y) || close(x / y))));
  if (each) return true;
  // ("$3.10 each against $2.05 for a standard net, an increase of roughly half": a change by a fraction; round 70.)
  const fraction = FRACTION_CHANGE.exec(text);
  const share = fraction ? FRACTIONS[fraction[1]!.toLowerCase()]! : 0;
  const fractional = !!fraction && counts.some((x) => [1 + share, 1 - share].some((k) => Math.abs(x * k - q.value) <= q.value * 0.05 || Math.abs(x / k - q.value) <= q.value * 0.05));
  return changed || scaled || fractional || counts.some((x) => periods.some((k) => close(x / k) || close(x * k)) || shares.some((p) => close(x / p) || close(x * p)));
}
const FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, 'a half': 0.5, 'a third': 1 / 3, 'a quarter': 0.25, 'two-thirds': 2 / 3, 'three-quarters': 0.75, 'a fifth': 0.2 };
const FRACTION_CHANGE =
  /\b(?:increase|rise|premium|jump|fall|drop|cut|reduction|decrease) of (?:roughly |about |nearly |almost |around |more than |just over |just under )?(half|a half|a third|a quarter|two-thirds|three-quarters|a fifth)\b/i;
// ("rose from 45% to 55%" is a change, not two sides: the vote's "by" or "against" says so.)
const VOTE_SIDE_BEFORE = /\bby\s+(\d+(?:\.\d+)?)\s?(?:%|per ?cent)\s+(?:to|against|versus|vs\.?)\s+$|(\d+(?:\.\d+)?)\s?(?:%|per ?cent)\s+(?:against|versus|vs\.?)\s+$/;
const VOTE_SIDE_AFTER = /^\s+(?:against|versus|vs\.?)\s+(\d+(?:\.\d+)?)\s?(?:%|per ?cent)/;
const VOTE_SIDE_AFTER_BY = /\bby\s+$/;
// ("fell by 12% to £5.1m, compared with _____ a year earlier": a change by a share, with its end, gives its start;
// "has risen from 26 to 31 after _____ more bodies were found": a change's two ends give its size.)
const CHANGE_CUE = /\b(?:up from|down from|increase of|decrease of|rise of|fall of|drop of|an extra|more than before|fewer than before|(?:rose|risen|fell|fallen|grew|grown|dropped|declined|climbed|increased|decreased|jumped|slipped)\s+(?:by\s+|from\s+)?\d)/i;
const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|per ?cent)/g;

const ALIKE = /\b(?:similar|comparable|roughly equal|about the same|nearly identical|in line with)\b/i;
const PAIRED = /\b(?:versus|vs\.?|compared with|compared to|against)\s/i;
// ("Of the 408 grains examined, 312 were emmer wheat and 96 naked barley": a sentence opening on its whole.)
const TOTAL_CUE = /\b(?:total|in all|altogether|combined|of them|of which|including|made up of)\b|[:;(]|^(?:Of|Among) the\b/i;
const HYPHEN_WHOLE = /\b(\d+)-(?:seat|member)\b/;

// An acronym or a capitalised word that is no sentence opener right before the number: "FTSE 250", "Airbus A320".
// (Also a numbered provision or stage: "a section 106 agreement", "Article 5", "phase 2".)
const NAME_BEFORE_NUMBER = /(?:\b[A-Z][A-Z&]{1,6}|\b(?:[Ss]ection|[Aa]rticle|[Cc]lause|[Pp]aragraph|[Cc]hapter|[Ss]chedule|[Rr]ule|[Pp]hase|[Ss]tage|[Ll]evel|[Gg]rade|[Cc]ategory|[Tt]ier|[Rr]oute|[Pp]latform|[Gg]ate|[Nn]umber|No\.)|\S\s+(?!(?:In|On|By|Since|Until|From|Of|And|Or|About|Some|Nearly|Almost|Over|Under|Around|January|February|March|April|May|June|July|August|September|October|November|December)\s)\p{Lu}\p{Ll}+)\s+$/u;

/** Does the rest of the sentence list as many capitalised names as the count ("...: A, B, C and D")? */
function countsItsList(after: string, count: number): boolean {
  // (Or right after a comma: "survived by his four children, Colette, Gérald, Marie-Anne and Paul; 11 grandchildren"; round 80.)
  const list =
    /^[^,.:;]{0,30},\s+(\p{Lu}[^;.:,]*(?:,\s+\p{Lu}[^;.:,]*)+,?\s+and\s+\p{Lu}[\p{L}'’-]+)/u.exec(after)?.[1] ?? /^[^:;]{0,40}[:;(]\s*(.*)$/.exec(after)?.[1] ?? /^[^,.]{0,30},\s+(?:including|namely)\s+(.*)$/.exec(after)?.[1];
  if (!list) return false;
  const names = list.match(/\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu) ?? [];
  return names.length === count;
}

export function buildQuantityQuestions(facts: Facts): Built[] {
  const out: Built[] = [];
  for (const q of facts.quantities) {
    const sentence = facts.sentences[q.sentence]!;
    // "a dialogue between two presidents", "one of three sisters": a count this small is guessed from the sentence;
    // a duration ("a two-year contract") is not.
    if (Number.isInteger(q.value) && q.value <= 3 && !TIME_UNIT.test(q.unit) && !MEASURE_UNIT.test(q.unit)) {
      out.push({ kind: 'quantity', stem: sentence.text, reason: `count "${q.text}" is guessable from the sentence` });
      continue;
    }
    // ("a 50-metre pool": a pool's length is one of two anyone knows; round 66.)
    const poolLength = (q.value === 50 || q.value === 25) && /^-?(?:metres?|m)$/.test(q.unit) && /\bpool\b/i.test(sentence.text);
    if (poolLength || GENERAL_KNOWLEDGE.test(q.unit) || (KNOWN_SPANS.test(q.text) && /^\s+(?:cycle|clock|day)\b/.test(sentence.text.slice(q.end - sentence.start)))) {
      out.push({ kind: 'quantity', stem: sentence.text, reason: `size "${q.text}" is general knowledge` });
      continue;
    }
    // "four or _____ consecutive nights": an idiom's pair of neighbours ("four or five") gives the key away.
    const before = sentence.text.slice(0, q.start - sentence.start);
    const after = sentence.text.slice(q.end - sentence.start);
    // (A small count right beside it, no comma between: "212, or 6.1%" and "£2 or £1.50" are two facts.)
    const neighbourBefore = /(?:^|\s)(\w+)\s+or\s+$/.exec(before)?.[1];
    const neighbourAfter = /^\s+or\s+(\w+)\b/.exec(after)?.[1];
    if ([neighbourBefore, neighbourAfter].some((w) => w !== undefined && (listNumbers(w)[0] ?? Infinity) <= 20)) {
      out.push({ kind: 'quantity', stem: sentence.text, reason: `count "${q.text}" is guessable from the sentence` });
      continue;
    }
    // "will cover four districts: the city of Beira and the districts of Dondo, Buzi and Nhamatanda": the sentence names
    // as many as the count (round 57).
    if (q.value >= 2 && q.value <= 12 && countsItsList(after, q.value)) {
      out.push({ kind: 'quantity', stem: sentence.text, reason: `count "${q.text}" is guessable from the sentence` });
      continue;
    }
    const reason =
      checkSentence(sentence) ??
      (sentence.text.charAt(q.end - sentence.start) === '/' ? 'the unit goes on after the number ("km/h")' : undefined) ??
      // "in two weeks' time": the possessive belongs to the figure, and a blank before it reads wrong.
      (/^[’']/.test(sentence.text.slice(q.end - sentence.start)) ? 'the figure is a possessive ("two weeks\' time")' : undefined) ??
      // "the FTSE 250 index", "a Boeing 737": a number that is part of a name.
      (/^\d/.test(q.text) && NAME_BEFORE_NUMBER.test(sentence.text.slice(0, q.start - sentence.start)) ? 'the number is part of a name' : undefined) ??
      // "Seven minutes later the home side were level": a time counted from an event the stem leaves out.
      (/^\s+(?:later|earlier|afterwards)\b/.test(sentence.text.slice(q.end - sentence.start)) && TIME_UNIT.test(q.unit)
        ? 'a time counted from an event the stem leaves out'
        : undefined) ??
      // "reduced to 10 men" after a red card: a side's size is general knowledge.
      (/\b(?:to|with|down to)\s+$/.test(sentence.text.slice(0, q.start - sentence.start)) && /^(?:men|players|women)$/.test(q.unit) && q.value <= 15
        ? 'a side’s size is general knowledge'
        : undefined) ??
      (addsUp(sentence, q) ? 'the sentence adds up to the key' : undefined) ??
      // "touched in _____ 5.48 seconds" keyed "1 minute": the larger unit of a compound time is half of one figure too.
      (/^(?:minutes?|hours?)$/.test(q.unit) && /^\s+(?:and\s+)?\d+(?:\.\d+)?\s+(?:seconds?|minutes?)\b/.test(sentence.text.slice(q.end - sentence.start)) ? 'the key is half of a duration' : undefined) ??
      (/^seconds?$/.test(q.unit) && /\b\d+\s+minutes?\s+(?:and\s+)?$/.test(sentence.text.slice(0, q.start - sentence.start)) ? 'the key is half of a duration' : undefined) ??
      // A race's distance is its name ("the women's 400m individual medley", "won the 60m in 6.48s"): no "600m medley"
      // or indoor "30m" exists.
      (/\b(?:medley|freestyle|backstroke|breaststroke|butterfly|relay|hurdles|steeplechase)\b/.test(q.unit) ||
      (/^[\d,]+\s?(?:m|metres|meters|km|miles)$/.test(q.text) && /\b(?:men|women|boys|girls)[’']s\s+$/i.test(sentence.text.slice(0, q.start - sentence.start)))
        ? 'the number names an event'
        : undefined) ??
      // "1 hour _____" of "1 hour 14 minutes": the smaller unit of a compound duration is half of one figure.
      (/\b\d+\s+hours?\s+(?:and\s+)?$/.test(sentence.text.slice(0, q.start - sentence.start)) && /^minutes?\b/.test(q.unit) ? 'the key is half of a duration' : undefined) ??
      (worksOut(sentence, q) ? "the sentence's other figures work out the key" : undefined) ??
      // "at similar rates in both groups (4.1% versus _____)": the sentence says the key is close to a figure it gives.
      (ALIKE.test(sentence.text) && PAIRED.test(sentence.text) ? 'the sentence says the figures are alike' : undefined) ??
      // "a _____ expedition between 4 February and 11 March": the two dates give its length (round 53: so do "December
      // 2016" and "March 2019" the months between them, and two years the years).
      (datesWorkOut(facts, q) ? 'the dates work out the key' : undefined);
    if (reason) {
      out.push({ kind: 'quantity', stem: sentence.text, reason });
      continue;
    }
    const wh = writeQuantityQuestion(sentence, q);
    const blank = wh ? { stem: wh } : blankOrReject('quantity', sentence, q.start, q.end);
    if ('reason' in blank) {
      out.push(blank as RejectedCandidate);
      continue;
    }
    const stem = blank.stem;
    // ("a rate of 7.1 cases per _____" keyed "100 resident-years": a rate's base is a convention, not a finding; round 72.)
    if (/\bper\s+_____/.test(stem) && [10, 100, 1000, 10000, 100000, 1000000].includes(q.value)) {
      out.push({ kind: 'quantity', stem, reason: "the key is a rate's base" });
      continue;
    }
    // "The _____ is being paid for mainly by a grant" keyed "£14.6 million project": the blank holds the subject itself.
    if (/^The _____ /.test(stem) && /^[£$€]/.test(q.text) && /\s\p{L}+$/u.test(q.text)) {
      out.push({ kind: 'quantity', stem, reason: 'the blank holds the subject, so the stem asks nothing' });
      continue;
    }
    // "The _____ commit to keeping the river's flow ..." keyed "four countries": a count after "the" as the subject is a
    // group the sentence before named ("Five of the _____ run by the council" says which).
    if (/^(?:[^,_]{1,40},\s+)?[Tt]he _____ (?!(?:of|who|which|that|in|at|on|to|from|aged|run|named|listed)\b)\p{Ll}/u.test(stem) && !/^[£$€]/.test(q.text) && /\s\p{L}+$/u.test(q.text)) {
      out.push({ kind: 'quantity', stem, reason: 'a count after "the" is a group an earlier sentence named' });
      continue;
    }
    // "About 70 per cent took place between 6 a.m. and 10 a.m.": a share that is the subject, of nothing the sentence
    // names, is a share of what the sentence before counted (round 85: "How many per cent took place ...?").
    if (/%|per ?cent/.test(q.unit) && SHARE_OPENS.test(sentence.text.slice(0, q.start - sentence.start)) && /^\s+(?!(?:of|more|fewer|less|higher|lower|above|below|up|down)\b)\p{Ll}/u.test(sentence.text.slice(q.end - sentence.start))) {
      out.push({ kind: 'quantity', stem, reason: 'a share of what an earlier sentence counted' });
      continue;
    }
    const key = asPhrase(q.text);
    if (givesAway(stem, q.numberText, facts)) {
      out.push({ kind: 'quantity', stem, reason: 'stem gives the key away' });
      continue;
    }
    const { options, closeness } = pickQuantityDistractors(facts, q, key, sentence);
    const optionProblem = explainOptionsAgainstStem(stem, q, options);
    if (optionProblem) {
      out.push({ kind: 'quantity', stem, reason: optionProblem });
      continue;
    }
    const candidate = {
      kind: 'quantity' as const,
      stem,
      key,
      distractors: options,
      sentence,
      factKey: `quantity:${q.value}:${q.unit}`,
      closeness,
      // Small counts ("two coups") are often guessable from the rest of the sentence.
      weight: (wh ? 1.25 : 1) * (q.value < 10 ? 0.7 : 1),
    };
    out.push(offer(candidate, 'fewer than three safe quantity distractors'));
  }
  return out;
}
