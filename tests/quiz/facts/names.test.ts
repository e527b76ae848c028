import { describe, expect, it } from 'vitest';
import { withArticle } from '@/lib/quiz/facts/names';

// Round 52 review: "the island" became "the Easter Island" because "the Easter Island statues" was written once.
describe('withArticle', () => {
  const sentences = [
    'Rapa Nui is also called Easter Island.',
    'The ahu support the Easter Island statues.',
    'Easter Island has no streams.',
    'Staff at the Hallam Museum agreed.',
    'The Hallam Museum opened in 1901.',
  ].map((text) => ({ text }));

  it('gives a name "the" as the article mostly writes it', () => {
    expect(withArticle('Easter Island', sentences, false)).toBe('Easter Island');
    expect(withArticle('Hallam Museum', sentences, true)).toBe('The Hallam Museum');
    // (A name before the noun it modifies counts neither way: "Royal Navy ships".)
    const navy = ['Two Royal Navy ships searched the bay.', 'Royal Navy divers found the wreck.', 'The Royal Navy later confirmed the find.'].map((text) => ({ text }));
    expect(withArticle('Royal Navy', navy, true)).toBe('The Royal Navy');
  });
});
