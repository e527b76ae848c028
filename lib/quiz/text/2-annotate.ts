/**
 * Stage 2: sentences with offsets, tokens with part of speech, lemma and wink's entity types.
 * Sentences come from our own splitter (it knows abbreviations such as "U.N." and "a.k.a."); wink-nlp annotates
 * one paragraph at a time because it ignores line breaks.
 */
import winkNLP, { type ItemEntity, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Block, CleanText } from './1-clean';
import { CITATION_MARK } from './words';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const SINGLE_LETTER = /^\p{L}$/u;
const DOTTED_INITIALISM = /^(\p{L}\.)+\p{L}$/u;

export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  /** wink entity type covering this token (DATE, CARDINAL, ...), if any. */
  entity?: string;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** The heading the sentence sits under, if any. */
  section?: string;
  /**
   * Set by stage 3 (facts/pronouns.ts): the sentence's subject pronoun and the antecedent it stands for, so a stem
   * can read "Carl Lipo went on ..." where the sentence says "He went on ...". `at` is an offset into `text`.
   */
  resolved?: { at: number; pronoun: string; text: string };
  /** The first sentence of a list item: often a fragment ("Brackenmouth Lighthouse, built in 1823 ..."). */
  listItem?: boolean;
}

export interface AnnotatedText {
  title?: string;
  /** The article's own year, from its date line (stage 1). */
  published?: number;
  sentences: Sentence[];
  paragraphCount: number;
}

let nlp: WinkMethods | undefined;

/**
 * Load the model once, on first use (about 140 ms). Only the annotations read here run: part of speech (with lemmas)
 * and entities. Sentence boundaries (we split sentences ourselves), negation, sentiment and custom entities (none are
 * learned) only write wink's sentence list, negation flags and scores, which neither tagger reads: the tokens, their
 * spacing, part of speech, lemma and entities are the same as with wink's full default pipe, in less time.
 */
export const WINK_PIPE = ['pos', 'ner'] as const;

function getNlp(): WinkMethods {
  nlp ??= winkNLP(model, [...WINK_PIPE]);
  return nlp;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st sr jr gen col lt sgt capt gov sen rep rev hon no vs etc inc ltd co corp dept est fig approx ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft e.g i.e a.k.a u.s u.k u.n u.s.a e.u p.m a.m kft gmbh plc pty bhd'
  ).split(' '),
);

const LETTER = /^\p{L}$/u;

/** Is the code point a letter or a dot ([\p{L}.])? */
function isLetterOrDot(cp: number): boolean {
  if (cp < 0x80) return cp === 0x2e || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return LETTER.test(String.fromCodePoint(cp));
}

/**
 * The letters and dots that end text[from, to): what /([\p{L}.]+)$/u finds in text.slice(from, to), read backwards
 * from the end instead of trying the pattern at every position of the slice.
 */
function trailingWord(text: string, from: number, to: number): string {
  let i = to;
  while (i > from) {
    const low = text.charCodeAt(i - 1);
    // A surrogate pair inside the slice is one code point; a lone half is no letter.
    if (low >= 0xdc00 && low <= 0xdfff && i - 2 >= from) {
      const high = text.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        if (!isLetterOrDot(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000)) break;
        i -= 2;
        continue;
      }
    }
    if (!isLetterOrDot(low)) break;
    i--;
  }
  return text.slice(i, to);
}

// A stop, closing quotes or brackets, any reference marks ("[6][citation needed]"), then the next sentence's start.
const SENTENCE_BOUNDARY = new RegExp(`[.!?]+["'”’)\\]]*(?:${CITATION_MARK})*(?=\\s+["“‘(]?[A-Z0-9]|[ \\t]{2,}[a-z])`).source;

// A given name and an initial, then a lower-case word or a stop: "Thomas R. in line with", "for Thomas R., who".
// (Not a citation's "Achterberg M. et al.".)
const NAME_THEN_INITIAL = /\b(\p{Lu}\p{Ll}+ \p{Lu})\.(?=\s+(?!et\b)\p{Ll}|[,;:])/gu;

/**
 * "Thomas R." of a story that names him so before a lower-case word ("identified only as Thomas R. in line with ..."):
 * a name that ends on its initial, so "Thomas R. Senior public prosecutor ..." opens a new sentence (round 81).
 */
function namesEndingOnInitial(text: string): Set<string> {
  return new Set([...text.matchAll(NAME_THEN_INITIAL)].map((m) => m[1]!));
}

/** Offsets [start, end) of the sentences inside `text`. */
export function splitSentences(text: string, nameEndsOnInitial: ReadonlySet<string> = namesEndingOnInitial(text)): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Two spaces after a stop end a sentence even before a lower-case name ("... and Vimeo.  youtube-dl is ...").
  const boundary = new RegExp(SENTENCE_BOUNDARY, 'g');
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    const end = m.index + m[0].length;
    const lastWord = trailingWord(text, start, m.index).toLowerCase();
    // "U.N. peacekeepers", "Mr. Diop", "J. Smith": a dot that ends an abbreviation or an initial is no boundary. ("42.4km/h.
    // The peloton": the "h" of a unit after a slash is no initial.)
    // ("costing €25m. The second ...": the "m" of a figure is no initial either.)
    const afterSlash = text.charAt(m.index - lastWord.length - 1) === '/';
    const afterDigit = /\d/.test(text.charAt(m.index - lastWord.length - 1));
    // (Not before a surname that a comma closes: "Thomas R. Kessler, a witness, said".)
    const givenThenInitial = SINGLE_LETTER.test(lastWord) && nameEndsOnInitial.size > 0 && !/^\s+\p{Lu}[\p{L}'’-]+,/u.test(text.slice(end)) && nameEndsOnInitial.has(`${/(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(0, m.index - 1))?.[1] ?? ''} ${text.charAt(m.index - 1)}`);
    if (m[0].startsWith('.') && !afterSlash && !givenThenInitial && (ABBREVIATIONS.has(lastWord) || (SINGLE_LETTER.test(lastWord) && !afterDigit) || DOTTED_INITIALISM.test(lastWord))) {
      continue;
    }
    // Inside an open quotation the sentence goes on: “This is ... sorrow. Our nation ...” is one saying.
    const sofar = text.slice(start, end);
    const open = (sofar.match(/“/g) ?? []).length - (sofar.match(/”/g) ?? []).length;
    const straight = (sofar.match(/"/g) ?? []).length % 2;
    if ((open > 0 || straight === 1) && sofar.split(/\s+/).length < 80) continue;
    spans.push([start, end]);
    start = end;
  }
  spans.push([start, text.length]);
  return spans
    .map(([s, e]): [number, number] => {
      const slice = text.slice(s, e);
      const lead = slice.length - slice.trimStart().length;
      return [s + lead, s + slice.trimEnd().length];
    })
    .filter(([s, e]) => e > s);
}

function tokenize(block: Block): Token[] {
  const winkNlp = getNlp();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(block.text);
  // Bulk reads: one pass per property is several times faster than reading token by token.
  const all = doc.tokens();
  const values = all.out() as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  // The typings declare `its.lemma` with the wrong arity; at run time it is an ordinary token helper.
  const lemmas = (all.out as (f: unknown) => string[])(its.lemma);
  const tokens: Token[] = [];
  let offset = block.start;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    tokens.push({ text: value, start: offset, end: offset + value.length, pos: pos[i]!, lemma: lemmas[i]! });
    offset += value.length;
  }
  doc.entities().each((e: ItemEntity) => {
    const [from, to] = e.out(its.span) as unknown as [number, number];
    const type = e.out(its.type) as string;
    for (let i = from; i <= to; i++) if (tokens[i]) tokens[i]!.entity = type;
  });
  return joinSplitWords(tokens);
}

// wink's tokenizer cuts some words at a letter outside its alphabet ("Komerční" -> "Komer", "č", "ní").
const LETTERS = /^\p{L}+$/u;
const NON_ASCII_LETTER = /[^\x00-\x7F]/;

/** Glue back the pieces of a word cut at a non-ASCII letter; the first piece keeps its tag. */
function joinSplitWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (last && last.end === t.start && LETTERS.test(last.text) && LETTERS.test(t.text) && (NON_ASCII_LETTER.test(t.text) || NON_ASCII_LETTER.test(last.text.slice(-1)))) {
      out[out.length - 1] = { ...last, text: last.text + t.text, end: t.end, lemma: last.text + t.text };
    } else out.push(t);
  }
  return out;
}

/**
 * The tagger sometimes reads a short sentence's verb as a noun ("A power attack studies electricity use.", "The earliest
 * moai date to the 13th century."). In a sentence left without any verb, the word right after an opening noun phrase
 * is its verb when it reads as one: a noun in -s after a singular noun, or a noun followed by a preposition or determiner.
 */
function retagVerbless(tokens: Token[]): Token[] {
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return tokens;
  if (!tokens[0] || !/^(DET|PROPN)$/.test(tokens[0].pos)) return tokens;
  let i = 1;
  while (i < tokens.length && /^(ADJ|NOUN)$/.test(tokens[i]!.pos)) i++;
  // "PET accounts for ...": a name, then a noun in -s before a preposition.
  if (tokens[0].pos === 'PROPN') {
    const verb = tokens[1];
    if (verb?.pos === 'NOUN' && /^[a-z]+s$/.test(verb.text) && tokens[2]?.pos === 'ADP') return tokens.map((t) => (t === verb ? { ...t, pos: 'VERB' } : t));
    return tokens;
  }
  // At least a head noun before the candidate verb, which is itself the last of the run of nouns.
  for (let k = i - 1; k >= 2 && k >= i - 1; k--) {
    const verb = tokens[k]!;
    const head = tokens[k - 1]!;
    const after = tokens[k + 1];
    if (verb.pos !== 'NOUN' || head.pos !== 'NOUN' || !/^[a-z]+$/.test(verb.text)) continue;
    const singularHead = head.text.toLowerCase() === head.lemma.toLowerCase();
    const thirdPerson = /s$/.test(verb.text) && singularHead && k + 1 < i + 1;
    const beforeObject = !!after && /^(ADP|DET)$/.test(after.pos);
    if (thirdPerson || beforeObject) return tokens.map((t) => (t === verb ? { ...t, pos: 'VERB' } : t));
  }
  // "A power attack studies electricity use": the -s noun sits inside the run, followed by its object.
  for (let k = 2; k < i; k++) {
    const verb = tokens[k]!;
    const head = tokens[k - 1]!;
    if (verb.pos === 'NOUN' && head.pos === 'NOUN' && /^[a-z]+s$/.test(verb.text) && !/s$/.test(head.text) && tokens[k + 1]?.pos === 'NOUN') {
      return tokens.map((t) => (t === verb ? { ...t, pos: 'VERB' } : t));
    }
  }
  return tokens;
}

/** Stage 2 entry. Stops after `maxSentences`: text that will not be asked about is not annotated. */
export function annotateText(clean: CleanText, maxSentences = Infinity): AnnotatedText {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let section: string | undefined;
  const nameEndsOnInitial = namesEndingOnInitial(clean.blocks.map((b) => b.text).join('\n'));
  for (const block of clean.blocks) {
    if (sentences.length >= maxSentences) break;
    if (block.kind === 'heading') {
      section = block.text;
      continue;
    }
    const tokens = tokenize(block);
    let next = 0; // tokens and sentences both run in text order: one pass, not a filter per sentence
    for (const [s, e] of splitSentences(block.text, nameEndsOnInitial)) {
      const start = block.start + s;
      const end = block.start + e;
      while (next < tokens.length && tokens[next]!.start < start) next++;
      const first = next;
      while (next < tokens.length && tokens[next]!.end <= end) next++;
      sentences.push({
        index: sentences.length,
        paragraph,
        start,
        end,
        text: block.text.slice(s, e),
        tokens: retagVerbless(tokens.slice(first, next)),
        section,
        ...(block.item && s === 0 && { listItem: true }),
      });
    }
    paragraph++;
  }
  if (sentences.length > maxSentences) sentences.length = maxSentences;
  return { title: clean.title, ...(clean.published && { published: clean.published }), sentences, paragraphCount: paragraph };
}
