import { describe, expect, it } from 'vitest';
import { cutEvidenceContext } from '@/lib/quiz/context';

const TEXT = '\nFirst line here.\nSecond line. The key sentence. Tail.\r\nThird line.';

function evidenceOf(sentence: string, text = TEXT) {
  const start = text.indexOf(sentence);
  return { text: sentence, start, end: start + sentence.length };
}

describe('cutEvidenceContext', () => {
  it.each([
    { sentence: 'The key sentence.', before: 'Second line. ', after: ' Tail.' },
    { sentence: 'First line here.', before: '', after: '' },
    { sentence: 'Third line.', before: '', after: '' },
    { sentence: 'Second line.', before: '', after: ' The key sentence. Tail.' },
  ])('cuts the line around $sentence', ({ sentence, before, after }) => {
    expect(cutEvidenceContext(TEXT, evidenceOf(sentence))).toEqual({ before, sentence, after });
  });

  it.each([
    { name: 'offsets that do not match the text', evidence: { text: 'The key sentence.', start: 0, end: 17 } },
    { name: 'offsets past the end', evidence: { text: 'Nothing', start: 500, end: 507 } },
    { name: 'a sentence that runs over a line break', evidence: evidenceOf('here.\nSecond') },
  ])('falls back to the sentence alone for $name', ({ evidence }) => {
    expect(cutEvidenceContext(TEXT, evidence)).toEqual({ before: '', sentence: evidence.text, after: '' });
  });
});
