/** The paragraph around an evidence sentence, split so that the sentence can be highlighted. */
export interface EvidenceContext {
  before: string;
  sentence: string;
  after: string;
}

/**
 * Cuts the line (the bodies are raw text: one paragraph per line) that holds `start`, with the evidence marked.
 * Offsets outside the text, or a sentence that runs past its line, fall back to the sentence alone rather than
 * highlighting the wrong words.
 */
export function cutEvidenceContext(text: string, evidence: { text: string; start: number; end: number }): EvidenceContext {
  const alone = { before: '', sentence: evidence.text, after: '' };
  if (evidence.start < 0 || evidence.end > text.length || text.slice(evidence.start, evidence.end) !== evidence.text) {
    return alone;
  }
  const lineStart = text.lastIndexOf('\n', evidence.start - 1) + 1;
  const newline = text.indexOf('\n', evidence.start);
  const lineEnd = newline === -1 ? text.length : newline;
  if (evidence.end > lineEnd) return alone;
  return {
    before: text.slice(lineStart, evidence.start),
    sentence: evidence.text,
    after: text.slice(evidence.end, lineEnd).replace(/\r$/, ''),
  };
}
