// Round 86's defects: each case is one a blind rater found in a served question, written as plain news text.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { calledSurnameOf } from '@/lib/quiz/facts/names';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText, isFurniture } from '@/lib/quiz/text/1-clean';
import { explainDanglingStem, listProblems, nameTheTopic } from '@/lib/quiz/questions/review';
import type { Candidate } from '@/lib/quiz/questions/stem';

const factsOf = (text: string) => extractFacts(annotateText(cleanText(text)));
const candidate = (f: ReturnType<typeof factsOf>, kind: Candidate['kind'], stem: string, key: string, start: string): Candidate => ({
  kind,
  stem,
  key,
  distractors: [],
  sentence: f.sentences.find((s) => s.text.startsWith(start))!,
  factKey: 'q',
  closeness: 1,
  weight: 1,
});

describe('a title before a feature of the map', () => {
  it('opens a place, no person', () => {
    const f = factsOf('Her early work measured the retreat of glaciers on King George Island, in the South Shetlands.');
    expect(f.names.find((n) => n.text.includes('George'))).toMatchObject({ text: 'King George Island', type: 'place' });
  });
  it('leaves a person whose surname a place shares', () => {
    const f = factsOf('Mayor Grace Park said the budget was balanced.');
    expect(f.names.find((n) => n.text.includes('Park'))?.type).not.toBe('place');
  });
});

describe('the surname an article calls people by', () => {
  it('is the middle word of three where the article shortens names so', () => {
    const f = factsOf(
      'Rosalía Echeverría Mancilla, the glaciologist, died on Saturday. Echeverría was born in 1941. Her daughter, Catalina Ruiz Echeverría, said she died at home. "She was first," said Dr Hernán Vidal Soto.',
    );
    expect(calledSurnameOf(f.names, 'Hernán Vidal Soto')).toBe('Vidal');
  });
  it('is the last word where the article shortens them to it', () => {
    const f = factsOf('Maria Helena Costa won the vote. Costa said she was pleased. João Pedro Santos, her rival, conceded.');
    expect(calledSurnameOf(f.names, 'João Pedro Santos')).toBe('Santos');
  });
});

describe('the person the headline names', () => {
  const text = [
    'Rosalía Echeverría Mancilla, glaciologist who drilled the ice of two continents, dies at 83',
    '',
    'Rosalía Echeverría Mancilla, the glaciologist whose ice cores showed the Peninsula warming, died on Saturday in Punta Arenas.',
    'Echeverría was born in 1941 in Puerto Natales.',
    'Former student Dr Javiera Oyarzún said Echeverría read every draft thesis with a red pen.',
    'Echeverría was also a tireless campaigner for women in polar science.',
  ].join('\n');
  it('is no answer to a "who" question of the story about her', () => {
    const f = factsOf(text);
    const c = candidate(f, 'person', 'Who was a tireless campaigner for women in polar science?', 'Echeverría', 'Echeverría was also');
    expect(listProblems(c, f)).toContain("the headline names the story's subject");
    const other = candidate(f, 'person', 'Former student Dr _____ said Echeverría read every draft thesis with a red pen.', 'Javiera Oyarzún', 'Former student');
    expect(listProblems(other, f)).not.toContain("the headline names the story's subject");
  });
});

describe("a country's dollar", () => {
  it('keeps its letters', () => {
    const f = factsOf('The court heard he had been paid only N$15,000 to make the trip to Windhoek.');
    expect(f.quantities.map((q) => f.sentences[0]!.text.slice(q.start, q.end))).toContain('only N$15,000');
  });
});

describe("the page's appeal for money", () => {
  it('is furniture', () => {
    expect(isFurniture('Enjoyed this story? Support independent court reporting in Namibia - subscribe from N$49 a month.')).toBe(true);
    expect(isFurniture('Support for the plan has grown since the subscription fee was cut in March.')).toBe(false);
  });
});

describe('a country after a blank for a body', () => {
  it('narrows the options', () => {
    const f = factsOf('Analysis of the core was carried out at the University of Bern in Switzerland.');
    const c = candidate(f, 'organisation', 'Analysis of the core was carried out at the _____ in Switzerland.', 'University of Bern', 'Analysis');
    expect(listProblems(c, f).some((p) => p.includes('in Switzerland'))).toBe(true);
  });
});

describe("an encyclopedia page's subject", () => {
  it('is named where the page calls it by its class', () => {
    const f = factsOf(
      'The Selca zither (Slovene: selške citre) is a plucked box zither from the Selca Valley in north-western Slovenia. It has a narrow body. The earliest written reference to the instrument is a parish inventory of 1787.',
    );
    expect(nameTheTopic('The earliest written reference to the instrument is a parish inventory of _____.', 2, f)).toBe(
      'The earliest written reference to the Selca zither is a parish inventory of _____.',
    );
  });
});

describe("an infobox's field", () => {
  it('is no headline', () => {
    const clean = cleanText('Selca zither\n\nOther names: selške citre, "valley zither"\nStrings: 22–29\n\nThe Selca zither is a plucked box zither from the Selca Valley in Slovenia.');
    expect(clean.title ?? '').not.toMatch(/^Other names/);
  });
});

describe('"two of them"', () => {
  it('points at an earlier sentence', () => {
    expect(explainDanglingStem('A forensic expert told the court that DNA tests matched two of them to a rhino found dead in _____.')).toBeDefined();
  });
});

describe('a count of people', () => {
  it('ends on "people": the plural after it is the sentence going on', () => {
    const f = factsOf('The ministry estimates that relocating a village of 150 people costs between F$4 million and F$7 million.');
    expect(f.quantities.find((q) => q.value === 150)?.unit).toBe('people');
  });
});

describe('a count "of them" after a count of the stem', () => {
  it('is part of that count', () => {
    expect(explainDanglingStem('The Lamwaka Moto Garage employs _____, six of them women, and repairs motorcycles.')).toBeUndefined();
    expect(explainDanglingStem('Middle blocker _____ added 14, nine of them from blocks.')).toBeUndefined();
  });
});
