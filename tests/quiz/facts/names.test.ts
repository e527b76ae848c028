import { describe, expect, it } from 'vitest';
import { withArticle } from '@/lib/quiz/facts/names';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';

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

// A review of round 65's rules: "Town Hall" a person beside "Hall, 64, ...", and towns of a list or a spaniel with a
// number after them.
describe('a surname with an age', () => {
  const typeOf = (text: string, name: string) => extractFacts(annotateText(cleanText(text))).names.find((n) => n.text === name)?.type;
  it('is a person with a he or she nearby, and so is the given name before it, but no "Town Hall"', () => {
    const text = 'Margaret Hall has kept the lock for 30 years.\n\nHall, 64, took over from her father in 1994. She booked the Town Hall for a party.';
    expect(typeOf(text, 'Hall')).toBe('person');
    expect(typeOf(text, 'Town Hall')).not.toBe('person');
  });
  it.each([
    ['Cases were reported in Ashbury, 14, Eastmere, 9, and Stokeham, 3, the agency said.', 'Ashbury'],
    ['Biscuit, 4, vanished from a garden in Leeds on Friday.', 'Biscuit'],
  ])('is no person in "%s"', (text, name) => {
    expect(typeOf(text, name)).not.toBe('person');
  });
});

// Round 65: "Mill Rise", a street, was offered as a councillor's name.
it('reads a street on "Rise", "Crescent" or "Mews" as a place', () => {
  const names = extractFacts(annotateText(cleanText('Margaret Oyelaran, who has run a newsagent on Mill Rise for 19 years, said she feared losing customers. The scheme will close Abbot’s Lane and part of Mill Rise on school days.'))).names;
  expect(names.filter((n) => n.text === 'Mill Rise').every((n) => n.type === 'place')).toBe(true);
});

// Round 68: "Brant Pike", a summit, was offered as a runner and asked as "described as the fourth of the route's seven
// summits".
it('reads a fell-top on "Pike", "Crag", "Tor" or "Knott" as a place', () => {
  const names = extractFacts(annotateText(cleanText('The 26-year-old pulled clear of a leading group of five on the long climb to Brant Pike, the fourth of the route’s seven summits. Kestle Crag and Hollin Tor came later.'))).names;
  for (const summit of ['Brant Pike', 'Kestle Crag', 'Hollin Tor']) expect(names.filter((n) => n.text === summit).every((n) => n.type === 'place')).toBe(true);
});
