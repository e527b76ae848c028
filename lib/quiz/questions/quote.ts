/** Who said it: a quotation of the article with its named speaker. */
import { isBalanced, pickNameDistractors } from '../distractors';
import { containsWord, type Facts } from '../facts/3-facts';
import { storySubject } from '../roles';
import { lastWord } from '../facts/names';
import { checkSentence, countWords, givesAway, type Built } from './stem';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const STARTS_UPPER_OR_QUOTE = /^[\p{Lu}‘'"]/u;

const MAX_QUOTE_WORDS = 22;
const POINTING_OPENING = /^(?:That|This)(?:\s+(?:is|was)|['’]s)\s+(?:really\s+|exactly\s+|precisely\s+|just\s+)?(?:what|why|how)\b/;

/** The quote, cut at a word boundary when long, so the stem stays short. */
export function trimQuote(quote: string): string | undefined {
  const words = quote.split(/\s+/);
  if (words.length <= MAX_QUOTE_WORDS) return quote;
  // Prefer the quote's first sentence when it is long enough to identify the speaker ("Oct." and "U.S." end none).
  const first = /^(.{20,}?\b[a-z]+[.!?])\s/.exec(quote)?.[1];
  if (first && countWords(first) <= MAX_QUOTE_WORDS) return first;
  // Otherwise its opening, cut at a clause boundary and marked as cut: "Now that we can ..., we can begin asking …".
  const head = words.slice(0, MAX_QUOTE_WORDS).join(' ');
  const clause = /^(.*[,;–—])\s/.exec(head)?.[1];
  if (clause && countWords(clause) >= 10) return `${clause.replace(/[,;–—]$/, '').trimEnd()} …`;
  // Or at a word boundary, never on a word that needs the next one.
  const cut = words.slice(0, MAX_QUOTE_WORDS - 2);
  while (cut.length && /^(the|a|an|of|to|in|on|and|or|but|that|which|who|for|with|by|at|from|as|is|are|was|were|be|it|its|their|our|my|your|this|these|not|very|so|if)$/i.test(cut.at(-1)!.replace(/[,;:]$/, ''))) cut.pop();
  if (cut.length >= 12) return `${cut.join(' ').replace(/[,;:–—]$/, '')} …`;
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
    // "That is really what this fight is about": a saying about what the sentence before told says nothing alone.
    if (POINTING_OPENING.test(q.quote)) {
      out.push({ kind: 'quote', stem, reason: 'the quotation opens on a word pointing outside it' });
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
