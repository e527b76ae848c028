import { describe, expect, it } from 'vitest';
import { isBalanced, isUnsafe, pickDateDistractors, pickNameDistractors, pickQuantityDistractors } from '@/lib/quiz/distractors';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { buildEntityQuestions } from '@/lib/quiz/questions/entity';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';
import { readFileSync } from 'node:fs';

const factsFrom = (text: string) => extractFacts(annotateText(cleanText(text)));
/** The options for the first date of `text` that `which` picks. */
const dateOptions = (text: string, which: (d: ReturnType<typeof factsFrom>['dates'][number]) => boolean) => {
  const f = factsFrom(text);
  const key = f.dates.find(which)!;
  return pickDateDistractors(f, key, f.sentences[key.sentence]!).options;
};
/** The options for the figure of `value` in a one-sentence text. */
const quantityOptions = (text: string, value: number) => {
  const f = factsFrom(text);
  const key = f.quantities.find((q) => q.value === value)!;
  return pickQuantityDistractors(f, key, key.text, f.sentences[key.sentence]!).options;
};
const seed = readFileSync('content/mali-minusma-withdrawal.md', 'utf8');
const facts = factsFrom(seed);
const sentenceWith = (s: string) => facts.sentences.find((x) => x.text.includes(s))!;

describe('quantity distractors', () => {
  const deaths = facts.quantities.find((q) => q.value === 170)!;
  const { options } = pickQuantityDistractors(facts, deaths, 'more than 170 peacekeepers', sentenceWith('170'));

  it('keep the qualifier and the unit, change only the number', () => {
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).toMatch(/^more than \d[\d,]* peacekeepers$/);
  });

  // Round 30: "97.4 per cent over sodium and _____ over magnesium" offered 50.5, 59.7 and 68.8 against 91.8.
  it('move a share near the whole by points, not by a factor', () => {
    const f = factsFrom('The membrane let through lithium with an average selectivity of 97.4 per cent over sodium and 91.8 per cent over magnesium.');
    const { options } = pickQuantityDistractors(f, f.quantities.find((q) => q.value === 91.8)!, '91.8 per cent', f.sentences[0]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number.parseFloat(o)).toBeGreaterThan(75), expect(Number.parseFloat(o)).toBeLessThan(97.4);
  });

  // Round 35: "passed by _____ to 27" offered 23 and 17 votes, which lose; "drew level within _____" keyed 300 metres
  // offered 400, 500 and 600, all true too.
  it('keep a vote’s winning side above the losing one, and a past "within" below the key', () => {
    const vote = factsFrom('The vote, taken shortly before 11pm, passed by 31 votes to 27, with two abstentions. An earlier motion fell by 20 votes to 23.');
    const won = pickQuantityDistractors(vote, vote.quantities.find((q) => q.value === 31)!, '31 votes', vote.sentences[0]!).options;
    expect(won.length).toBeGreaterThan(0);
    for (const o of won) expect(Number.parseInt(o)).toBeGreaterThan(27);
    const race = factsFrom('The Harcourt boat drew level within 300 metres, and by the final marker, at 2,000 metres, it had open water after 100 metres more.');
    const level = pickQuantityDistractors(race, race.quantities.find((q) => q.value === 300)!, '300 metres', race.sentences[0]!).options;
    for (const o of level) expect(Number.parseInt(o)).toBeLessThan(300);
    const deadline = factsFrom('The board must form a government within 14 days of the result, and within 30 days it must publish a budget.');
    const days = pickQuantityDistractors(deadline, deadline.quantities.find((q) => q.value === 14)!, '14 days', deadline.sentences[0]!).options;
    expect(days.some((o) => Number.parseInt(o) > 14)).toBe(true);
  });

  // Round 35: "Leeuwen" was offered for "Pieter van Leeuwen", a name cut in half.
  it('write a surname with its particle', () => {
    const f = factsFrom(
      'Sarah Kinsella coached the crew. "A lot of people told me I was taking a risk," Kinsella said. Pieter van Leeuwen said the crew had trained hard. Tom Holloway said the race was close. Jonah Adeyemi said the water was rough.',
    );
    const kinsella = f.names.find((n) => n.text === 'Kinsella')!;
    const { options } = pickNameDistractors(f, kinsella, 'Kinsella', f.sentences[1]!);
    expect(options).toContain('Van Leeuwen');
    expect(options).not.toContain('Leeuwen');
    // Round 42: "Heijden" for "Raymond van der Heijden".
    const two = factsFrom(
      'Luke Crane won the final. "I never doubted it," Crane said. Raymond van der Heijden said he had played badly. Tom Holloway said the crowd was loud. Jonah Adeyemi said the oche was slippery.',
    );
    const crane = two.names.find((n) => n.text === 'Crane')!;
    expect(pickNameDistractors(two, crane, 'Crane', two.sentences[1]!).options).toContain('Van der Heijden');
  });

  // Round 36: "worked night shifts in the early _____" keyed 2000s offered the 1950s.
  it('keep a decade within a generation of the key', () => {
    const f = factsFrom('Dr Ashcombe, who worked night shifts as a junior technician in the early 2000s, led the trial from 2022 to 2024.');
    const { options } = pickDateDistractors(f, f.dates.find((d) => d.text.includes('2000s'))!, f.sentences[0]!);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(Math.abs(Number.parseInt(o) - 2000)).toBeLessThanOrEqual(30);
  });

  // Round 35: "finished on _____ from nine rounds" keyed 7.5 points offered 9.8 and 11.6 points.
  it('keep a figure in halves to halves', () => {
    const f = factsFrom('Vasić finished on 7.5 points from nine rounds, half a point ahead of four players.');
    const { options } = pickQuantityDistractors(f, f.quantities.find((q) => q.value === 7.5)!, '7.5 points', f.sentences[0]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).toMatch(/^\d+\.5 points$/);
  });

  // Round 27: "rise from _____ a week to 58" offered 57 hours, a rise of one hour.
  it('stay on the key’s side of a change’s other end, with a clear gap to it', () => {
    const f = factsFrom('Opening hours are expected to rise from 44 hours a week to 58, including Sunday afternoons for the first time.');
    const { options } = pickQuantityDistractors(f, f.quantities.find((q) => q.value === 44)!, '44 hours', f.sentences[0]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d+/.exec(o)![0])).toBeLessThan(54);
  });

  it('never go below a lower bound, which would make them true too', () => {
    for (const o of options) expect(Number(/\d[\d,]*/.exec(o)![0].replace(/,/g, ''))).toBeGreaterThan(170);
  });

  it('keep a clear gap from a bound, so no second option may also be true', () => {
    for (const o of options) expect(Number(/\d[\d,]*/.exec(o)![0].replace(/,/g, ''))).toBeGreaterThanOrEqual(170 * 1.25);
    const text = 'The launch was scrubbed less than 20 minutes before the scheduled time. Engineers later said the delay cost less than 40 minutes of fuel margin.';
    const f = factsFrom(text);
    const bound = f.quantities.find((q) => q.value === 20)!;
    for (const o of pickQuantityDistractors(f, bound, 'less than 20 minutes', f.sentences[0]!).options) {
      expect(Number(/\d+/.exec(o)![0])).toBeLessThanOrEqual(12);
    }
  });

  it.each([
    ['inside a range the sentence gives', 'Brennford lies at an elevation of between 62 and 95 metres above sea level on the plain.', 95, 62],
    ['on the key’s side of the sentence’s other figures', 'Volunteers counted 112 humpback whales this year, up from 96 whales last year.', 112, 96],
  ])('stay %s', (_, sentence, keyValue, floor) => {
    const f = factsFrom(sentence);
    const key = f.quantities.find((q) => q.value === keyValue)!;
    const { options } = pickQuantityDistractors(f, key, key.text, f.sentences[0]!);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(Number(/\d+/.exec(o)![0])).toBeGreaterThan(floor);
  });

  it.each([
    ['Companies must report a breach within 72 hours of finding it.', 24],
    ['The trial will run for 12 months from September in the city.', 6],
  ])('keep a duration in its calendar’s steps: %s', (sentence, step) => {
    const f = factsFrom(sentence);
    const { options } = pickQuantityDistractors(f, f.quantities[0]!, f.quantities[0]!.text, f.sentences[0]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d+/.exec(o)![0]) % step).toBe(0);
  });

  it('keep the minutes of "two hours and _____ minutes" under 60, in whole steps', () => {
    const f = factsFrom('Students will sit a single paper lasting two hours and 45 minutes in June next year.');
    const key = f.quantities.find((q) => q.value === 45)!;
    for (const o of pickQuantityDistractors(f, key, key.text, f.sentences[0]!).options) expect(o).toMatch(/^(15|30) minutes$/);
  });

  // Round 79: "sentenced to five years and twelve months".
  it('keep the months of "five years and _____" under 12', () => {
    const f = factsFrom('A man who sold fake tickets has been jailed for four years and three months at Leeds Crown Court.');
    const key = f.quantities.find((q) => q.value === 3)!;
    const options = pickQuantityDistractors(f, key, key.text, f.sentences[0]!).options;
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((o) => /^(?:twelve|fifteen|eighteen|twenty|\d{2,}) months$/.test(o))).toEqual([]);
  });

  it('never offer an article figure that rounds to the key ("14,000" beside "14,260")', () => {
    const f = factsFrom('About 14,000 people fled the villages. Officials said 14,260 people had registered at shelters by Tuesday night.');
    const key = f.quantities.find((q) => q.value === 14260)!;
    for (const o of pickQuantityDistractors(f, key, key.text, f.sentences[1]!).options) expect(o).not.toMatch(/^14,0/);
  });

  it('keep the rounding of the key', () => {
    const troops = facts.quantities.find((q) => q.value === 3600)!;
    for (const o of pickQuantityDistractors(facts, troops, '3,600 troops', sentenceWith('3,600')).options) expect(o).toMatch(/^\d{1,2},\d00 troops$/);
  });
});

describe('the other end of a change', () => {
  // Round 13: "will rise from _____ to $19.48" offered $10.34, a rise of 88% in a year.
  it.each([
    ['The training minimum wage will rise from $18.80 to $19.48 an hour next April.', 18.8, 19.48],
    ['Science results improved slightly, rising from 66.8 per cent to 67.5 per cent this year.', 67.5, 66.8],
  ])('keeps the options near it: %s', (text, value, other) => {
    for (const o of quantityOptions(text, value)) expect(Math.abs(Number(/\d+(?:\.\d+)?/.exec(o)![0]) - other)).toBeLessThanOrEqual(3 * Math.abs(value - other) + 1e-9);
  });
});

describe('rivals for a quotation’s speaker', () => {
  // Round 15: Judith Leyster, a painter dead since 1660, offered as the source of a museum director's words.
  it('are people the article quotes, first', () => {
    const f = factsFrom(
          'Judith Leyster married the painter Jan Molenaer in 1636 and painted less after their marriage. Leyster trained in Haarlem. Leyster signed the panel in 1630. Leyster joined the guild in 1633. “It was a long negotiation,” said Marleen Hoogeveen. “We are very proud,” said Femke Visser. “For a regional museum like ours, this is a once-in-a-lifetime moment,” said Arnoud Kersbergen. “It is a record,” said Pieter Dekker.',
    );
    const quote = f.quotes.find((q) => q.quote.startsWith('For a regional'))!;
    const { options } = pickNameDistractors(f, quote.speaker, quote.speaker.text, f.sentences[quote.sentence]!);
    expect(options).toHaveLength(3);
    expect(options).not.toContain('Judith Leyster');
  });
});

describe('a name in capitals', () => {
  // Round 16: "AUSTIN", from a dateline, offered beside "Bengaluru" and "Toronto".
  it('is no rival for a name in ordinary case', () => {
    const f = factsFrom('The company has offices in AUSTIN, Dallas, Houston, Boston and Seattle. The office in Denver, which employs 210 people, will close in January.');
    const denver = f.names.find((n) => n.text === 'Denver')!;
    const { options } = pickNameDistractors(f, denver, 'Denver', f.sentences[1]!);
    expect(options).toHaveLength(3);
    expect(options).not.toContain('AUSTIN');
  });
});

describe('the upper end of a range', () => {
  // Round 15: "fall by 8 to _____ degrees" offered 15, 20 and 30.
  it('stays near the lower end', () => {
    const f = factsFrom('Temperatures are forecast to fall by 8 to 10 degrees on Thursday, with scattered showers.');
    const key = f.quantities.find((q) => q.value === 10)!;
    const { options } = pickQuantityDistractors(f, key, key.text, f.sentences[0]!);
    for (const o of options) expect(Number(/\d+/.exec(o)![0])).toBeLessThanOrEqual(14);
  });
});

describe('figures the Earth allows', () => {
  // Round 14: "more than 10,000 metres" deep beside 15,000, 20,000 and 30,000.
  it('keep a depth within the deepest sea', () => {
    const f = factsFrom('The lander collected samples at depths of more than 10,000 metres in the Kermadec Trench.');
    const key = f.quantities.find((q) => q.value === 10000)!;
    const { options } = pickQuantityDistractors(f, key, key.text, f.sentences[0]!);
    for (const o of options) expect(Number(/[\d,]+/.exec(o)![0].replace(/,/g, ''))).toBeLessThanOrEqual(11000);
  });
});

describe('a whole beside its part', () => {
  it('stays larger than the part ("Seven of the city’s _____ branch libraries")', () => {
    const f = factsFrom('Seven of the city’s 16 branch libraries will close by the end of September after a vote on Wednesday.');
    const key = f.quantities.find((q) => q.value === 16)!;
    const { options } = pickQuantityDistractors(f, key, key.text, f.sentences[0]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d+/.exec(o)![0])).toBeGreaterThan(7);
  });
});

describe('scaled quantities', () => {
  it('stay under the next scale word ("760 million kilometres", never "1220 million")', () => {
    const f = factsFrom('At the time of discovery the comet was about 5.1 astronomical units from the Sun, roughly 760 million kilometres, and about 4.6 AU from Earth.');
    const key = f.quantities.find((q) => q.value === 760)!;
    const { options } = pickQuantityDistractors(f, key, key.text, f.sentences[0]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d+/.exec(o)![0])).toBeLessThan(1000);
  });
});

describe('a majority share', () => {
  // Round 66: "remains majority-owned by his descendants, who hold _____ of the shares" offered 39 per cent.
  it('takes only options over half (or none, and no question)', () => {
    const options = quantityOptions('Tarnwell was founded in 1887 and remains majority-owned by his descendants, who hold 71 per cent of the shares.', 71);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(Number.parseFloat(o)).toBeGreaterThan(50);
  });
});

describe('date distractors', () => {
  // Round 63: "when it opens in spring _____" (2026, in a story of 2024) had 2031 beside it, and "this autumn, down from
  // 11,500 tonnes in _____" the story's own year, which the stem's "this autumn" hides.
  it('keep a year ahead near the key, and leave out the year a "this autumn" stands for', () => {
    const story = 'By Fiona Marchbank | 24 October 2024\n\nThe canning line is expected to fill up to 24,000 cans an hour when it opens in spring 2026. Kellow expects to press around 9,000 tonnes of apples this autumn, down from 11,500 tonnes in 2023.';
    const ahead = dateOptions(story, (d) => d.year === 2026);
    expect(ahead).toHaveLength(3);
    for (const o of ahead) expect(Number(o)).toBeLessThanOrEqual(2029);
    const before = dateOptions(story, (d) => d.year === 2023);
    expect(before).toHaveLength(3);
    expect(before).not.toContain('2024');
  });

  it('put years on both sides of a key the sentence looks ahead to ("will be used from 2026")', () => {
    const f = factsFrom('The council approved the plan in 2022. The new lanes will be used from 2026 onwards, officials said.');
    const { options } = pickDateDistractors(f, f.dates.find((d) => d.year === 2026)!, f.sentences[1]!);
    expect(options.some((o) => Number(o) > 2026)).toBe(true);
  });

  // Round 27: a sentence that looks ahead ("will come from") offered 2028 for a fund "agreed in _____" in 2021.
  it('read the key’s own clause, not the whole sentence, for a look ahead', () => {
    const f = factsFrom(readFileSync('tests/fixtures/synthetic/set22-01-ashby-cross-library.txt', 'utf8'));
    expect(f.published).toBe(2026);
    const evidence = f.sentences.find((s) => s.text.includes('regeneration fund agreed'))!;
    const { options } = pickDateDistractors(f, f.dates.find((d) => d.year === 2021 && d.sentence === evidence.index)!, evidence);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeLessThanOrEqual(2026);
  });

  // Round 28: "plans a further season of excavation in summer _____" offered 2019, 2021 and 2022 in a story of 2023.
  it('stay after the article’s date line for a year the article has not reached', () => {
    const f = factsFrom('Grain store found in bog\n\n9 October 2023\n\nThe platform was spotted in 2021 and excavated in 2021 and 2022. The team plans a further season of excavation in summer 2024 to examine an area to the north.');
    const evidence = f.sentences.find((s) => s.text.includes('further season'))!;
    const { options } = pickDateDistractors(f, f.dates.find((d) => d.year === 2024)!, evidence);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d{4}/.exec(o)![0])).toBeGreaterThanOrEqual(2023);
  });

  // Round 30: "Tensions rose sharply in _____" offered 2025 in a story dated 9 October 2024.
  it('stay within the year of the date line, whatever later years the article mentions', () => {
    const f = factsFrom('Water deal signed\n\n9 October 2024\n\nTensions rose sharply in 2023, when Kyrgyzstan began filling the reservoir. The 2025 irrigation season begins in April, and the plan covers 2026 and 2027.');
    const { options } = pickDateDistractors(f, f.dates.find((d) => d.year === 2023)!, f.sentences[0]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeLessThanOrEqual(2024);
  });

  it('stay inside a decade the sentence names', () => {
    const f = factsFrom(readFileSync('tests/fixtures/synthetic/set20-04-marrowby-lantern-festival.txt', 'utf8'));
    const evidence = f.sentences.find((s) => s.text.startsWith('Through the 1990s'))!;
    const { options } = pickDateDistractors(f, f.dates.find((d) => d.year === 1994)!, evidence);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeGreaterThanOrEqual(1990), expect(Number(o)).toBeLessThanOrEqual(1999);
  });

  // Round 13: "increased flood spending since _____" offered 2025 and 2028, the article's own future dates.
  it('stay near the key after "since"', () => {
    const f = factsFrom('The walls will be finished in 2028, a year after work starts in 2025. The government said it had increased flood spending by about 40% since 2021.');
    const { options } = pickDateDistractors(f, f.dates.find((d) => d.year === 2021)!, f.sentences[1]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeLessThanOrEqual(2024);
  });

  // Round 14: "Under rules introduced in _____" offered 2030, a year only a promise in a quotation looks ahead to.
  it('stay within the article’s present, its latest year outside sentences that look ahead', () => {
    const f = factsFrom('Patel was elected mayor in 2024. Under rules introduced in 2023, the contest was decided by first past the post. She promised 1,500 new council homes by 2030.');
    const { options } = pickDateDistractors(f, f.dates.find((d) => d.year === 2023)!, f.sentences[1]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeLessThanOrEqual(2024);
  });

  // Round 17: "the next edition will be held in _____" keyed 2027 offered 2019 and 2021.
  it('stay after the article’s present for an event it looks ahead to', () => {
    const f = factsFrom('The race was first run in 2019 and again in 2021 and 2025. The next edition will be held in 2027, the organisers said.');
    const { options } = pickDateDistractors(f, f.dates.find((d) => d.year === 2027)!, f.sentences[1]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeGreaterThanOrEqual(2025);
  });

  // Round 19: "Construction is due to start in 2025" (the statement's swap) became 2021, a year "from 2029" counted as past.
  it('read "expects", "from 2029" and "by the end of" as looking ahead', () => {
    const f = factsFrom('The firm raised money in October 2023. It expects headcount to reach 900 by the end of 2028. Cells go into city cars from 2029. Construction is due to start in 2025, the company said.');
    const { options } = pickDateDistractors(f, f.dates.find((d) => d.year === 2025)!, f.sentences[3]!);
    for (const o of options) expect(Number(o)).toBeGreaterThanOrEqual(2023);
  });

  it('stay on the key’s side of the other dates the sentence gives', () => {
    const text = 'Avalanche was discovered in December 2008. By April 2010, attacks had decreased to 59 from a high in October 2009. In November 2016 the botnet was destroyed.';
    const f = factsFrom(text);
    const key = f.dates.find((d) => d.text === 'April 2010')!;
    const { options } = pickDateDistractors(f, key, f.sentences[1]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d{4}/.exec(o)![0]) * 12 + ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].findIndex((m) => o.startsWith(m))).toBeGreaterThan(2009 * 12 + 9);
  });

  it('are years near the key, article years first, none from the evidence', () => {
    const launched = facts.dates.find((d) => d.text === '2013')!;
    const { options } = pickDateDistractors(facts, launched, sentenceWith('launched in 2013'));
    expect(options).toContain('2021');
    for (const o of options) expect(Math.abs(Number(o) - 2013)).toBeLessThanOrEqual(12);
  });

  it('are dates of the same form', () => {
    const june = facts.dates.find((d) => d.text === 'June 14')!;
    const { options } = pickDateDistractors(facts, june, sentenceWith('On June 14'));
    expect(options).toContain('June 30');
    for (const o of options) expect(o).toMatch(/^[A-Z][a-z]+ \d{1,2}$/);
  });
});

describe('name distractors', () => {
  it('are people of the article for a person', () => {
    const diop = facts.names.find((n) => n.text === 'Abdoulaye Diop')!;
    const { options } = pickNameDistractors(facts, diop, diop.text, facts.sentences[diop.sentence]!);
    expect(options.every((o) => ['El-Gassim Wane', 'Antonio Guterres', 'Ahmedou Ould-Abdallah', 'Fatumata Sinkun Kaba'].includes(o))).toBe(true);
  });

  it.each([
    ['U.N.', 'UN', 'Mali has asked U.N. peacekeepers'],
    ['MINUSMA', 'UN', 'The junta wanted MINUSMA'],
    ['CMA', 'Coordination of Movements in Azawad', 'The junta wanted MINUSMA'],
    ['Timbuktu', 'Gao', 'including Gao and Timbuktu'],
    ['UN Security Council', 'UN', 'The junta wanted MINUSMA'],
  ])('rejects %s against the key %s', (option, key, evidence) => {
    expect(isUnsafe(option, key, sentenceWith(evidence), facts)).toBe(true);
  });

  it('accepts an unrelated name of the same type', () => {
    expect(isUnsafe('Niger', 'Russia', sentenceWith('Bamako and the Kremlin'), facts)).toBe(false);
  });
});

describe('isBalanced', () => {
  it.each([
    ['Coordination of Movements in Azawad', ['Wagner', 'Kremlin', 'PVK'], false],
    ['Abdoulaye Diop', ['El-Gassim Wane', 'Antonio Guterres', 'Fatumata Sinkun Kaba'], true],
  ])('%s among %j is %s', (key, options, expected) => {
    expect(isBalanced(key, options)).toBe(expected);
  });
});

// Session 7: a small cast left "NASA astronauts _____ and Doug Hurley" with two rivals and no question.
describe('a person met only in passing', () => {
  const text = readFileSync('content/wikinews-spacex-first-crewed-launch.md', 'utf8');
  const f = factsFrom(text);
  const behnken = f.names.find((n) => n.text === 'Bob Behnken')!;
  const { options, spare } = pickNameDistractors(f, behnken, 'Bob Behnken', f.sentences[behnken.sentence]!);

  it('is kept apart as a spare, never among the safe options', () => {
    expect(options).not.toContain('Alan Shepard');
    expect(spare).toEqual(['Alan Shepard']);
  });

  it('completes a question only as a fallback, served to reach the minimum', () => {
    const built = buildEntityQuestions(f).find((b) => 'key' in b && b.key === 'Bob Behnken' && b.distractors.includes('Alan Shepard'));
    expect(built && 'fallback' in built ? built.fallback : undefined).toMatch(/passing/);
  });
});

// Round 20: "sent _____ the wrong way" (only a goalkeeper) against a manager and outfield players; a scorer against a
// goalkeeper and a manager.
describe('roles a sentence can single out', () => {
  const text = [
    'Rovers goalkeeper Tom Hadley saved a penalty from Calder striker Luis Moreno in the tenth minute.',
    'Calder manager Graham Pell said his side had been unlucky.',
    'Rovers midfielder Ryan Castell scored in the 64th minute after a cross from winger Kai Lennon.',
    'Calder goalkeeper Arno Visser was beaten again when Rovers forward Daniel Okonkwo headed in a corner.',
    'Rovers manager Ian Stokes praised Castell, Okonkwo and Lennon after the match.',
    'Moreno said Calder would recover, and Lennon said Rovers deserved the win.',
  ].join(' ');
  const f = factsFrom(text);
  const optionsFor = (name: string) => {
    const n = f.names.find((x) => x.text === name)!;
    return pickNameDistractors(f, n, name, f.sentences[n.sentence]!).options;
  };

  it('gives a goalkeeper only goalkeepers as rivals', () => {
    expect(optionsFor('Tom Hadley').every((o) => o === 'Arno Visser')).toBe(true);
  });

  it('gives no player of the other side where the sentence names the key’s side', () => {
    const options = optionsFor('Ryan Castell');
    expect(options).not.toContain('Luis Moreno');
  });

  it('gives an outfield player no goalkeeper or manager as a rival', () => {
    const options = optionsFor('Ryan Castell');
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(['Tom Hadley', 'Arno Visser', 'Graham Pell', 'Ian Stokes']).not.toContain(o);
  });
});

// Round 20: "1,100 jobs" against the article's 400, 500 and 600.
describe('a key far from rivals bunched together', () => {
  it('takes figures made around the key instead of the article’s bunched ones', () => {
    const text =
      'Larkfield will close 40 stores with the loss of 1,100 jobs. In 2019 it cut 400 jobs at its depots. ' +
      'A year later it cut 500 jobs in its offices. In 2022 it cut 600 jobs in its warehouses.';
    const f = factsFrom(text);
    const key = f.quantities.find((q) => q.value === 1100)!;
    const values = pickQuantityDistractors(f, key, key.text, f.sentences[0]!).options.map((o) => Number(o.replace(/[^\d]/g, '')));
    expect(values).toHaveLength(3);
    // The key's distance from the nearest rival is no more than the rivals' own spread.
    const gap = Math.min(...values.map((x) => Math.abs(x - 1100)));
    expect(gap).toBeLessThanOrEqual(Math.max(...values) - Math.min(...values));
  });
});

// Round 21: the key was never the earliest of four dates (0 of 11), a tell for a test-wise student.
describe('where the key falls among date options', () => {
  it('takes every rank, from earliest to latest, across keys', () => {
    // Years far apart, so each key's options are made around it rather than taken from the article.
    const text = [4, 11, 18, 25, 7, 14, 21, 28]
      .map((d, i) => `The ${['north', 'south', 'east', 'west'][i % 4]} committee met on ${d} ${['March', 'June'][i % 2]} ${1850 + 20 * i} to discuss the repairs.`)
      .join('\n\n');
    const f = factsFrom(text);
    const ranks = new Set<number>();
    for (const d of f.dates) {
      const { options } = pickDateDistractors(f, d, f.sentences[d.sentence]!);
      const when = (s: string) => new Date(s).getTime();
      ranks.add(options.filter((o) => when(o) < when(d.text)).length);
    }
    expect([...ranks].sort()).toEqual([0, 1, 2, 3]);
  });
});

// Round 21: "which has flooded three times since _____" offered 2026 in a sentence that also looks ahead ("will renew").
describe('a year after "since"', () => {
  it('looks back, whatever else the sentence says of the future', () => {
    const text =
      'It is the largest piece of track work since 2018. Trade fell by half during a closure in 2021. ' +
      'Engineers will also renew two junctions at the Attercliffe stop, which has flooded three times since 2023.';
    const f = factsFrom(text);
    const key = f.dates.find((d) => d.text === '2023')!;
    const { options } = pickDateDistractors(f, key, f.sentences[key.sentence]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeLessThan(2023);
  });
});

// Round 22: "five months to June", "sixty months"; a cash rate of 5.25% against 6.83% and 3.94%.
describe('figures that come in steps', () => {
  const optionsFor = (sentence: string, value: number) => {
    const f = factsFrom(sentence);
    const key = f.quantities.find((q) => q.value === value)!;
    return pickQuantityDistractors(f, key, key.text, f.sentences[0]!).options;
  };

  it('give a span of months in quarters and years', () => {
    const options = optionsFor('The Consumers Price Index rose 0.5% in the three months to June, the statistics office said.', 3);
    expect(options).toHaveLength(3);
    for (const o of options) expect(['six months', 'nine months', 'twelve months', '6 months', '9 months', '12 months']).toContain(o);
  });

  it('give a policy rate in quarter points', () => {
    const options = optionsFor('The Reserve Bank kept its official cash rate at 5.25% on Wednesday, as economists had expected.', 5.25);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Math.round(Number.parseFloat(o) * 100) % 25).toBe(0);
  });
});

// Round 23: "The university plans to add a residence by _____" offered 2022 in a story dated 2024.
describe('a year the article looks ahead to', () => {
  it('takes no option before the article’s own date line', () => {
    const text = 'Published: 14 November 2024\n\nThe university opened the centre in 2019. It plans to add a 60-bed residence by 2026, the registrar said.';
    const f = factsFrom(text);
    const key = f.dates.find((d) => d.text === '2026')!;
    const { options } = pickDateDistractors(f, key, f.sentences[key.sentence]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeGreaterThanOrEqual(2024);
  });
});

// Round 24: vote shares of 117% and 139% for a key of 71.4 per cent.
describe('a share written "per cent"', () => {
  it('stays under 100', () => {
    const f = factsFrom('The draft budget was backed by 71.4 per cent of the members present at the vote in Prague on Tuesday.');
    const key = f.quantities.find((q) => q.value === 71.4)!;
    for (const o of pickQuantityDistractors(f, key, key.text, f.sentences[0]!).options) expect(Number.parseFloat(o)).toBeLessThan(100);
  });
});

// Round 24: "estimated at _____4.3 million" (the "C" of "C$" read as a place name).
describe('a dollar of another country', () => {
  it('keeps its letters in the figure', () => {
    const f = factsFrom('Damage to the ship and the dock was estimated at C$4.3 million, and the terminal was closed for nine days.');
    expect(f.quantities.map((q) => q.text)).toContain('C$4.3 million');
    expect(f.names.map((n) => n.text)).not.toContain('C');
  });
});

// Round 24: 2016 for a survey "due" in a 2024 story; 0.2, 0.3 and 0.4 against a key of 0.8.
describe('round 24 options', () => {
  it('take no past year for an event the article says is due', () => {
    const text = 'Published: 3 May 2024\n\nThe otters were first seen in 2019. The next full survey of the river is due in 2026, the trust said.';
    const f = factsFrom(text);
    const key = f.dates.find((d) => d.text === '2026')!;
    for (const o of pickDateDistractors(f, key, f.sentences[key.sentence]!).options) expect(Number(o)).toBeGreaterThanOrEqual(2024);
  });

  it('offer no set where the key stands apart from rivals bunched on one side', () => {
    // "up to 0.8 mm" lets options move down only: 0.2, 0.3 and 0.4 would single the key out, so no question.
    const f = factsFrom('The bacteria sealed cracks up to 0.8 mm wide within four weeks in the laboratory tests.');
    const key = f.quantities.find((q) => q.value === 0.8)!;
    expect(pickQuantityDistractors(f, key, key.text, f.sentences[0]!).options).toEqual([]);
  });
});

// Rounds 37-43: "€46m" among "€25m", "€35m", "€60m" and "£105" among "£58", "£68", "£79" were the odd one out by
// rounding; "£53,000" beside the article's "£52,000" read as a copy.
describe('quantity options share the key’s rounding and keep apart', () => {
  const optionsOf = (text: string, value: number) => {
    const f = factsFrom(text);
    const key = f.quantities.find((q) => q.value === value)!;
    return pickQuantityDistractors(f, key, key.text, f.sentences[key.sentence]!).options.map((o) => Number(/[\d,.]+/.exec(o)![0].replace(/,/g, '')));
  };
  const roundingOf = (x: number) => (x % 10 === 0 ? 10 : x % 5 === 0 ? 5 : 1);

  it('gives a key in fives options in fives', () => {
    const options = optionsOf('The annual fee for the scheme will rise to £105, the council said on its website.', 105);
    expect(options).toHaveLength(3);
    for (const x of options) expect(x % 5).toBe(0);
  });

  it('keeps at least one option of a plain key’s rounding beside the article’s round figures', () => {
    const text =
      'The first phase cost €25m in 2019. The second phase cost €35m in 2021. A rival bid was worth €60m in total. ' +
      'The firm said on Monday that the new plant would cost €46m and open in the spring.';
    const options = optionsOf(text, 46);
    expect(options).toHaveLength(3);
    expect(options.some((x) => roundingOf(x) === roundingOf(46))).toBe(true);
  });

  it('never puts a made-up figure a hair from another option', () => {
    const text = 'The clean-up cost £52,000, the court heard. Royce is estimated to have made £40,000 from the scheme over two years.';
    const options = optionsOf(text, 40000);
    expect(options).toHaveLength(3);
    for (const a of options) for (const b of options) if (a !== b) expect(Math.abs(a - b) / Math.max(a, b)).toBeGreaterThanOrEqual(0.05);
  });
});

// Round 44: "on _____ and again on 2 December" took "19 December"; "no written record of any complaint before _____"
// took an earlier month, true as well; "Winter counts ... in _____" took July and September.
describe('date options the sentence itself rules in', () => {
  const optionsOf = (text: string, keyText: string) => {
    const f = factsFrom(text);
    const key = f.dates.find((d) => d.text === keyText)!;
    return pickDateDistractors(f, key, f.sentences[key.sentence]!).options;
  };
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const monthOf = (o: string) => MONTHS.findIndex((m) => o.includes(m)) + 1;

  it('keeps a day before the date it comes before, with no year given', () => {
    const options = optionsOf('She raised her concerns by email on 24 November and again on 2 December, and copied the second email to the board.', '24 November');
    expect(options).toHaveLength(3);
    for (const o of options) expect(monthOf(o) === 11 || (monthOf(o) === 12 && Number(/\d+/.exec(o)![0]) < 2) || monthOf(o) < 11).toBe(true);
  });

  it('puts the options after the key of "no record before _____"', () => {
    const options = optionsOf('The judge said no written record of any complaint before November 2022 had been produced by the company.', 'November 2022');
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d{4}/.exec(o)![0]) * 12 + monthOf(o)).toBeGreaterThan(2022 * 12 + 11);
  });

  it('keeps the key’s month where the sentence names a season', () => {
    const options = optionsOf('Winter counts carried out by the bat group recorded a peak of 412 individuals in January 2022.', 'January 2022');
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).toMatch(/^January \d{4}$/);
  });
});

// Round 44: "employs _____ across the UK, including 720 at Hanbury" offered "about 700", less than its own part.
// Round 47: "_____ are on the register, up from 3,100" offered figures below 3,100.
describe('a figure the sentence bounds with a bare number', () => {
  it.each([
    ['Pellham employs about 1,300 people across the UK, including 720 at Hanbury.', 1300, 720],
    ["According to the council's latest figures, 3,900 households are on the housing register, up from 3,100 two years ago.", 3900, 3100],
  ])('%s', (text, value, floor) => {
    const options = quantityOptions(text, value);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/[\d,]+/.exec(o)![0].replace(/,/g, ''))).toBeGreaterThan(floor);
  });
});

// Round 45: "March 1966" against "June 1966", "November 1966" and "March 1967": the key was the month and the year most
// options shared.
describe('month-and-year options', () => {
  it('put each month and each year in two options, so neither singles out the key', () => {
    const f = factsFrom('The theatre gave its first performance in March 1966 in a converted chapel on Mill Street.');
    const key = f.dates[0]!;
    const options = [...pickDateDistractors(f, key, f.sentences[0]!).options, 'March 1966'];
    expect(options).toHaveLength(4);
    const count = (xs: string[]) => [...new Set(xs)].map((x) => xs.filter((y) => y === x).length);
    expect(count(options.map((o) => o.split(' ')[0]!))).toEqual([2, 2]);
    expect(count(options.map((o) => o.split(' ')[1]!))).toEqual([2, 2]);
  });
});

// Round 45: "around 1870" against 1867 and 1869, which it does not rule out.
describe('an approximate year', () => {
  it('takes options a decade or more away', () => {
    const f = factsFrom('The mill was built around 1870 by the Harker family, who ran it until 1931.');
    const key = f.dates.find((d) => d.year === 1870)!;
    const options = pickDateDistractors(f, key, f.sentences[0]!).options;
    expect(options).toHaveLength(3);
    for (const o of options) expect(Math.abs(Number(o) - 1870)).toBeGreaterThanOrEqual(10);
  });
});

// Round 45: "in each of the previous one season" was ruled out by its grammar; round 52: "The top one team qualify".
describe('a plural count after "the previous", or with a verb that agrees with it', () => {
  it.each([
    ['Holmfirth had lost the final in each of the previous two seasons to Linmouth.', 'one season'],
    ['The top two teams qualify for the play-offs in May, the league said.', 'one team'],
  ])('never takes one as an option: %s', (sentence, one) => {
    const f = factsFrom(sentence);
    const q = f.quantities[0]!;
    const options = pickQuantityDistractors(f, q, q.text, f.sentences[0]!).options;
    expect(options).toHaveLength(3);
    expect(options).not.toContain(one);
  });
});

// Round 47: "recorded in the early 21st century and lapsed in the 1920s" was offered.
describe('a century against another date of the sentence', () => {
  it('keeps the options on the key’s side of it', () => {
    const options = dateOptions('The custom was first recorded in the 18th century and lapsed in the 1920s, before it was revived in 1987.', (d) => d.format === 'century');
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d+/.exec(o)![0])).toBeLessThan(20);
  });
});

// Round 45: "By the middle of the 21st century ... had become" was offered in a story of 2024.
describe('a century option', () => {
  it('is never one still to come', () => {
    const options = dateOptions('Published 3 March 2024\n\nThe exchange opened in 1861. By the middle of the 20th century the town had become a busy grain market.', (d) => d.format === 'century');
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).not.toMatch(/21st|22nd/);
  });
});

// Round 51: "between _____ and March last year" (read "March 2024" in a story of 2025) was offered August 2024.
describe('a month of a relative year', () => {
  it('bounds the options as the stem reads it', () => {
    const options = dateOptions('Published 12 February 2025\n\nFollow-up observations were carried out between August 2023 and March last year.', (d) => d.text === 'August 2023');
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d{4}/.exec(o)![0]) * 12 + ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].indexOf(o.split(' ')[0]!)).toBeLessThan(2024 * 12 + 2);
  });
});

// Round 52: "the 12 months to 31 January 2025" against 24 and 28 January and 26 February: the only month's end.
describe('a month’s last day', () => {
  it('takes other months’ last days as options', () => {
    const options = dateOptions('Revenue rose by 7% to £86.4m in the 12 months to 31 January 2025, the brewer said.', (d) => d.day === 31);
    expect(options).toHaveLength(3);
    for (const o of options) {
      const [day, month, year] = o.split(' ');
      expect(Number(day)).toBe(new Date(Date.UTC(Number(year), ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].indexOf(month!) + 1, 0)).getUTCDate());
    }
  });
});

// Round 54: "roughly 1 mile" keyed against "roughly 3 mile".
describe('a count of one', () => {
  it('takes plural options', () => {
    expect(quantityOptions('The viaduct carries the line for roughly 1 mile across the valley of the river.', 1)).toEqual(
      expect.arrayContaining(['roughly 2 miles', 'roughly 3 miles']),
    );
  });
});

// Round 54: "_____ a week" against "nine days", "for _____ a day" against "30 hours", and "an _____ match" whose
// article only the key ("84-minute") fits.
describe('a figure its sentence bounds by grammar or the calendar', () => {
  it.each([
    ['Under the new arrangements, the unit will open from 8am to 10pm, 6 days a week.', 6, (o: string) => Number(/\d+/.exec(o)![0]) <= 7],
    ['Ms Chaudhry said some of the robots had run for 20 hours a day at the peak of the season.', 20, (o: string) => Number(/\d+/.exec(o)![0]) <= 24],
    ['Varga levelled with a backhand kill, then won the last two points of an 84-minute match to a standing ovation.', 84, (o: string) => /^8/.test(o)],
  ] as const)('%s', (sentence, value, fits) => {
    // (None at all is fine: the question is then not asked.)
    for (const o of quantityOptions(sentence, value)) expect(fits(o), o).toBe(true);
  });
});

// Round 54: "on Sunday _____" offered 23 September 2024, a Monday.
describe('a date after its weekday', () => {
  it('takes dates of the same weekday', () => {
    const options = dateOptions('The fire alarm was found without a battery on Sunday 22 September 2024, the inquest heard.', (d) => d.day === 22);
    expect(options).toHaveLength(3);
    for (const o of options) expect(new Date(`${o} UTC`).getUTCDay()).toBe(0);
  });
});

// Round 55: "Voltcycle entered administration in September 2026" as a false option of a story dated April 2025.
describe('a past date with its month', () => {
  it('takes no option after the story’s own year', () => {
    const text =
      'By Jo Smith | Tuesday 8 April 2025\n\nRival UK firm Voltcycle entered administration in October 2024, blaming low metal prices.\n\nThe first 30 trainees will start in September 2026.';
    const options = dateOptions(text, (d) => d.month === 10);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d{4}/.exec(o)![0])).toBeLessThanOrEqual(2025);
  });
});

// Round 58: "around £850" among "around £1,110", "£1,320", "£1,570": the key the one round figure.
describe('an approximate figure', () => {
  it('takes options as round as it is', () => {
    const options = quantityOptions('The beekeeper said a season of honey brings in around £850 after costs.', 850);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/[\d,]+/.exec(o)![0].replace(/,/g, '')) % 50).toBe(0);
  });
});

// Round 59: "a maximum of nine months in any _____ period" offered "5-month" and "7-month".
describe('a span a sentence bounds by another of its measure', () => {
  it('keeps the options longer than what the span holds', () => {
    const options = quantityOptions('The visas will be valid for a maximum of nine months in any 12-month period and will cost €90.', 12);
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(/\d+/.exec(o)![0])).toBeGreaterThan(9);
  });
});

// Round 60: "£2.3 million repair" against "£2.0", "£3.0" and "£4.0 million": a figure with a decimal kept to whole steps.
describe('a figure with a decimal and no qualifier', () => {
  it('takes options to its own decimal', () => {
    const options = quantityOptions('The harbour trust said the £2.3 million repair would be paid for mainly by Cornwall Council.', 2.3);
    expect(options).toHaveLength(3);
    expect(options.filter((o) => /\.0 million/.test(o)).length).toBeLessThan(3);
  });
});

// A review of this session's rules: "a 18,000-seat arena", and "£2bns".
describe('the article and the unit of a figure', () => {
  it('keeps "a" before a figure read as eighteen thousand out, and takes an 11,000 after "an"', () => {
    for (const o of quantityOptions('The club built a 13,000-seat arena beside the river in 2019.', 13000)) expect(o).not.toMatch(/^(?:8|11|18)[,\d]*-seat/);
  });

  it('never pluralises a symbol', () => {
    for (const o of quantityOptions('The scheme will cost £1bn over ten years, the council said.', 1)) expect(o).not.toMatch(/bns$/);
  });
});

// Round 61: "Van Dalen" was the one surname among full names, as the key of one question and a rival in another.
describe('a surname with its particle', () => {
  const f = factsFrom(
    'Rennie beat the Dutch champion Anouk van Dalen in the final. Rhys Morgan-Pryce won silver and Jakob Steiner bronze. ' +
      'British Judo performance director Susan Akande praised the squad. Rennie hopes to meet Van Dalen again in Prague in April.',
  );
  it('takes surnames as rivals, and is no rival among full names', () => {
    const key = f.names.find((n) => n.text === 'Van Dalen')!;
    for (const o of pickNameDistractors(f, key, 'Van Dalen', f.sentences[key.sentence]!).options) expect(o).not.toMatch(/\s/);
    const akande = f.names.find((n) => n.text === 'Susan Akande')!;
    expect(pickNameDistractors(f, akande, 'Susan Akande', f.sentences[akande.sentence]!).options).not.toContain('Van Dalen');
  });
});
