// Checks a generated quiz against the rules every served question must meet (the quality rubric's lines 1-6, those a
// program can check).
// Pure: the eval script and tests call it; a failure here is a generator bug, not a matter of taste.
import { PERSON_ROLES } from './facts/lexicon';
import { isKnownCountry, listAliases } from './model/gazetteer';
import { Question, Quiz } from './schema';
import { countWords, escapeRegExp, readInitials } from './text/words';
import { remember } from './memo';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const STARTS_LIKE_SENTENCE = /^[\p{Lu}\p{N}"'“‘(]/u;
const STARTS_UPPER = /^\p{Lu}/u;

export const INVARIANT_RULES = [
  'schema',
  'key-in-evidence',
  'evidence-offsets',
  'distinct-options',
  'option-type',
  'distractor-in-evidence',
  'distractor-is-alias',
  'distractor-implied',
  'stem-length',
  'stem-gives-key',
  'dangling-pronoun',
  'boilerplate-evidence',
] as const;
export type InvariantRule = (typeof INVARIANT_RULES)[number];

export interface InvariantFailure {
  questionId: string;
  rule: InvariantRule;
  detail: string;
}

export const MAX_STEM_WORDS = 35;

/**
 * What one article's checks compute again and again (the generator checks its article up to five times while it
 * re-ranks, each time with mostly the same questions): folded strings, phrase patterns, alias verdicts. `memo` is the
 * one in use while a check runs: a checker's own (createQuizChecker, one per generateQuiz call) or, for bare
 * checkQuizInvariants calls, the last article's, replaced when another article is checked. Either way it never holds
 * more than one article's worth.
 */
interface ArticleMemo {
  text: string;
  folded: string;
  folds: Map<string, string>;
  phrases: Map<string, RegExp>;
  aliases: Map<string, string | undefined>;
  /** Whether a folded name occurs in the folded article. */
  present: Map<string, boolean>;
  /** Where the folded article continues after "as " or "the ", and after "(": read once, when first needed. */
  starts?: { gloss: number[]; bracket: number[] };
}

let memo: ArticleMemo | undefined;
let lastArticle: ArticleMemo | undefined;

function createMemo(text: string): ArticleMemo {
  return { text, folded: foldUncached(text), folds: new Map(), phrases: new Map(), aliases: new Map(), present: new Map() };
}

function findStarts(folded: string): { gloss: number[]; bracket: number[] } {
  const gloss: number[] = [];
  const bracket: number[] = [];
  for (const [mark, into] of [['as ', gloss], ['the ', gloss], ['(', bracket]] as const) {
    for (let at = folded.indexOf(mark); at >= 0; at = folded.indexOf(mark, at + 1)) into.push(at + mark.length);
  }
  return { gloss, bracket };
}

/** folded.includes(name), asked once per name of the article being checked: one key meets many distractors. */
function isPresent(folded: string, name: string): boolean {
  if (memo?.folded !== folded) return folded.includes(name);
  return remember(memo.present, name, () => folded.includes(name));
}

/** folded.includes(`${mark}${name}${end}`) for a mark of `starts` ("as " or "the ", or "("), without scanning the article. */
function followsMark(folded: string, starts: number[], name: string): boolean {
  for (const at of starts) if (folded.startsWith(name, at)) return true;
  return false;
}

/** Case, spacing, curly quotes and dashes vary between a key and its sentence without changing what it says. */
function foldText(text: string): string {
  const folds = memo?.folds;
  let folded = folds?.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    folds?.set(text, folded);
  }
  return folded;
}

function foldUncached(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[’‘`]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[‐‑‒–—]/g, '-')
      // (Only what is not already one plain space: rewriting every space of a long article costs a third of the fold.)
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
      .toLowerCase()
  );
}

/** Whole-word containment, so the key "Mali" is not found inside "Somalia" nor "170" inside "1,700". */
function containsPhrase(haystack: string, needle: string): boolean {
  const n = foldText(needle);
  if (n.length === 0) return false;
  let pattern = memo?.phrases.get(n);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])${escapeRegExp(n)}(?![\\p{L}\\p{N}])(?![.,]\\p{N})`, 'u');
    memo?.phrases.set(n, pattern);
  }
  const folded = foldText(haystack);
  // The pattern matches the folded needle itself, with look-arounds: absent, it cannot match.
  return folded.includes(n) && pattern.test(folded);
}


const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const QUALIFIER = '(?:(?:more|fewer|less) than|over|under|about|around|nearly|almost|roughly|at least|at most|some|up to|only)';
const NUMBER = '(?:\\d[\\d,]*(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands)';
// A unit of a few words ("peacekeepers killed in the north"); a number opening a whole sentence ("Three of the players
// on that court today came through our sessions") is a sentence.
const NUMERIC = new RegExp(`^(?:${QUALIFIER}\\s+)?[$€£]?${NUMBER}(?:\\s*(?:%|percent|per cent|million|billion|trillion))?(?:[-\\s]+((?:\\S+\\s+){0,7}\\S+))?$`, 'i');

const DATE = new RegExp(
  `^(?:${MONTH}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{4}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$`,
  'i',
);

type OptionType = 'year' | 'date' | 'number' | 'name' | 'text';

/** A rough type of an option; four options of one question should share it (a town against towns, a year against years). */
export function classifyOption(text: string): { type: OptionType; unit?: string } {
  const t = text.trim();
  if (/^(?:in\s+)?(?:1[0-9]|20)\d{2}s?$/i.test(t)) return { type: 'year' };
  if (DATE.test(t)) return { type: 'date' };
  const numeric = NUMERIC.exec(t);
  if (numeric) {
    // Units compare singular: "peacekeeper" and "peacekeepers" are one unit, "troops" and "soldiers" are not.
    const unit = numeric[1]?.toLowerCase().replace(/(?<=\w)s\b/g, '');
    return unit ? { type: 'number', unit } : { type: 'number' };
  }
  const words = t.split(/\s+/);
  const content = words.filter((w) => !/^(of|and|the|for|in|on|de|du|la|le|al|el|von|van|da|bin|ibn)$/i.test(w));
  // ("Judge" and "Prosecutor" among "Defence lawyer": a role a sentence opens on is no name.)
  if (content.length === 1 && PERSON_ROLES.has(content[0]!.toLowerCase())) return { type: 'text' };
  if (content.length > 0 && content.length <= 8 && content.every((w) => STARTS_LIKE_SENTENCE.test(w))) return { type: 'name' };
  return { type: 'text' };
}

const isAcronymText = (text: string) => /^[A-Z][A-Z0-9&]{1,7}$/.test(text.replace(/\./g, '').trim());

/**
 * Why options that share a rough type still differ in form or granularity (rubric line 4): the key alone is an acronym
 * (or alone is not), or a non-country stands among countries ("Niger / Mali / West Africa / Russia").
 */
function explainMixedForm(key: string, distractors: readonly string[]): string | undefined {
  const acronyms = distractors.filter(isAcronymText).length;
  if (isAcronymText(key) && acronyms === 0) return `the key "${key}" is the only acronym`;
  if (!isAcronymText(key) && acronyms === distractors.length) return `the key "${key}" is the only option that is not an acronym`;
  const countries = [key, ...distractors].filter((o) => isKnownCountry(o));
  const odd = [key, ...distractors].filter((o) => !isKnownCountry(o));
  if (isKnownCountry(key) && countries.length >= 3 && odd.length > 0) return `${odd.map((o) => `"${o}"`).join(', ')} is not a country like the others`;
  return undefined;
}

function isAcronymOf(short: string, long: string): boolean {
  const s = short.replace(/\./g, '');
  return /^[A-Z]{2,}$/.test(s) && long.trim().includes(' ') && readInitials(long) === s;
}

/**
 * True when the article itself equates the two: "Coordination of Movements in Azawad (CMA)", "UN mission, known as
 * MINUSMA". `folded` is the article through foldText, folded once per quiz: it is the long string here.
 */
function isEquatedInText(folded: string, a: string, b: string): boolean {
  const [fa, fb] = [foldText(a), foldText(b)];
  if (!isPresent(folded, fa) || !isPresent(folded, fb)) return false;
  const [x, y] = [escapeRegExp(fa), escapeRegExp(fb)];
  // Each pattern holds a literal the article must contain for it to match ("(cma)"; "as cma" or "the cma", the
  // folded article having single spaces only): most pairs are ruled out by indexOf, before any RegExp is built.
  // The places those literals can start are listed once per article (memo.starts) when `folded` is the memo's.
  const starts = memo?.folded === folded ? (memo.starts ??= findStarts(folded)) : undefined;
  const glossed = (name: string) =>
    starts ? followsMark(folded, starts.gloss, name) : folded.includes(`as ${name}`) || folded.includes(`the ${name}`);
  const bracketed = (name: string) => (starts ? followsMark(folded, starts.bracket, `${name})`) : folded.includes(`(${name})`));
  return [
    bracketed(fb) && `${x}\\s*\\(${y}\\)`,
    bracketed(fa) && `${y}\\s*\\(${x}\\)`,
    glossed(fb) && `${x},?\\s+(?:also\\s+)?(?:known|referred to) as\\s+(?:the\\s+)?${y}\\b`,
    glossed(fa) && `${y},?\\s+(?:also\\s+)?(?:known|referred to) as\\s+(?:the\\s+)?${x}\\b`,
  ].some((pattern) => !!pattern && new RegExp(pattern, 'u').test(folded));
}

/** Same entity under another name: a gazetteer alias, an acronym, the article's own gloss, or a bare surname ("Diop"). */
function explainAlias(foldedText: string, key: string, distractor: string): string | undefined {
  // The verdict depends on the article and the pair only; `memo` belongs to the article `foldedText` comes from.
  if (memo?.folded !== foldedText) return findAlias(foldedText, key, distractor);
  const id = `${key}\u0000${distractor}`;
  if (memo.aliases.has(id)) return memo.aliases.get(id);
  const found = findAlias(foldedText, key, distractor);
  memo.aliases.set(id, found);
  return found;
}

function findAlias(foldedText: string, key: string, distractor: string): string | undefined {
  const aliases = listAliases(key).map(foldText);
  if (aliases.includes(foldText(distractor))) return 'the gazetteer lists it as another name of the key';
  if (isAcronymOf(distractor, key) || isAcronymOf(key, distractor)) return 'one is the acronym of the other';
  if (isEquatedInText(foldedText, key, distractor)) return 'the article gives it as another name of the key';
  const [shorter, longer] = key.length < distractor.length ? [key, distractor] : [distractor, key];
  const lastWord = longer.trim().split(/\s+/).at(-1);
  if (STARTS_UPPER.test(shorter) && !shorter.trim().includes(' ') && longer.trim().includes(' ') && lastWord === shorter.trim()) {
    return `one ends with the other ("${shorter.trim()}" in "${longer.trim()}")`;
  }
  return undefined;
}

/** "more than 170" -> { bound: 'lower', value: 170 }; a bare number has no bound. */
function readBound(text: string): { bound: 'lower' | 'upper' | 'none'; value: number } | undefined {
  const match = /^\s*(more than|over|at least|upwards of|fewer than|less than|under|up to|at most|no more than)?\s*[$€£]?(\d[\d,]*(?:\.\d+)?)/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[2]!.replace(/,/g, ''));
  const qualifier = match[1]?.toLowerCase();
  if (!qualifier) return { bound: 'none', value };
  return { bound: /^(more|over|at least|upwards)/.test(qualifier) ? 'lower' : 'upper', value };
}

/**
 * A distractor the key's bound makes true or leaves open: with "more than 170" stated, "more than 130" is true and
 * "510" is not ruled out (rubric line 2).
 */
function explainImplied(key: string, distractor: string): string | undefined {
  const k = readBound(key);
  const d = readBound(distractor);
  if (!k || !d || k.bound === 'none') return undefined;
  const lower = k.bound === 'lower';
  if (d.bound === k.bound && (lower ? d.value < k.value : d.value > k.value)) return `"${key}" makes it true as well`;
  if (d.bound === 'none' && (lower ? d.value > k.value : d.value < k.value)) return `"${key}" does not rule it out`;
  return undefined;
}

// An expletive "it" ("It is unclear whether ...") points at the clause that follows, not at something earlier.
const DANGLING_START = /^(?:It|He|She|They|We|This|These|Those|His|Her|Its|Their|Him|Them)\b(?!\s+(?:is|was)\s+\w+\s+(?:that|whether|how|to)\b)/;

const BOILERPLATE: [RegExp, string][] = [
  [/^\s*(?:Source|Title|License|Licence|Credit|Credits|Photo|Image|Caption|Copyright|Related|Share|Tags|Filed under|Advertisement)\s*:/i, 'a metadata or caption line'],
  [/^\s*(?:©|\(c\)\s|Copyright\s+(?:©\s*)?\d{4})/i, 'a copyright line'],
  [/\bRead more\b/i, 'a "Read more" link'],
  [/\bis an? (?:\w+\s+){0,3}(?:author|writer|journalist|reporter|columnist|editor|contributor)\b/i, 'an author bio'],
  [/\bRetrieved\b.*\d{4}/, 'a reference-list entry'],
  [/\bThis page was last edited\b/i, 'a wiki page footer'],
  [/^\s*\^\s/, 'a reference-list entry'],
  [/^\s*By\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,3}\s*(?:[,|–—-]|$)/u, 'a byline'],
  [/\b(?:All rights reserved|Sign up|Subscribe (?:now|to)|Click here|Follow us|Jump to (?:navigation|search)|cookies?\b.*\baccept)\b/i, 'page furniture'],
  [/\((?:Photo|Image|Credit|File photo)\b[^)]*\)|\b(?:AP|AFP|Reuters|Getty Images)\s+Photo\b/i, 'a photo caption'],
];

// A full stop, then closing quotes or brackets and wiki citation marks ("attacks.[9]"), then a space or the line's end.
const SENTENCE_END = /[.!?…]["'”’)\]]*(?:\[[^\]\n]{1,20}\])*(?:\s|$)/u;

/** Why the evidence is page furniture rather than article prose, or undefined when it reads as a sentence of the article. */
function explainBoilerplate(text: string, evidence: Question['evidence']): string | undefined {
  for (const [pattern, reason] of BOILERPLATE) if (pattern.test(evidence.text)) return reason;
  if (/\n/.test(evidence.text.trim())) return 'a headline glued to a sentence (it spans a line break)';
  // Articles keep one paragraph a line: a line with no sentence-ending punctuation is a headline or caption.
  const lineStart = text.lastIndexOf('\n', Math.max(0, evidence.start - 1)) + 1;
  const lineEndAt = text.indexOf('\n', evidence.end);
  const line = text.slice(lineStart, lineEndAt === -1 ? text.length : lineEndAt).trim();
  // (A list item of whole clauses ends on the list's own ";" or "; and": "- the master had been on duty for 11 hours;".)
  const listItem = /^[-*•]\s/.test(line) && /[;,]\s*(?:and|or)?$/.test(line);
  if (line.length > 0 && !SENTENCE_END.test(line) && !listItem) return 'a headline or caption (its line has no sentence-ending punctuation)';
  return undefined;
}

function checkQuestion(text: string, foldedText: string, q: Question): InvariantFailure[] {
  const failures: InvariantFailure[] = [];
  const fail = (rule: InvariantRule, detail: string) => failures.push({ questionId: q.id, rule, detail });
  const key = q.options.find((o) => o.id === q.answerId)!;
  const distractors = q.options.filter((o) => o.id !== q.answerId);

  if (!foldText(q.evidence.text).includes(foldText(key.text))) fail('key-in-evidence', `key "${key.text}" is not in the evidence`);

  const span = text.slice(q.evidence.start, q.evidence.end);
  if (span !== q.evidence.text) {
    fail('evidence-offsets', `text[${q.evidence.start}:${q.evidence.end}] is "${span.slice(0, 60)}", not the evidence "${q.evidence.text.slice(0, 60)}"`);
  }

  const folded = q.options.map((o) => foldText(o.text));
  if (new Set(folded).size !== folded.length || folded.some((o) => o.length === 0)) {
    fail('distinct-options', `options repeat or are blank once trimmed: ${q.options.map((o) => `"${o.text}"`).join(', ')}`);
  }

  const types = q.options.map((o) => classifyOption(o.text));
  const kinds = new Set(types.map((t) => t.type));
  if (kinds.size > 1) {
    fail('option-type', `options mix ${[...kinds].join(' and ')}: ${q.options.map((o) => `"${o.text}"`).join(', ')}`);
  } else if (types[0]!.type === 'number' && new Set(types.map((t) => t.unit ?? '')).size > 1) {
    fail('option-type', `quantities with different units: ${q.options.map((o) => `"${o.text}"`).join(', ')}`);
  } else if (types[0]!.type === 'name') {
    const mixed = explainMixedForm(key.text, distractors.map((d) => d.text));
    if (mixed) fail('option-type', `options differ in form: ${mixed}`);
  }

  for (const d of distractors) {
    // The key may contain a distractor ("more than 170" holds "170"): that one is flagged as stated in the sentence.
    if (containsPhrase(q.evidence.text, d.text)) fail('distractor-in-evidence', `distractor "${d.text}" is stated in the evidence sentence`);
    const alias = explainAlias(foldedText, key.text, d.text);
    if (alias) fail('distractor-is-alias', `distractor "${d.text}" may name the key "${key.text}": ${alias}`);
    const implied = explainImplied(key.text, d.text);
    if (implied) fail('distractor-implied', `distractor "${d.text}" is a second defensible answer: ${implied}`);
  }

  const words = countWords(q.stem);
  if (words > MAX_STEM_WORDS) fail('stem-length', `stem has ${words} words (at most ${MAX_STEM_WORDS})`);

  if (containsPhrase(q.stem, key.text)) fail('stem-gives-key', `stem contains the key "${key.text}"`);
  else if (readInitials(key.text).length >= 2 && key.text.includes(' ') && new RegExp(`\\b${readInitials(key.text)}\\b`).test(q.stem)) {
    fail('stem-gives-key', `stem contains "${readInitials(key.text)}", the key's acronym`);
  }

  if (DANGLING_START.test(q.stem.trim())) fail('dangling-pronoun', `stem starts with "${q.stem.trim().split(/\s+/).slice(0, 3).join(' ')}": it points at nothing`);

  const boilerplate = explainBoilerplate(text, q.evidence);
  if (boilerplate) fail('boilerplate-evidence', `evidence looks like ${boilerplate}: "${q.evidence.text.slice(0, 80)}"`);

  return failures;
}

function describePath(quiz: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'questions' || typeof path[1] !== 'number') return '(quiz)';
  const question = (quiz as { questions?: { id?: unknown }[] }).questions?.[path[1]];
  return typeof question?.id === 'string' && question.id.length > 0 ? question.id : `(question ${path[1] + 1})`;
}


/**
 * Every rule a question breaks, in question order; empty when the quiz is fit to serve. `text` is exactly what the quiz
 * was generated from (evidence offsets point into it). A quiz that fails the schema is reported, and its questions that
 * do parse are still checked.
 */
export function checkQuizInvariants(text: string, quiz: unknown): InvariantFailure[] {
  // Folding the article once per article is enough: the eval script and tests check one article's quizzes in a row.
  if (lastArticle?.text !== text) lastArticle = createMemo(text);
  return checkWith(lastArticle, quiz);
}

/**
 * checkQuizInvariants for one article, checked several times (generateQuiz re-checks while it re-ranks): the article
 * is folded once, and what the checks compute is kept only as long as the returned checker is.
 */
export function createQuizChecker(text: string): (quiz: unknown) => InvariantFailure[] {
  let own: ArticleMemo | undefined;
  return (quiz) => checkWith((own ??= createMemo(text)), quiz);
}

function checkWith(articleMemo: ArticleMemo, quiz: unknown): InvariantFailure[] {
  const saved = memo;
  memo = articleMemo;
  try {
    return checkQuiz(articleMemo.text, articleMemo.folded, quiz);
  } finally {
    memo = saved;
  }
}

function checkQuiz(text: string, foldedText: string, quiz: unknown): InvariantFailure[] {
  const parsed = Quiz.safeParse(quiz);
  if (parsed.success) return parsed.data.questions.flatMap((q) => checkQuestion(text, foldedText, q));

  const failures: InvariantFailure[] = parsed.error.issues.map((issue) => ({
    questionId: describePath(quiz, issue.path),
    rule: 'schema' as const,
    detail: `${issue.path.join('.') || 'quiz'}: ${issue.message}`,
  }));
  const questions = (quiz as { questions?: unknown })?.questions;
  if (Array.isArray(questions)) {
    for (const raw of questions) {
      const question = Question.safeParse(raw);
      if (question.success) failures.push(...checkQuestion(text, foldedText, question.data));
    }
  }
  return failures;
}
