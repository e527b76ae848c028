/** When: absolute dates only ("2013", "June 14", "March 2022"); relative ones never reach this stage. */
import type { RejectedCandidate } from '../schema';
import { pickDateDistractors, isBalanced } from '../distractors';
import type { DateSpan, Facts } from '../facts/3-facts';
import { listKnownYears } from '../model/gazetteer';
import type { Sentence, Token } from '../text/2-annotate';
import { asQuestion, blankOrReject, checkSentence, COORDINATED_CLAUSE, countWords, givesAway, MAX_STEM_WORDS, stripLead, type Built } from './stem';

// A feast or holiday whose date anyone knows.
const NAMED_FEAST = /\b(?:feast(?: day)? of (?:Saint|St\.?|San|Santa|Sankt)\s+\p{Lu}|Christmas (?:Day|Eve)|New Year's (?:Day|Eve)|Boxing Day|Valentine's Day|Halloween|All Saints' Day|Bastille Day|Guy Fawkes Night)/u;
const AUX = /^(was|were|is|are|has|have|had|will|would|could|can|did|does)$/i;
const NP_POS = /^(DET|ADJ|NOUN|PROPN|NUM|PART|PRON)$/;

function questionWord(d: DateSpan): string {
  if (d.format === 'year') return 'In what year';
  if (d.format === 'decade') return 'In what decade';
  if (d.format === 'century') return 'In what century';
  if (d.format === 'month-year') return 'In what month and year';
  return 'On what date';
}

/** Subject noun phrase then the finite verb: [subject, verb token, text after the verb]. */
function splitClause(text: string, offset: number, tokens: Token[]): { subject: string; verb: Token; after: string } | undefined {
  const inside = tokens.filter((t) => t.start >= offset);
  // ("Steam-powered machinery was installed": a participle joined on by a hyphen is part of a compound, not the verb.)
  const compound = (i: number) => inside[i - 1]?.text === '-' && inside[i - 1]!.end === inside[i]!.start;
  const verbAt = inside.findIndex((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !compound(i));
  if (verbAt < 1) return undefined;
  const subjectTokens = inside.slice(0, verbAt);
  if (!subjectTokens.every((t, i) => NP_POS.test(t.pos) || compound(i) || t.text === '-' || t.text === 'of' || t.text === '’s')) return undefined;
  if (subjectTokens.some((t) => t.pos === 'PRON')) return undefined;
  const verb = inside[verbAt]!;
  let subject = text.slice(subjectTokens[0]!.start - offset, subjectTokens[subjectTokens.length - 1]!.end - offset);
  // Moved inside a question, a sentence-initial common word loses its capital ("did work on the canal begin"); a name
  // ("Hungary", "NATO") keeps it.
  const first = subjectTokens[0]!;
  // (A word the tagger reads as a name keeps its capital: "did Work begin" reads better than "did orrin say".)
  // ("Construction began": the tagger reads a sentence-initial abstract noun as a name; its suffix says it is none.)
  // ("Construction of a gravel road began": the noun before its "of" too.)
  const abstractNoun = (subjectTokens.length === 1 || subjectTokens[1]?.text === 'of') && /^[A-Z][a-z]+(?:tion|sion|ment|ness|ity|ance|ence|ing)$/.test(first.text);
  // ("Final selections will be announced": the tagger reads a sentence-opening adjective before a common noun as a name.)
  const openingAdjective = OPENING_ADJECTIVE.test(first.text) && /^\p{Ll}/u.test(subjectTokens[1]?.text ?? '');
  // ("Steam-powered machinery": a compound on a lower-case word is no name.)
  const commonCompound = subjectTokens[1]?.text === '-' && /^\p{Ll}/u.test(subjectTokens[2]?.text ?? '');
  if ((first.pos !== 'PROPN' || abstractNoun || openingAdjective || commonCompound) && !/^[A-Z]{2,}/.test(first.text)) subject = subject.charAt(0).toLowerCase() + subject.slice(1);
  return { subject, verb, after: text.slice(verb.end - offset) };
}

const OPENING_ADJECTIVE = /^(?:Final|New|First|Second|Third|Last|Next|Local|National|Early|Late|Further|Full|Initial|Annual|Total|Public|Private|Average|Overall|Formal|Official|Detailed|Provisional)$/;

const PRESENT_AFTER_AND = /\s(?:and|but)\s+(?:(?:now|also|still|today|currently)\s+)?[a-z]{2,}s\s+(?:the|a|an|its|their|his|her|about|around|more|\d+)\b/;

/** "On June 14, the Malian government issued ..." -> "On what date did the Malian government issue ...?" */
export function writeDateQuestion(sentence: Sentence, d: DateSpan): string | undefined {
  const text = sentence.text;
  const rel = d.start - sentence.start;
  const relEnd = d.end - sentence.start;
  const q = questionWord(d);
  let clauseStart: number;
  let rest: string;
  const fronted = /^(?:(?:But|Then|And|However|Meanwhile),?\s+)?(?:In|On)\s+$/i.test(text.slice(0, rel)) && /^,\s+/.test(text.slice(relEnd));
  if (fronted) {
    clauseStart = relEnd + (/^,\s+/.exec(text.slice(relEnd))?.[0].length ?? 0);
    rest = text.slice(clauseStart);
  } else {
    // "MINUSMA was launched in 2013 after ..." -> drop " in 2013" and ask about the clause from its start.
    if (!/\s(in|on)\s$/.test(text.slice(0, rel))) return undefined;
    // The date must belong to the main clause: "... until the current mandate expires on June 30" does not.
    if (/\b(until|when|after|before|because|that|which|who|while|since|if|where|as|whether)\b/i.test(text.slice(0, rel))) return undefined;
    const cut = text.slice(0, rel).replace(/\s(in|on)\s$/, '') + text.slice(relEnd);
    if (stripLead(text) !== text) return undefined;
    clauseStart = 0;
    rest = cut;
  }
  const clause = splitClause(rest, sentence.start + clauseStart, sentence.tokens);
  // "... become a full professor and served as director ...": one auxiliary cannot carry both verbs.
  // ("was founded in 2006 and now farms 146 hectares": nor a present-tense verb after it; round 87.)
  if (!clause || COORDINATED_CLAUSE.test(clause.after) || PRESENT_AFTER_AND.test(clause.after)) return undefined;
  // The date must date the verb, not a noun on the way: "was launched in 2013" asks when it was launched, but in
  // "turnout was 38.6 per cent, up from 31.2 per cent at the previous election in 2020" the year is the earlier
  // election's. At most three words, and no comma, between the verb and "in <date>".
  if (!fronted) {
    const between = text.slice(clause.verb.end - sentence.start, rel).replace(/\s(in|on)\s$/, '');
    if (between.includes(',') || countWords(between) > 3) return undefined;
  }
  const subject = clause.subject;
  // "On what date did construction begin?": construction of what? A bare abstract noun needs the sentence before.
  if (/^[a-z]+(?:tion|sion|ment|ness|ity|ance|ence|ing)$/i.test(subject) || /^(?:work|building|demolition|trading|filming|voting|repair|repairs)$/i.test(subject)) return undefined;
  let stem: string;
  if (AUX.test(clause.verb.text)) stem = `${q} ${clause.verb.text.toLowerCase()} ${subject}${clause.after}`;
  else if (clause.verb.text.toLowerCase() !== clause.verb.lemma && /ed$|ought$|ew$|ent$|ook$|ame$|ave$|ade$|old$|an$/.test(clause.verb.text)) {
    stem = `${q} did ${subject} ${clause.verb.lemma}${clause.after}`;
  } else return undefined;
  stem = asQuestion(stem.replace(/\s+,/g, ',').replace(/\s{2,}/g, ' '));
  return countWords(stem) <= MAX_STEM_WORDS ? stem : undefined;
}

/** A person or group of the sentence whose encyclopedia entry states the key's year ("Mandela ... in 1994"). */
function findFamousFor(facts: Facts, sentence: Sentence, d: DateSpan): string | undefined {
  if (d.year === undefined || d.format === 'century' || d.format === 'decade') return undefined;
  const names = facts.names.filter((n) => n.sentence === sentence.index && (n.type === 'person' || n.type === 'organisation')).map((n) => n.text);
  if (sentence.resolved) names.push(sentence.resolved.text);
  return names.find((n) => listKnownYears(n).includes(d.year!));
}

/** "the 2024-25 school year", "2026/27", "on 19 and 20 October", "in March and April": half of a span, no date alone. */
export function isHalfOfSpan(sentence: Sentence, d: DateSpan): boolean {
  // ("by 2026/27": a financial year.)
  // ("the German occupation of 1940–_____": the end of a span of years.)
  const before = sentence.text.slice(0, d.start - sentence.start);
  return /^[-–/]\d/.test(sentence.text.slice(d.end - sentence.start)) || SPAN_OPENED.test(before) || (d.format === 'year' && /\b\d{4}\s*[-–]\s*$/.test(before));
}

/** "in _____ and 2017", "in 2013 and _____", "the 1960s and _____": a year or decade listed beside the next is guessed
 * from it ("between 1801 and _____" is a period's end, a fact of its own). Asked as a blank only; a statement may still
 * change it. */
function isPairedYear(sentence: Sentence, d: DateSpan): boolean {
  const after = sentence.text.slice(d.end - sentence.start);
  const before = sentence.text.slice(0, d.start - sentence.start);
  if (d.format === 'decade') return /^\s+(?:and|or|to)\s+(?:the\s+)?\d{4}s\b/.test(after) || /\b\d{4}s\s+(?:and|or|to)\s+(?:the\s+)?$/.test(before);
  // "in the 9th or _____ century": one century gives its neighbour.
  if (d.format === 'century') return /^\s+(?:and|or|to)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b/.test(after) || /\b\d{1,2}(?:st|nd|rd|th)\s+(?:and|or|to)\s+(?:the\s+)?$/.test(before);
  // ("in _____ or early 2020" too.)
  return d.format === 'year' && !/\bbetween\s+(?:\d{4}\s+and\s+)?$/.test(before) && (/^\s+(?:and|or)\s+(?:(?:early|late|mid)[-\s])?\d{4}\b/.test(after) || /\b\d{4}\s+(?:and|or)\s+(?:(?:early|late|mid)[-\s])?$/.test(before));
}
const WORLD_WAR = /\b(?:(?:First|Second) World War|World War (?:I|II|One|Two|1|2)|Great War|outbreak of (?:the )?war|end of the war|Armistice|VE Day|D-Day)\b/i;
const SPAN_LENGTH = /\b\d+[-\s](?:day|week)s?\b/i;
const NAMED_BY_YEAR = /\b(?:Act|Acts|Bill|Regulations|Convention|Agreement|Treaty|Protocol|Accord|Games|Cup|Expo|Olympics|Championships?)\s+$/;
/** "the Proceeds of Crime Act 2002", "the summit finish at Thyon 2000": a year written after a name belongs to it. */
export function isYearOfName(sentence: Sentence, d: DateSpan): boolean {
  if (d.format !== 'year') return false;
  const before = sentence.text.slice(0, d.start - sentence.start);
  return NAMED_BY_YEAR.test(before) || (NAME_BEFORE_YEAR.test(before) && !NOT_A_NAME_BEFORE_YEAR.test(before));
}
// (dubbed "Zrínyi 2026": the name may open a quotation.)
const NAME_BEFORE_YEAR = /\S\s+["“‘]?\p{Lu}[\p{L}-]+\s+$/u;
const NOT_A_NAME_BEFORE_YEAR =
  /\b(?:In|On|By|Since|Until|From|Before|After|During|Of|And|Or|January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter|Fall|Christmas|Easter)\s+$/;
const SPAN_OPENED = /\b(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|[-–])|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+and)\s*$/;

export function buildDateQuestions(facts: Facts): Built[] {
  const out: Built[] = [];
  for (const d of facts.dates) {
    const sentence = facts.sentences[d.sentence]!;
    const reason =
      checkSentence(sentence) ??
      (isHalfOfSpan(sentence, d) || isPairedYear(sentence, d) ? 'the date is half of a span' : undefined) ??
      // "the Proceeds of Crime Act 2002", "the 2022 World Cup": the year is part of a name.
      (isYearOfName(sentence, d) ? 'the year is part of a name' : undefined) ??
      // "At the 2021 census ..., up from 7,960 in 2011": censuses come every ten years, so one year gives the other.
      (d.format === 'year' && /\bcensus/i.test(sentence.text) && facts.dates.some((x) => x !== d && x.sentence === d.sentence && x.format === 'year')
        ? 'a census year the other census year gives away'
        : undefined) ??
      // "a 36-day expedition between 4 February and 11 March": one end and the length give the other.
      (d.day !== undefined && SPAN_LENGTH.test(sentence.text) && facts.dates.some((x) => x !== d && x.sentence === d.sentence && x.day !== undefined)
        ? 'the other date and the length work out the key'
        : undefined);
    if (reason) {
      out.push({ kind: 'date', stem: sentence.text, reason });
      continue;
    }
    // "On what date ...?" is ambiguous beside another date of the sentence: the fill-in points at one.
    const wh = facts.dates.some((x) => x.sentence === d.sentence && x !== d) ? undefined : writeDateQuestion(sentence, d);
    const blank = wh ? { stem: wh } : blankOrReject('date', sentence, d.start, d.end);
    if ('reason' in blank) {
      out.push(blank as RejectedCandidate);
      continue;
    }
    const stem = blank.stem;
    if (givesAway(stem, d.text, facts)) {
      out.push({ kind: 'date', stem, reason: 'stem gives the key away' });
      continue;
    }
    // ("By _____ corrosion had forced the closure": any later year is true too; round 73.)
    // (Or "which had disappeared from the Velna by _____": the same clause.)
    if (/^By\s+(?:the\s+(?:end|middle|start)\s+of\s+)?_____,?\s+[^,]*\bhad\s+\p{Ll}+/u.test(stem) || /\bhad\s+(?:[\p{L}\d,’'-]+\s+){1,8}by\s+(?:the\s+(?:end|middle|start)\s+of\s+)?_____/u.test(stem)) {
      out.push({ kind: 'date', stem, reason: 'a "by" date leaves later dates true' });
      continue;
    }
    // "from St George's Day, _____, to ...": a named day gives its own date.
    // ("the feast of Saint Andrew, 30 November", "on Christmas Day": so does a saint's feast or a holiday anywhere in the
    // sentence; round 83.)
    // (Right beside the date only: "... on 12 January 1953, a few weeks after Christmas Day" asks no holiday's date.)
    const beside = `${sentence.text.slice(Math.max(0, d.start - sentence.start - 45), d.start - sentence.start)}|${sentence.text.slice(d.end - sentence.start, d.end - sentence.start + 45)}`;
    if (d.day !== undefined && (/\b(?:Day|Eve)[,\s]+(?:on\s+)?$/.test(sentence.text.slice(0, d.start - sentence.start)) || new RegExp(`${NAMED_FEAST.source}[\\p{L}'’-]*,?\\s+(?:on\\s+)?\\||\\|,?\\s+(?:the\\s+)?${NAMED_FEAST.source}`, 'u').test(beside))) {
      out.push({ kind: 'date', stem, reason: 'general knowledge: a named day gives its date' });
      continue;
    }
    // "a few weeks before the beginning of the Second World War" gives August 1939 to anyone.
    if (d.year !== undefined && WORLD_WAR.test(stem) && ((d.year >= 1914 && d.year <= 1918) || (d.year >= 1939 && d.year <= 1945))) {
      out.push({ kind: 'date', stem, reason: 'general knowledge: the stem names a world war of the same years' });
      continue;
    }
    const famous = findFamousFor(facts, sentence, d);
    if (famous) {
      out.push({ kind: 'date', stem, reason: `general knowledge: an encyclopedia gives ${d.year} for ${famous}` });
      continue;
    }
    const { options, closeness } = pickDateDistractors(facts, d, sentence);
    if (options.length < 3 || !isBalanced(d.text, options)) {
      out.push({ kind: 'date', stem, reason: 'fewer than three safe date distractors' });
      continue;
    }
    out.push({
      kind: 'date',
      stem,
      key: d.format === 'century' ? d.text : d.text.replace(/(\d)(st|nd|rd|th)\b/, '$1'),
      distractors: options,
      sentence,
      factKey: `date:${d.text.toLowerCase()}`,
      closeness,
      weight: wh ? 1.4 : 0.95,
    });
  }
  return out;
}
