/**
 * What every question kind shares: the candidate shape, the checks that keep a sentence usable as a stem
 * (self-contained, short, not garbled) and the fill-in-the-blank and wh-question writers.
 */
import type { QuestionKind, RejectedCandidate } from '../schema';
import { containsWord, listSpellings, type Facts } from '../facts/3-facts';
import type { Sentence } from '../text/2-annotate';
import { CITATION_MARKS, countWords } from '../text/words';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_THEN_UPPER = /\s\p{Lu}/u;

export { countWords };

export interface Candidate {
  kind: QuestionKind;
  stem: string;
  key: string;
  distractors: string[];
  sentence: Sentence;
  /** What the question tests; two candidates with one factKey are the same question. */
  factKey: string;
  /** How close the distractors are to the key, 0..1 (article-sourced and near values are close). */
  closeness: number;
  /** Kind-specific importance before ranking. */
  weight: number;
  /** Other sentences the options are built from; no other question may use them. */
  related?: number[];
  /**
   * Which of its sentence's two coordinated clauses the stem keeps ("Weekend tickets had cost £189, while day tickets
   * cost £79."): two questions may share a sentence when each keeps a different clause (splitAtClause).
   */
  clause?: 0 | 1;
  /** Set when a softer check failed (questions/review.ts): served only to keep a short quiz at its minimum size. */
  fallback?: string;
  /** Words the stem took from the article's first description of a thing ("24-bed", "hostel"): review.ts. */
  described?: string[];
  /**
   * Statements only: false versions of other sentences, from which the ranker takes three unused ones. `swapped` is
   * the fact of that sentence the false version replaced, as the article states it.
   */
  falsePool?: Array<{ sentence: number; text: string; swapped?: string; replacement?: string; type?: string }>;
}

export type Built = Candidate | RejectedCandidate;

export const isCandidate = (b: Built): b is Candidate => 'key' in b;

// Round 52: a true option of 137 characters among false ones of 84-90 was picked out by its length alone.
const LENGTH_TELL = 1.25;

/** Is a whole-sentence option the longest or the shortest by a quarter? Then its length alone marks it. */
export function standsOutByLength(key: string, others: string[]): boolean {
  const lengths = others.map((o) => o.length);
  return key.length > Math.max(...lengths) * LENGTH_TELL || key.length * LENGTH_TELL < Math.min(...lengths);
}

/** Kinds whose options are whole sentences or sayings under a fixed stem: no blank to repair, no stem to review. */
export const hasSayingOptions = (kind: QuestionKind) => kind === 'statement' || kind === 'remark';

export const BLANK = '_____';
/** Another clause joined on ("..., and about 1,100 were spending ..."): a question turned from it would ask about both. */
export const COORDINATED_CLAUSE = /;|,\s+(and|but|while|whereas|or)\s|\s(and|but)\s+(\w+\s+){0,2}(\w+ed|was|were|has|had|have|is|are|will)\b/;
export const MAX_STEM_WORDS = 35;
const ANNOUNCED_LIST = /\b(?:two|three|four|five|six|seven|several)\s+[\p{Ll}-]+:\s/u;
export const MIN_BLANK_STEM_WORDS = 9;
/** Kinds whose key and options are people. */
export const PEOPLE_KINDS: ReadonlySet<string> = new Set(['person', 'quote', 'appositive']);

const LEAD = /^(but|and|yet|so(?!\s+(?:far|much|many|long)\b)|still|then|however|meanwhile|instead|also|in addition(?=,)|moreover|furthermore|finally|nevertheless|separately|similarly|likewise|indeed|thus|therefore)\b,?\s+/i;
const DANGLING_START =
  /^(it|its|it’s|it's|this|these|that|those(?!\s+(?:who|whom|with|without|aged|taking|given|living)\b)|they|them|their|he|his|him|she|her|we|our|i|such|here|of (that|this|those|these)|(?:all|both|each|most|many|none|neither|several) (?:(?:two|three|four|five|six|of them) )?(?:had|have|has|were|was|are|is|will|would|said|received|took|got)|(?:several|some|many|others|most|both)(?=,)|one is|since then|either (option|way|side)|the (first|second|third|latter|former) (is|was|are|were)\b|(?:both|either) sides?\b|any (?:deal|agreement|settlement)\b|the (force|move|former|latter|two|three|same|others?|proposal|decision|incident|case|pair|couple|resulting|remaining|creditor|buyer|seller|deal|plan|party|union|company|club))\b/i;
// "The change came in the late 1990s", "Construction is due to start in June 2026": a change or a work the sentence
// before told, its noun straight before the verb (round 97). (Other nouns, "the trial", "the money", are named or
// weighed by questions/review.ts; "Work started on the new hospital in 2013" says what it was; a review.)
const EVENT_SUBJECT =
  /^(?:The (?:change|shift|switch|return)\s+(?:came|began|begins|started|starts|ended|ends|was|is|has|had|will|would|could|can|happened|followed|took|takes|were|are)|(?:Construction|Work|Building|Demolition|Repairs)\s+(?:began|begins|started|starts|is due|are due|will|would|is expected|was expected|was halted|was suspended|was completed|has begun|had begun|resumed|continued|stopped|ended))\b(?!\s+(?:on|of)\s+(?:the|a|an|\p{Lu}))/u;
// "The Kenyan covered the next 5km ...": a runner the sentence before names (never "The Czech National Bank").
const NATIONALITY_SUBJECT =
  /^The (?:Kenyan|Ethiopian|Czech|Italian|Spaniard|Frenchman|Frenchwoman|Briton|American|German|Dutchman|Swiss|Pole|Norwegian|Swede|Dane|Belgian|Australian|Brazilian|Argentine|Japanese|Chinese|Russian|Ukrainian|Irishman|Scot|Welshman|Englishman)\b(?!\s+[A-Z])/;
const DETERMINER = /^(?:a|an|the|his|her|its|their|our|my|your)$/i;
const FIRST_PERSON = /\b(I|I’m|I'm|I’ve|I've|we|we’re|we're|our|us|my|me)\b/;

/** Drop a leading connective ("But", "However,", "Then") that would point back at the previous sentence. */
export function stripLead(text: string): string {
  let t = text;
  for (let i = 0; i < 3 && LEAD.test(t); i++) t = t.replace(LEAD, '');
  // (A list item's own ";" or "; and" closes it as a sentence.)
  t = t.replace(CITATION_MARKS, '').trim().replace(/[;,]\s*(?:and|or)?$/, '.');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Text outside quotation marks: first-person words inside a quote belong to the speaker, not the writer. */
export function outsideQuotes(text: string): string {
  return text.replace(/[“"][^”"]*[”"]/g, ' ');
}

/**
 * The opening pronoun replaced by its antecedent (facts/pronouns.ts), when the sentence has one resolved. `text` is the
 * sentence or the sentence with its key blanked out; the blank never holds the pronoun, so it is found by its place.
 */
function resolveOpening(sentence: Sentence, text: string): string {
  const r = sentence.resolved;
  if (!r) return text;
  const shift = text.length - sentence.text.length;
  // The blank may stand before the pronoun (in a fronted phrase), moving it by the length difference.
  for (const at of [r.at, r.at + shift]) {
    if (at >= 0 && text.startsWith(r.pronoun, at) && !HAS_LETTER_OR_DIGIT.test(text.charAt(at + r.pronoun.length))) {
      return text.slice(0, at) + r.text + text.slice(at + r.pronoun.length);
    }
  }
  return text;
}

/**
 * The sentence as a stem starts it: leading connective dropped, "He" named. ("These records" stays: as "The records"
 * it pointed at nothing for raters.)
 */
export function openStem(sentence: Sentence, text: string = sentence.text): string {
  return stripLead(resolveOpening(sentence, text));
}

const checked = new WeakMap<Sentence, string | undefined>();

const SHARE_SUBJECT =
  /^(?:(?:About|Around|Nearly|Almost|Some|Over|More than|Just|Only)\s+)?(?:\d[\d.,]*\s?(?:%|per ?cent)|\p{Lu}\p{Ll}+(?:-\p{Ll}+)?\s+per ?cent)\s+(?:said|say|says|reported|had|have|were|are|agreed|backed|voted|thought|believed|wanted|described|rated)\b/u;

const LIST_ENTRY = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,4}\s\((?:born|died|c\.|\d{4}\s?[–-])/u;

/** Why this sentence cannot carry a question, or undefined when it can (asked once per sentence). */
export function checkSentence(sentence: Sentence): string | undefined {
  if (checked.has(sentence)) return checked.get(sentence);
  const reason = findSentenceProblem(sentence);
  checked.set(sentence, reason);
  return reason;
}

function findSentenceProblem(sentence: Sentence): string | undefined {
  const text = openStem(sentence);
  if (countWords(text) < 6) return 'sentence too short';
  // "- The Custom House on Quay Street, completed in 1796, now the Heritage Centre.": a list item often opens on a
  // fragment, with no finite verb ("- the master had been on duty for 11 hours" is a whole clause, and stays).
  if (sentence.listItem && !FINITE_VERB.test(outsideQuotes(text))) return 'the opening of a list item';
  // ("Ellen Rowe (born 1979), fell runner and three-time British champion.": an encyclopedia's list entry without its
  // marker, a name and what describes it, no clause.)
  if (LIST_ENTRY.test(text) && !FINITE_VERB.test(text)) return 'the opening of a list item';
  // ("1.52 m Alfonso X Telescope (1976): a Ritchey–Chrétien reflector ...": an entry of a list, its name and year before
  // a colon; round 70's review.)
  if (text.includes('): ') && /^(?:[^:.]|\.(?=\d)){3,80}\(\d{4}(?:[–-]\d{2,4})?\):\s/.test(text)) return 'the opening of a list item';
  if (/^[(\[]/.test(text)) return 'starts inside brackets (a broken sentence)';
  // "Mele Tuʻipulotu (born 1968), tapa maker and teacher, whose ngatu ...": an item of a "Notable people" list (round 89).
  if (/^\p{Lu}[^()]{1,60}\s\((?:born|b\.)\s[^)]*\),\s+\p{Ll}/u.test(text) && !/\),\s+(?:is|was|has|had|who)\b/.test(text)) return 'a list item (a name, its dates, a description)';
  if (/\?["”’]?$/.test(text)) return 'sentence is a question';
  // "Kestrels: Rennie (GS), Holt (GA), Sowerby (WA), ...": a team sheet, not prose.
  // ("Replacements: Pearce, Grayling, Stott, Ayre, Fenn, Lamb, Cooper, Doyle.": names alone, no verb; round 88.)
  // (Only names after the colon, no quotation: "The minister said: "We have listened, ..."" is prose; a review.)
  if (/^[\p{Lu}][\p{L} .'’-]{0,40}:\s/u.test(text) && ((text.match(/\(/g) ?? []).length >= 3 || NAME_LIST_AFTER_COLON.test(text))) return 'a team sheet or a list, not prose';
  // "About 130 of them are ...": a share of something only the sentence before names.
  // ("Thirty-eight per cent said they had ...": a share of the people an earlier sentence surveyed; round 70.)
  if (DANGLING_START.test(text) || EVENT_SUBJECT.test(text) || /^(?:[\w,.]+\s+){1,3}of\s+(?:them|these|those)\b/i.test(text) || NATIONALITY_SUBJECT.test(text) || SHARE_SUBJECT.test(text)) {
    return 'starts with a word pointing outside the sentence';
  }
  // "In 1952, he started ...": the subject after a fronted phrase points outside too.
  // ("With a main span of 1,186 metres, it is ...": a comma inside a number does not end the fronted phrase.)
  if (/^(?:[^,“"]|,(?=\d)){0,110},\s+(he|she|it|they|his|her|its|their|this|these|those)\b/i.test(text)) return 'subject is a pronoun pointing outside the sentence';
  // ("Built between 1919 and 1922 to carry sea salt from the coastal fields to a yard at Jiali, it was ...": a participle's
  // opening of any length; round 91.)
  if (/^(?:Built|Founded|Opened|Designed|Completed|Constructed|Established|Located|Launched|Restored|Rebuilt)\b[^,“"]{0,200},\s+(?:it|they)\s/.test(text)) return 'subject is a pronoun pointing outside the sentence';
  // "Tesfaye Alemu did it on a morning when ...": "it" is what the sentence before told.
  if (/\b(?:did|does|managed|achieved|made)\s+it\b/i.test(outsideQuotes(text))) return 'subject is a pronoun pointing outside the sentence';
  // "If it is approved, the new rates will apply from ...": the pronoun of an opening clause points back too.
  if (/^(?:If|When|Once|Unless|Until|After|Before|Although|While|Because|Since)\s+(?:it|they|he|she|this|these)\b/.test(text)) return 'subject is a pronoun pointing outside the sentence';
  // "By the time Eilidh arrived it had fallen to about 130", "In clinical trials it slowed ...": an opening clause or
  // phrase, no comma, then "it" or "they".
  // (A few words, none opening a clause of their own: "In 1937 the estate announced that it would sell" is no case.)
  // ("Beneath 22 tonnes of bagged wood pellets they found ...": round 87.)
  if (/^(?:By the time|When|After|Before|Once|Until|As soon as|In|At|During|Since|Over|Under|For|With|On|By|Beneath|Behind|Inside|Among|Below|Above|Near|Outside|Within)\s(?:(?!(?:that|which|who|whom|where|when|while|and|but)\s)[\p{L}\d’',.-]+\s){1,6}?(?:it|they)\s+(?:had|has|have|was|were|is|are|would|will|could|can|found|made|took|saw|gave|got|kept|left|held|built|bought|sold|sent|spent|paid|won|lost|\p{Ll}+ed|\p{Ll}{2,}[^s\W]s)\b/u.test(text)) return 'subject is a pronoun pointing outside the sentence';
  // "At the offered price, that would cost ...", "At their peak in the late 1930s, ...": a "that" or a "their" the
  // sentence before explains.
  if (/^(?:[^,“"]|,(?=\d)){0,110},\s+that\s+(?:would|will|is|was|has|had|could|means|meant|makes|made)\b/i.test(text) || /^At their (?:peak|height|best|worst|lowest|highest)\b/.test(text)) return 'subject is a pronoun pointing outside the sentence';
  // "Twenty minutes later she was lying flat on the clay": a time phrase, no comma, then the pronoun.
  if (/^(?:\S+\s+){1,4}(?:later|earlier|afterwards|then)\s+(?:he|she|it|they)\b/i.test(text)) return 'subject is a pronoun pointing outside the sentence';
  // ("Around 45 minutes later, roughly 3 km north-west of Playa Blanca, it was struck": a time counted from an event
  // the stem leaves out, whatever follows; round 98.)
  if (/^(?:(?:About|Around|Some|Nearly|Almost|Just|Only|Roughly|Barely)\s+)?(?:[\w-]+\s+){1,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards|on)\b/i.test(text)) {
    return 'starts with a word pointing outside the sentence';
  }
  if (FIRST_PERSON.test(outsideQuotes(text))) return 'first-person sentence (author or interview voice)';
  // "Anyone with information is asked to call ...": an appeal, not a fact of the story.
  if (/\b(anyone with information|is asked to (call|contact)|are asked to (call|contact)|crimestoppers|call \d{3})/i.test(text)) return 'a contact appeal';
  // A quotation standing alone names its speaker in another sentence: as a stem it is nobody's words.
  if (!/[A-Za-z]/.test(outsideQuotes(text))) return 'a quotation without its speaker';
  if (/https?:|www\.|\]\(|<\/?\w+|\{\{|\||\(\(|\u200d/.test(text)) return 'markup residue';
  const quotes = (text.match(/[“”"]/g) ?? []).length;
  if (quotes % 2 === 1 || (text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) return 'unbalanced quotation marks';
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) return 'unbalanced brackets';
  // "João Ferreira, 64, a retired engineer from Setúbal, and Eva Lindqvist, 47.": a participle after a determiner
  // describes a noun; a sentence needs a verb of its own.
  if (!sentence.tokens.some((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !DETERMINER.test(sentence.tokens[i - 1]?.text ?? ''))) return 'no verb';
  if (!/[.!]["”’)]*$/.test(text) && !(sentence.listItem && /[;,]\s*(?:and|or)?$/.test(text))) return 'no sentence-final mark';
  return undefined;
}

/**
 * Blank the key out of its sentence. Long sentences lose a trailing side clause after the blank
 * ("..., making MINUSMA the deadliest UN combat mission"); if they stay too long the stem is refused.
 */
export function writeBlankStem(sentence: Sentence, keyStart: number, keyEnd: number): { stem: string } | { reason: string } {
  const rel = keyStart - sentence.start;
  const relEnd = keyEnd - sentence.start;
  let before = sentence.text.slice(0, rel);
  const after = sentence.text.slice(relEnd);
  const full = before + BLANK + after;
  const leadFree = openStem(sentence, full);
  if (!leadFree.includes(BLANK)) return { reason: 'the key is in the words a stem drops' };
  // "2300 miles (3700 km)": a bracket next to the blank restates the key.
  if (/\(\s*_____/.test(leadFree)) return { reason: 'the key is a bracketed restatement' };
  before = leadFree.replace(/_____\s*\([^)]*\)/, BLANK);
  let stem = before;
  let words = countWords(stem);
  if (words > MAX_STEM_WORDS) {
    const whole = stem;
    stem = shortenStem(stem);
    words = countWords(stem);
    // "... would be used for three things: a training programme for _____ ...": a list the stem announces, cut short.
    if (stem !== whole && ANNOUNCED_LIST.test(stem)) return { reason: 'a list the stem announces is cut short' };
  }
  if (words > MAX_STEM_WORDS) return { reason: `stem longer than ${MAX_STEM_WORDS} words` };
  // "By the end of _____, PVK “Wagner” appeared.", "The trial is expected to last _____.": too little to place it.
  if (words < MIN_BLANK_STEM_WORDS) return { reason: 'stem too short to say what it is about' };
  if (!balancedQuotes(stem)) return { reason: 'unbalanced quotation marks in the stem' };
  // "..., said." left where a cut quotation stood.
  // (", officials said." closing a whole clause is an attribution, and stays.)
  // ("... in 2023 she said." and "..., said:." lost theirs too.)
  if ((/(?:,\s*(?:(?:_____|he|she|they|it)\s+)?|\s(?:he|she|they)\s+)(?:said|says|added|told\s+\S+)\.$/.test(stem) || /:\.$/.test(stem)) && !/[”"]/.test(stem)) return { reason: 'the quotation was cut from its attribution' };
  // ("... later described in a letter to the Cape Argus Weekly as.": the words described were a quotation, cut; round 71.)
  if (/\b(?:as|calling|dubbed|saying|of)\.$/.test(stem) && !/\b(?:as well|so as)\.$/.test(stem)) return { reason: 'the cut left the sentence hanging' };
  return { stem };
}

// (Also an appositive ending the sentence, ", a project that officials say ...", a closing ", at the end of a two-day
// visit", a participle's route ", running from the Algarve coast to ...", and a second verb of one subject, ", and open
// new export markets".)
// (Also a figure restated in other units, ", or about 0.9 micromoles per kilogram per year." to the end, the next verb of a list of deeds, "planted 38 hectares, reshaped six pits and built ...", and a clause of
// its own time, ", and last spring ...", and a second reported clause, "said all trees ... would be inspected weekly, and
// that the enclosure would stay closed".)
const SIDE_CLAUSE =
  /(,|;|\s[–—])\s+(which|who|where|making|creating|sparking|including|although|while|as|after|before|because|but|with|limiting|hampering|causing|leading|allowing|raising|adding|saying|noting|despite|though|whereas|or(?=\s+(?:about|around|roughly|nearly|almost|some|\d)(?:(?!\s[-–—]\s)[^,;:])*[.!?]$)|and then|and that|and (?:last|this|next|later)|and(?=\s+(?:an?|the|he|she|it|they)\s+(?:\p{Ll}+\s+){0,2}(?:would|was|were|is|are|has|had|have|will|could)\b)|\p{Ll}{2,}ing(?<!during|according|regarding|concerning|following|excluding)(?=\s+(?:out|off|up|down|past|into|over|back|from|through|across|along|towards|a|an|the|his|her|their|its|\p{Lu}))|\p{Ll}{2,}ing(?=\s+(?:low|high|hard|fast|wide|straight|home|back|deep|far|clear|neatly|cleanly|firmly|quickly|slowly)\s+(?:into|onto|past|across|through|over|towards|along)\b)|(?:and\s+)?\p{Ll}{3,}ed|an?(?=\s+\p{Ll}+\s+(?:that|which|who|whose)\b)|at(?=\s+the\s+(?:end|start|close|height)\s+of\b)|and(?=\s+\p{Ll}{3,}\s+(?:new|more|the|a|an|its|their)\s))\b/gu;
const OBJECT_AFTER = /^\s+(?:\p{Ll}|\d)/u;
// A comma then a verb's lower-case word after the blank: an earlier item of a list the "and" closes.
// (A verb's item, "open a sales office", not a noun phrase's, ", its largest grant in a decade, and"; a review.)
const LIST_ITEM_BEFORE = /,\s+(?!(?:its|his|her|their|the|a|an|this|that|these|those|which|who|whose|one|some|most|many|all|both|each|up|down|about|around)\b)\p{Ll}+\s+[^,]+$/u;
const INSERTED_THEN_VERB = /^[^,;]*,\s+(?:had|has|have|was|were|is|are|will|would|could|did|\p{Ll}+ed)\b/u;
// ("..., and partly, Ibbotson says, because ...": a cut after an inserted attribution leaves its clause open.)
const OPEN_ATTRIBUTION = /,\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:says|said|adds|added|argues|argued)$/u;
// ("..., and in the two-minute power play, where ..., Okafor scored": a fronted phrase whose clause comes after.)
const OPEN_PHRASE = /,\s+and\s+(?:in|at|on|during|after|before|with|by|for)\s[^,]*$/;
const HANGING_CONJUNCTION = /\b(?:before|after|while|when|until|because|although|since|and|but|or|then|than)(?:,\s+[^,]{1,40})?$/;
const ARTICLE_AND_WORD_END = /\b(?:a|an|the|his|her|its|their)\s+\p{Ll}+,$/u;
const ADJECTIVE_THEN_WORD = /^\s+\p{Ll}+(?:y|ful|ous|ive|al|ic|less|able|ible)\s+[\p{L}\d_]/u;
const PERFECT_BEFORE = /\b(?:have|has|had)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}ed\s/u;
export const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do)\b/i;
const CLAUSE_START = /^(?:the|a|an|he|she|it|they|we|its|their|his|her|this|these|those|some|many|most|more|about|around|nearly|almost|over|at least|every|each|all|no|_____|\p{Lu}|\d)/u;
const FRONT_CLAUSE = /^(After|Although|Despite|While|Since|Because|As|When|Following|In addition|Meanwhile|Shortly after|By then|At the time)\b[^,“"]{0,80},\s+/;
// "In front of a sell-out crowd of 640 at the Caldwell Leisure Centre in Derby, ...": who watched, not what happened.
// (Only a crowd: "At its peak in the late 1990s," "Before the pandemic," "In Scotland," bound the claim; a review of
// round 65.)
const FRONT_SETTING = /^(?:In front of|Before|Watched by)\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}crowd\b[^,“"]{0,100},\s+/u;

/**
 * Trim side matter away from the blank until the stem fits: brackets, a clause after a colon or beside a semicolon,
 * trailing clauses after the blank, then a fronted adverbial clause ("Despite the restrictions, "). Attribution
 * ("According to ...") is never cut.
 */
export function shortenStem(stem: string): string {
  let s = stem.replace(/\s*\([^()]*\)/g, (m) => (m.includes(BLANK) ? m : ''));
  // "X disagreed with these findings: “...”": the clause before a colon reads alone ("... in 2023 she said:" does not).
  const colon = s.indexOf(': ');
  const introducesQuote = /\b(?:said|says|added|adds|told\s+\S+|wrote|writes|explained|warned|put it)\s*$/.test(s.slice(0, colon));
  if (countWords(s) > MAX_STEM_WORDS && colon > s.indexOf(BLANK) && s.indexOf(BLANK) >= 0 && countWords(s.slice(0, colon)) >= 6 && !introducesQuote) {
    s = s.slice(0, colon) + '.';
  }
  // Of clauses joined by ";", keep the one holding the blank when it reads alone.
  if (countWords(s) > MAX_STEM_WORDS && s.includes(';')) {
    const clause = s.split(/;\s+/).find((c) => c.includes(BLANK));
    if (clause && countWords(clause) >= 6 && !/^(it|they|he|she|this|these|that|which|who)\b/i.test(clause)) {
      s = clause.charAt(0).toUpperCase() + clause.slice(1).replace(/[,;:]?\s*$/, '');
      if (!/[.!?]["”’)]*$/.test(s)) s += '.';
    }
  }
  if (countWords(s) > MAX_STEM_WORDS) {
    const blankAt = s.indexOf(BLANK);
    let cut: number | undefined;
    for (const m of s.matchAll(SIDE_CLAUSE)) {
      // A participle continues a list of deeds only after "have planted ..."; elsewhere it may be the main verb.
      // (And it takes an object: "reshaped six pits", never "and, for some customers, detailed GPS records".)
      if (/ed$/.test(m[2]!) && (!PERFECT_BEFORE.test(s.slice(0, blankAt)) || !OBJECT_AFTER.test(s.slice(m.index! + m[0].length)))) continue;
      // (Right after the blank only a second clause goes: a comma there may close an aside the blank is in.)
      const afterBlank = m.index! > blankAt + BLANK.length || (m.index === blankAt + BLANK.length && m[2] === 'and');
      const openAttribution = OPEN_ATTRIBUTION.test(s.slice(0, m.index));
      // ("... and that several operators, including Mr Donnelly, had received no training": an inserted example, whose
      // clause goes on after it.)
      // (Nor "said the tower, which took 14 weeks to build, had a battery backup": a relative clause inside its clause;
      // round 69.)
      if (/^(?:including|which|who)$/.test(m[2]!) && INSERTED_THEN_VERB.test(s.slice(m.index! + m[0].length))) continue;
      // ("... in _____ before, on a whim, signing up ...": a cut after a conjunction and its aside leaves it hanging.)
      const openPhrase = OPEN_PHRASE.test(s.slice(0, m.index)) || HANGING_CONJUNCTION.test(s.slice(0, m.index));
      // ("to grow the team from 22 to _____, open a sales office in Stockholm, and start a pilot ...": the last item of a
      // list of deeds; cut there, the list ends on a comma's item with no "and"; round 90.)
      if (/^,?\s*and$/.test(m[0].trim()) && LIST_ITEM_BEFORE.test(s.slice(blankAt, m.index))) continue;
      if (afterBlank && !openAttribution && !openPhrase && countWords(s.slice(0, m.index)) >= 8) {
        cut = m.index;
        if (countWords(s.slice(0, m.index)) <= MAX_STEM_WORDS) break;
      }
    }
    if (cut !== undefined) s = s.slice(0, cut).replace(/[“"][^”"]*$/, '').trimEnd() + '.';
  }
  // (What is left must open a clause: "Since 2021 the Trust has planted 38 hectares, reshaped ..." has no fronted clause.)
  for (const opening of [FRONT_CLAUSE, FRONT_SETTING]) {
    const front = opening.exec(s);
    // ("In 2019 the orchestra had 64 players, ..." is a clause of its own, not a setting.)
    const isClause = opening === FRONT_SETTING && !!front && (FINITE_VERB.test(front[0]) || / \p{Ll}+ed /u.test(front[0]));
    if (countWords(s) > MAX_STEM_WORDS && front && !isClause && !front[0].includes(BLANK) && CLAUSE_START.test(s.slice(front[0].length))) {
      s = s.slice(front[0].length);
      s = s.charAt(0).toUpperCase() + s.slice(1);
    }
  }
  // Last, side matter inside the sentence: an aside between dashes, then a description or a non-restrictive clause
  // between commas ("Anita Knopov, the lead author, compared ...", "from 2004, when the body last surveyed ..., to").
  for (let i = 0; i < 4 && countWords(s) > MAX_STEM_WORDS; i++) {
    const aside = [...s.matchAll(DASH_ASIDE), ...s.matchAll(COMMA_ASIDE)].find((m) => !m[0].includes(BLANK) && isAside(m[0], s.slice(m.index! + m[0].length)));
    if (!aside) break;
    // ("Beridze, 31, who ..., said" keeps the comma that closes the age: "Beridze, 31, said".)
    const closesAge = /,\s+\d{1,3}$/.test(s.slice(0, aside.index!));
    // ("Born on _____ in Shediac, New Brunswick, the third of seven children ..., Ms Arsenault caught ...": a fronted
    // phrase keeps the comma that ends it; round 82.)
    const closesFront = FRONTED_PHRASE.test(s) && /^\s*\p{Lu}/u.test(s.slice(aside.index! + aside[0].length)) && !FINITE_VERB.test(s.slice(0, aside.index!));
    s = s.slice(0, aside.index!) + (aside[0].startsWith(',') ? (closesAge || closesFront ? ',' : '') : ' ') + s.slice(aside.index! + aside[0].length).replace(/^\s+/, ' ');
  }
  return s;
}

const FRONTED_PHRASE = /^(?:Born|Raised|Educated|Based|Founded|Built|Located|Trained|Brought up|In|At|On|After|Before|During|Since|With|From|Following)\b/;
const DASH_ASIDE = /\s[–—]\s[^–—“”"]{3,120}?\s[–—]\s/g;
// (An aside never runs over a sentence's end: ", an average speed of 42.4km/h. The peloton,".)
// (", then the chief executive," is an aside; ", then spent twelve years at ...," a second verb of the sentence's
// subject, whose loss moves what follows onto the first: round 65.)
const COMMA_ASIDE = /,\s+(?:an?|the|co-author|one|who|whose|which|when|where|now|then(?=\s+(?:the|an?|his|her|its|their|\p{Lu}))|formerly|once|aged|including|\p{Ll}{3,}ing)\s(?:(?!\.\s+\p{Lu})[^,;:“”"()]){2,120}?,(?=\s)/gu;

const LIST_ITEM_AFTER = /^\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?,/u;

/** An aside drops without changing what the sentence says: not an item of a list ("INTERPOL, Europol, the FBI, and ..."). */
function isAside(aside: string, after: string): boolean {
  if (/^\s[–—]/.test(aside)) return true;
  // (", according to a report by X," is an attribution: cut, the claim would read as the article's own.)
  if (/^,\s+according\s+to\b/i.test(aside)) return false;
  // ("... bought with her husband, Mark, in 2013": a name the aside's last word introduces stays with it.)
  if (/^\s+\p{Lu}\p{Ll}+,/u.test(after)) return false;
  // "the route, which includes two roundabouts, a section of ...": the head of a list, not an aside.
  if (/^,\s+which\s+(?:include|includes|included)\b/.test(aside)) return false;
  // ("early afternoon, meaning that by 4am they may have been awake for 15 hours, often at the very point ...": a
  // consequence the rest of the sentence goes on from.)
  if (/^,\s+(?:meaning|suggesting|indicating|implying|so)\b/.test(aside)) return false;
  // ("..., saving three match points before beating Morimoto 19-21, 22-20, 21-17": the aside's end splits a list of
  // figures.)
  if (/\d,$/.test(aside) && /^\s+\d/.test(after)) return false;
  // ("..., edging out Lin 10-8 in a tense, scrappy final": the comma sits between two adjectives of one noun.)
  if (ARTICLE_AND_WORD_END.test(aside) && ADJECTIVE_THEN_WORD.test(after)) return false;
  if (/^,\s+the\s/.test(aside) && SPACE_THEN_UPPER.test(aside)) return false;
  // (", the company announced plans to invest £150 million ...,": a clause with its own verb, not a description.)
  if (/^,\s+(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:announced|said|says|confirmed|added|warned|revealed|reported|told|is|was|are|were|has|have|had|will|would)\b/u.test(aside)) return false;
  // (", the town buys houses directly from owners,": a present-tense verb and its object after the subject, the sentence's
  // main clause; round 81. Not ", a town famous for its ...".)
  if (/^,\s+(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{3,}\s+(?!(?:was|has|is|its|this|as|us)\b)\p{Ll}{2,}(?:es|s)\s+(?!(?:for|of|in|on|at|to|with|from|by|as|and|or)\b)(?:\p{Ll}|\d)/u.test(aside)) return false;
  // (", a prime minister who loses such a vote must offer the government's resignation to the president,": a clause
  // with a modal verb is the sentence's main clause, not a description; round 73.)
  if (/^,\s+(?:the|an?)\s/.test(aside) && /\b(?:must|will|would|can|could|should|may|might|shall)\s+\p{Ll}+/u.test(aside)) return false;
  // (", the animals covered an average of 1.7 km a night,": a past verb and its object after the subject, the
  // sentence's main clause; round 65. So is ", a team from the Instituto de Ciencias del Desierto compared 40
  // collectors on Cerro Las Nieblas,"; round 78. A verb after "who" or "which" is a description's.)
  if (/^,\s+(?:the|an?)\s+(?:(?!(?:who|which|that|whose)\s)[^\s,]+\s+){0,8}?(?!(?:located|situated|founded|established|based|built|opened|launched|created|set|formed|held|started)\b)\p{Ll}{3,}ed\s+(?:\d|(?:an?|the|more|less|fewer|about|around|nearly|almost|over|up)\b)/u.test(aside)) return false;
  // ("a lay preacher at the Columba Presbyterian Church, a long-time member of the Oamaru Operatic Society, in which he
  // sang bass": a relative clause after the aside is the aside's own; round 79.)
  // (A participle's aside is no noun a relative can belong to: ", rising by 0.8 points, which the authors said ...".)
  if (/^,\s+(?:an?|the)\s/.test(aside) && /^\s+(?:(?:in|of|at|for|to|with|by|from|on|under|through)\s+)?(?:which|whom|whose|where)\b/.test(after)) return false;
  // (", older people and anyone ...": the comma split a list, whose last items follow; so does ", once ... into
  // account age, sex, education, ...".)
  if (LIST_ITEM_AFTER.test(after)) return false;
  // ("to Asesorías Miraflor, a small firm whose majority shareholder is Gonzalo Arrieta, the brother of Berrondo's wife":
  // what follows describes the aside's last name; cut, it would describe the firm; round 71.)
  if (/^\s+(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:brother|sister|son|daughter|father|mother|husband|wife|widow|partner|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|friend|owner|founder|head|chief|director|chair|leader)\b/u.test(after)) return false;
  return !/^\s+(and|or|nor|but)\b/.test(after) && !/^\s+(?:[^\s,;:]+\s+){1,3}(?:and|or)\s/.test(after) && countWords(aside) >= 2;
}

export function balancedQuotes(s: string): boolean {
  return (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length && (s.match(/"/g) ?? []).length % 2 === 0;
}

/** A stem must not contain its key, nor another spelling of it. */
export function givesAway(stem: string, key: string, facts: Facts, extra: string[] = []): boolean {
  if (containsWord(stem, key)) return true;
  if (listSpellings(facts, key).some((spelling) => spelling.length > 1 && containsWord(stem, spelling))) return true;
  return extra.some((e) => containsWord(stem, e));
}

/** End a rewritten stem as a question. */
const NAME_LIST_AFTER_COLON = /^[^:]{1,41}:\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?){3,}(?:,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)?\.?$/u;

export function asQuestion(s: string): string {
  // ("... the coconut crop.[5]": an encyclopedia's reference mark after the stop goes with it; round 89.)
  return s.replace(/(?:\[\d{1,3}\])+\s*$/, '').replace(/\s*[.!]?["”’)]*\s*$/, (m) => (/[”"’]/.test(m) ? m.replace(/[.!]/, '').trim() : '')) + '?';
}

/** Fill-in stem or a rejection, shared by the kinds that blank a span out. */
export function blankOrReject(
  kind: QuestionKind,
  sentence: Sentence,
  start: number,
  end: number,
): { stem: string } | RejectedCandidate {
  const reason = checkSentence(sentence);
  if (reason) return { kind, stem: sentence.text, reason };
  const written = writeBlankStem(sentence, start, end);
  return 'reason' in written ? { kind, stem: sentence.text, reason: written.reason } : written;
}

// ", and" / ", but" / ", while" / ", whereas" / ";" between two clauses.
const CLAUSE_BOUNDARY = /(?:,\s+(?:and|but|while|whereas)|;)\s+/g;
// The second clause opens on a subject of its own: a determiner, a name, a number or a noun ("the Farmers' and Regions
// Union took ...", "Network Rail estimated ...", "day tickets cost ..."), never a pronoun, "that" (a second reported
// clause) or a verb.
const OWN_SUBJECT = /^(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}'’.-]*|\d[\d,.]*%?)\s/u;
const NO_SUBJECT = /^(?:It|Its|They|Their|He|His|She|Her|This|That|These|Those|There|Then|So|Yet|Also|Now|Both|Each|All|Most|Some|One|Many|Few|Others?)\b/i;
// A first clause that reports or estimates: what follows the comma may still be what was said.
const REPORTING = /\b(?:said|say|says|told|tells|added|according|heard|hear|hears|estimated?|estimates|claim(?:s|ed)?|alleg(?:e|es|ed|edly)|reportedly|accus(?:e|es|ed)|den(?:y|ies|ied)|admit(?:s|ted)?|believes?|believed|thinks?|thought|argued?|argues|warned?|warns|reported|reports|found|finds|showed?|shows|suggest(?:s|ed)?|concluded?|concludes|announced?|announces|confirmed?|confirms|insist(?:s|ed)?|noted?|notes|explained?|explains|expects?|expected|hopes?|hoped|predicted?|predicts|wrote|writes|stated?|states)\b/i;
// A fronted phrase that frames both clauses: "Under the proposals, ... would be sold, and the collection would move".
const FRONTED_FRAME = /^(?:Under|If|When|After|Before|According to|As|Although|While|Because|Since|Once|Unless|Until|Following|Despite|Without|With|In the event)\b[^,]*,/;
// A second clause whose subject is the first clause's thing again ("approved a plan ..., but the scheme was rejected"), a
// count of it ("12 were taken to hospital"), or what only the first clause says ("the rest", "the second").
const POINTS_INTO_FIRST = /^(?:the\s+(?:scheme|plan|proposal|project|move|deal|decision|rest|remainder|second|first|third|other|others|latter|former|same|pair|two|three|group|team)\b|\d[\d,.]*\s+(?:were|was|are|is|had|have|has|will|would|could|died|remain)\b)/i;
// Where a relative clause of the second clause starts: its verb is no verb of the clause itself.
const RELATIVE = /\s(?:that|which|who|whom|whose)\s/;
// A second clause that leans on the first: "two minutes later", "also", "respectively".
const LEANS_ON_FIRST = /\b(?:later|earlier|afterwards|then|too|also|as well|same|respectively|instead|either|neither|again|meanwhile)\b/i;
const MIN_CLAUSE_WORDS = 6;

// A past tense the tagger may read as a noun ("day tickets cost £79").
const PAST_TENSE = /\b(?:cost|took|won|lost|made|rose|fell|went|came|gave|got|left|found|paid|sold|built|grew|began|became|saw|held|kept|met|ran|set|spent|brought|bought|hit|put|cut|led|drew|wrote|stood|fought|sent|felt)\b/u;

/** Does the sentence have a verb between these offsets into its text? */
function hasVerbBetween(sentence: Sentence, from: number, to: number): boolean {
  return (
    PAST_TENSE.test(sentence.text.slice(from, to)) ||
    sentence.tokens.some((t) => t.start - sentence.start >= from && t.end - sentence.start <= to && (t.pos === 'VERB' || t.pos === 'AUX'))
  );
}

/**
 * A sentence of two coordinated clauses, each with its own subject, tells two facts that one stem would give away to
 * each other. The candidate is returned with the clause its key is in, and, where its stem holds both clauses, a copy
 * whose stem keeps only that one ("Weekend tickets had cost _____." beside "Day tickets cost _____."). Otherwise the
 * candidate alone.
 */
export function splitAtClause(c: Candidate): Candidate[] {
  const text = c.sentence.text;
  if (!c.stem.includes(BLANK)) return [c];
  const boundaries = [...text.matchAll(CLAUSE_BOUNDARY)];
  if (boundaries.length !== 1) return [c];
  const boundary = boundaries[0]!;
  const firstEnd = boundary.index!;
  const secondStart = firstEnd + boundary[0].length;
  const first = text.slice(0, firstEnd);
  const second = text.slice(secondStart);
  const opener = c.sentence.tokens.find((t) => t.start - c.sentence.start >= secondStart);
  const subjectFirst = OWN_SUBJECT.test(second) || (!!opener && /^(?:NOUN|ADJ|NUM)$/.test(opener.pos));
  // (Never a sentence that reports, anywhere: "Prosecutors say Carter ordered ..., and Reid fired the shots" keeps its
  // attribution; nor one whose opening frames both clauses, nor one whose first clause holds a list; a review.)
  if (!subjectFirst || NO_SUBJECT.test(second) || LEANS_ON_FIRST.test(second) || POINTS_INTO_FIRST.test(second) || REPORTING.test(text) || FRONTED_FRAME.test(first) || first.includes(',')) return [c];
  if (!balancedQuotes(first) || !balancedQuotes(second)) return [c];
  // ("..., but the museum was rejected" after "approved a plan for a new museum": the thing named twice.)
  const subjectNoun = /^the\s+(\p{Ll}{3,})\b/iu.exec(second)?.[1];
  if (subjectNoun && containsWord(first, subjectNoun)) return [c];
  if (countWords(first) < MIN_CLAUSE_WORDS || countWords(second) < MIN_CLAUSE_WORDS) return [c];
  // (The second clause's own verb, before any relative clause: "and the disused chapel that closed in 2015" has none.)
  const secondMain = RELATIVE.exec(second)?.index ?? second.length;
  if (!hasVerbBetween(c.sentence, 0, firstEnd) || !hasVerbBetween(c.sentence, secondStart, secondStart + secondMain)) return [c];
  // The key once, inside one clause.
  const at = text.indexOf(c.key);
  if (at < 0 || text.indexOf(c.key, at + 1) >= 0 || (at < firstEnd && at + c.key.length > firstEnd)) return [c];
  const clause: 0 | 1 = at < firstEnd ? 0 : 1;
  const opening = (clause === 1 ? second.replace(c.key, BLANK) : second).slice(0, 24);
  const split = c.stem.indexOf(opening);
  // The stem already ends before the second clause (a side clause trimmed): it is the first clause's question.
  if (split < 0) return clause === 0 ? [{ ...c, clause }] : [c];
  const stem =
    clause === 0
      ? `${c.stem.slice(0, split).replace(/(?:,\s+(?:and|but|while|whereas)|;)\s+$/, '')}.`
      : c.stem.charAt(split).toUpperCase() + c.stem.slice(split + 1);
  if (!stem.includes(BLANK) || countWords(stem) < MIN_BLANK_STEM_WORDS) return [c];
  return [c, { ...c, stem, clause }];
}
