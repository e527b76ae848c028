/**
 * Stage 2: sentences with offsets, tokens with part of speech, lemma and wink's entity types.
 * Sentences come from our own splitter (it knows abbreviations such as "U.N." and "a.k.a."); wink-nlp annotates
 * one paragraph at a time because it ignores line breaks.
 */
import winkNLP, { type ItemEntity, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Block, CleanText } from './1-clean';

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
}

export interface AnnotatedText {
  title?: string;
  sentences: Sentence[];
  paragraphCount: number;
}

let nlp: WinkMethods | undefined;

/** Load the model once, on first use (about 140 ms). */
function getNlp(): WinkMethods {
  nlp ??= winkNLP(model);
  return nlp;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st sr jr gen col lt sgt capt gov sen rep rev hon no vs etc inc ltd co corp dept est fig approx ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft e.g i.e a.k.a u.s u.k u.n u.s.a e.u p.m a.m kft gmbh plc pty bhd'
  ).split(' '),
);

/** Offsets [start, end) of the sentences inside `text`. */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const boundary = /[.!?]+["'”’)\]]*(?:\[\d+\])*(?=\s+["“‘(]?[A-Z0-9])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index);
    const lastWord = (/([\p{L}.]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
    // "U.N. peacekeepers", "Mr. Diop", "J. Smith": a dot that ends an abbreviation or an initial is no boundary.
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord))) {
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
  return tokens;
}

/** Stage 2 entry. Stops after `maxSentences`: text that will not be asked about is not annotated. */
export function annotateText(clean: CleanText, maxSentences = Infinity): AnnotatedText {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let section: string | undefined;
  for (const block of clean.blocks) {
    if (sentences.length >= maxSentences) break;
    if (block.kind === 'heading') {
      section = block.text;
      continue;
    }
    const tokens = tokenize(block);
    let next = 0; // tokens and sentences both run in text order: one pass, not a filter per sentence
    for (const [s, e] of splitSentences(block.text)) {
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
        tokens: tokens.slice(first, next),
        section,
      });
    }
    paragraph++;
  }
  if (sentences.length > maxSentences) sentences.length = maxSentences;
  return { title: clean.title, sentences, paragraphCount: paragraph };
}
