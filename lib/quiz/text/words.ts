/**
 * Word counting shared by the stages, written as one pass over the characters: it runs for every stem, sentence and
 * line, and the split-and-filter it replaces allocated an array of words (and a closure) per call.
 */

// An encyclopedia's reference or editor's mark after a sentence: "[6]", "[b]", "[citation needed]".
export const CITATION_MARK = String.raw`\[(?:\d+|[a-z]|citation needed|clarification needed|permanent dead link|dead link|who\?|when\?|which\?|according to whom\?|dubious[^\]]{0,20}|failed verification|better source needed|not in citation given)\]`;

// Global, for String.prototype.replace only (no .test: lastIndex).
export const CITATION_MARKS = new RegExp(CITATION_MARK, 'gi');

/** Text made safe to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** The characters `\s` matches in a JavaScript regular expression (WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * How many whitespace-separated words hold a letter, a digit or an underscore (a stem's blank "_____" is a word to its
 * reader): the same count as `s.split(/\s+/).filter((w) => /[\p{L}\p{N}_]/u.test(w)).length`.
 */
export function countWords(s: string): number {
  let count = 0;
  let found = false; // the current word holds a letter or digit
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      if (found) count++;
      found = false;
      continue;
    }
    if (found) continue;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f) found = true;
    else if (c >= 0x80) {
      const cp = s.codePointAt(i)!;
      if (LETTER_OR_NUMBER.test(String.fromCodePoint(cp))) found = true;
    }
  }
  if (found) count++;
  return count;
}

/** "Coordination of Movements in Azawad" -> "CMA": the initials of its capitalised words. */
export function readInitials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => STARTS_UPPER.test(w))
    .map((w) => w[0])
    .join('');
}
