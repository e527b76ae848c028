// A bare "the <noun>" of a later sentence stands for the thing the article first described with that noun: raters
// failed stems with "the hostel", "the roundabout", "the project" that never said which one (rounds 35-43).
import { describe, expect, it } from 'vitest';
import { findDescription } from '@/lib/quiz/facts/descriptions';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';

const sentencesOf = (text: string) => annotateText(cleanText(text)).sentences;

describe('findDescription', () => {
  const sentences = sentencesOf(
    'The council approved plans for a 24-bed hostel on Pilgrim Street on Tuesday. It also backed a new cycle lane. ' +
      'The famous Challenger expedition mapped the seabed in 1925. The company plans to cut 300 jobs. ' +
      'The hostel will create 12 jobs. The lane will open in May. The expedition returned in 1927. The plans were dropped.',
  );

  it('takes the modifiers before the noun and a place named after it', () => {
    expect(findDescription(sentences, 'hostel', 4)?.text).toBe('24-bed hostel on Pilgrim Street');
  });

  it('drops leading words that say nothing of which one', () => {
    expect(findDescription(sentences, 'expedition', 6)?.text).toBe('Challenger expedition');
  });

  it('gives nothing for "a new cycle lane" beyond "cycle lane", and nothing for a verb read as a noun', () => {
    expect(findDescription(sentences, 'lane', 5)?.text).toBe('cycle lane');
    // "The company plans to cut": "plans" is the verb.
    expect(findDescription(sentences, 'plans', 7)).toBeUndefined();
  });

  it('only from a sentence before the one asking', () => {
    expect(findDescription(sentences, 'hostel', 0)).toBeUndefined();
  });

  it.each([
    // Two different ones described.
    ['A 24-bed hostel opened in Leeds. A rival 40-bed hostel opened in York. The hostel has a cafe.', 'hostel', 2],
    // A role the thing once had ("used as a drill hall").
    ['The exchange was later used as a drill hall and a cinema. A furniture firm put a floor into the hall.', 'hall', 1],
    // A state of a match, which changes as it goes ("a 2-1 lead").
    ['Kestrels took a 2-1 lead after 20 minutes. Wolves levelled twice. Baird gave the home side the lead again in the third period.', 'lead', 2],
    // An evaluative or superlative adjective alone.
    ['It was the largest trial of its kind. A crucial meeting followed in May. The trial ended in 2024. The meeting was short.', 'trial', 2],
    ['It was the largest trial of its kind. A crucial meeting followed in May. The trial ended in 2024. The meeting was short.', 'meeting', 3],
  ] as const)('gives nothing for "%s" on "%s"', (text, noun, before) => {
    expect(findDescription(sentencesOf(text), noun, before)).toBeUndefined();
  });
});

// Round 53: "the two-day search" of 2008, four paragraphs up, was put on the rescue of 2023.
describe('findDescription across paragraphs', () => {
  const sentences = sentencesOf(
    'The turning point came during a two-day search for a walker on the Carneddau.\n\nShe trained a second dog over the next three years.\n\nTarn qualified as a search dog in March 2019.\n\nThe search she remembers most took place in 2023.',
  );

  it('reads only the paragraph and the one before', () => {
    expect(sentences[3]!.text).toMatch(/^The search/);
    expect(findDescription(sentences, 'search', 3)).toBeUndefined();
  });
});
