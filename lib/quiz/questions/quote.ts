/** Who said it: a quotation of the article with its named speaker. */
import { isBalanced, offer, pickNameDistractors } from '../distractors';
import { canonicalOf, containsWord, type Facts } from '../facts/3-facts';
import { readFullName, storySubject } from '../roles';
import { lastWord } from '../facts/names';
import { checkSentence, countWords, givesAway, type Built } from './stem';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const STARTS_UPPER_OR_QUOTE = /^[\p{Lu}‘'"]/u;

const MAX_QUOTE_WORDS = 22;
/** A quotation offered as an option is shorter: four of them are read side by side. */
const MAX_OPTION_WORDS = 16;

/** The quote, cut at a word boundary when long, so the stem stays short. */
export function trimQuote(quote: string, max = MAX_QUOTE_WORDS): string | undefined {
  const words = quote.split(/\s+/);
  if (words.length <= max) return quote;
  // Prefer the quote's first sentence when it is long enough to identify the speaker ("Oct." and "U.S." end none).
  const first = /^(.{20,}?\b[a-z]+[.!?])\s/.exec(quote)?.[1];
  if (first && countWords(first) <= max) return first;
  // Otherwise its opening, cut at a clause boundary and marked as cut: "Now that we can ..., we can begin asking …".
  const head = words.slice(0, max).join(' ');
  const clause = /^(.*[,;–—])\s/.exec(head)?.[1];
  if (clause && countWords(clause) >= Math.round(max * 0.45)) return `${clause.replace(/[,;–—]$/, '').trimEnd()} …`;
  // Or at a word boundary, never on a word that needs the next one.
  const cut = words.slice(0, max - 2);
  while (cut.length && /^(the|a|an|of|to|in|on|and|or|but|that|which|who|for|with|by|at|from|as|is|are|was|were|be|it|its|their|our|my|your|this|these|not|very|so|if)$/i.test(cut.at(-1)!.replace(/[,;:]$/, ''))) cut.pop();
  if (cut.length >= Math.round(max * 0.55)) return `${cut.join(' ').replace(/[,;:–—]$/, '')} …`;
  return undefined;
}

export function buildQuoteQuestions(facts: Facts): Built[] {
  const out: Built[] = [];
  for (const q of facts.quotes) {
    const sentence = facts.sentences[q.sentence]!;
    const reason = checkSentence(sentence);
    const quote = trimQuote(q.quote);
    const stem = quote ? `Who said: “${quote.replace(/[,;:]$/, '')}”?` : `Who said: “${q.quote}”?`;
    if (reason && !/first-person/.test(reason)) {
      out.push({ kind: 'quote', stem, reason });
      continue;
    }
    if (!STARTS_UPPER_OR_QUOTE.test(q.quote)) {
      out.push({ kind: 'quote', stem, reason: 'quoted fragment, not a whole saying' });
      continue;
    }
    if (!quote) {
      out.push({ kind: 'quote', stem, reason: 'quotation too long for a stem' });
      continue;
    }
    const key = q.speaker.text;
    if (givesAway(stem, key, facts, [lastWord(key)])) {
      out.push({ kind: 'quote', stem, reason: 'the quotation names its speaker' });
      continue;
    }
    const picked = pickNameDistractors(facts, q.speaker, key, sentence);
    // A tribute that speaks of "he" is not the words of the man the story is about ("He transcended race ...").
    const aboutSomeone = /\b(?:he|his|him|she|her)\b/i.test(q.quote);
    const subject = storySubject(facts);
    const options = picked.options.filter(
      (o) => !(aboutSomeone && ((facts.title && containsWord(facts.title, lastWord(o))) || (subject && lastWord(o) === lastWord(subject)))),
    );
    const closeness = picked.closeness;
    if (options.length < 3) {
      out.push({ kind: 'quote', stem, reason: 'fewer than three other people to attribute it to' });
      continue;
    }
    if (!isBalanced(key, options)) {
      out.push({ kind: 'quote', stem, reason: 'key stands out by length' });
      continue;
    }
    out.push({ kind: 'quote', stem, key, distractors: options, sentence, factKey: `quote:${q.quote.slice(0, 40)}`, closeness, weight: 1.3 });
  }
  return out;
}

const DANGLING_END = /\s+(the|a|an|of|to|in|on|and|or|but|that|which|who|for|with|by|at|from|as|is|are|was|were|be|it|its|their|our|my|your|this|these|not|very|so|if)$/i;

/** A cut quotation ends before a bracket it left open ("the purpose of [suspending"), and without a comma. */
function closeBrackets(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const open = Math.max(text.lastIndexOf('['), text.lastIndexOf('('));
  const cut = open > text.lastIndexOf(']') && open > text.lastIndexOf(')') ? text.slice(0, open) : text;
  let trimmed = cut.replace(/\s*\[(\.\.\.|…)\]\s*$/, '').trimEnd().replace(/[,;:–—]$/, '').trimEnd();
  // Never end on a word that needs the next one ("the purpose of").
  while (DANGLING_END.test(trimmed)) trimmed = trimmed.replace(DANGLING_END, '').replace(/[,;:–—]$/, '').trimEnd();
  return countWords(trimmed) >= 4 ? trimmed : undefined;
}

/**
 * The other way round: which of four quotations of the article one named speaker said. The false options are other
 * speakers' words, so only a reader who kept track of who said what tells them apart.
 */
export function buildQuoteChoiceQuestions(facts: Facts): Built[] {
  const out: Built[] = [];
  const usable = facts.quotes
    .filter((q) => countWords(q.quote) >= 4 && !checkSentence(facts.sentences[q.sentence]!))
    // An option is the speaker's words as written (the key is checked against its sentence), cut at a clause or word.
    .map((q) => ({
      fact: q,
      text: closeBrackets(trimQuote(q.quote, MAX_OPTION_WORDS)?.replace(/\s*…$/, '')),
      person: canonicalOf(facts, readFullName(facts, q.speaker.text)),
    }))
    .filter((q): q is typeof q & { text: string } => !!q.text && q.fact.speaker.type === 'person');
  for (const q of usable) {
    const speaker = readFullName(facts, q.fact.speaker.text);
    const stem = `Which remark does the article attribute to ${speaker}?`;
    // Never another quotation of the same speaker (a second key), nor one that names the speaker (it is about them).
    const others = usable.filter((o) => o.person !== q.person && !containsWord(o.text, lastWord(speaker)) && o.text !== q.text);
    if (containsWord(q.text, lastWord(speaker))) {
      out.push({ kind: 'quote', stem, reason: 'the remark names its speaker' });
      continue;
    }
    const distractors = [...new Set(others.map((o) => o.text))].slice(0, 3);
    const candidate = {
      kind: 'quote' as const,
      stem,
      key: q.text,
      distractors,
      sentence: facts.sentences[q.fact.sentence]!,
      factKey: `quote:${q.fact.quote.slice(0, 40)}`,
      closeness: 1,
      weight: 1.2,
    };
    out.push(offer(candidate, 'fewer than three quotations of other speakers'));
  }
  return out;
}
