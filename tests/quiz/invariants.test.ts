import { describe, expect, it } from 'vitest';
import { checkQuizInvariants, classifyOption, type InvariantRule } from '@/lib/quiz/invariants';
import type { Question, Quiz } from '@/lib/quiz/schema';

const TEXT = [
  'MINUSMA was launched in 2013 to stabilise Mali.',
  'On June 14, the Malian government issued a statement rejecting all proposals.',
  'A spokesman for the Coordination of Movements in Azawad (CMA), a Tuareg-led rebel alliance, said any UN withdrawal was premature.',
  'More than 170 peacekeepers have been killed since 2013.',
  'Despite the restrictions, the force has held on to northern cities, including Gao and Timbuktu.',
  'Then on Friday, Foreign Minister Abdoulaye Diop told a UN Security Council meeting that the force should leave.',
  'Relations between the UN and the junta have been strained for years.',
  'It also helped quell Tuareg-led rebels in northern Mali.',
  'Junta remains with 1,000 Wagner soldiers against Islamist militants',
  'Source: Hot News',
  'John Smith is a talented author who writes about the Sahel.',
  '^ McMillan, Robert (2010-05-12). "Report blames Avalanche group". Network World. Retrieved 2010-05-17.',
  'This page was last edited on 5 May 2023, at 10:00.',
  'Read more: how the Sahel became the centre of the jihadist threat.',
  'In October 2009, ICANN issued a note to registrars.[9] The UK registry changed its procedures.[4]',
  '- the master had been on duty for 11 hours, within legal limits;',
].join('\n');

/** A question whose evidence is the article line containing `sentence`, its key first among the options. */
function makeQuestion(id: string, stem: string, sentence: string, key: string, distractors: string[], kind: Question['kind'] = 'statement'): Question {
  const start = TEXT.indexOf(sentence);
  if (start === -1) throw new Error(`fixture: "${sentence}" is not in TEXT`);
  return {
    id,
    kind,
    stem,
    options: [key, ...distractors].map((text, i) => ({ id: `${id}-${i}`, text })),
    answerId: `${id}-0`,
    evidence: { text: sentence, start, end: start + sentence.length },
    difficulty: 'medium',
  };
}

const LAUNCH = 'MINUSMA was launched in 2013 to stabilise Mali.';
const STATEMENT = 'On June 14, the Malian government issued a statement rejecting all proposals.';
const DIOP = 'Then on Friday, Foreign Minister Abdoulaye Diop told a UN Security Council meeting that the force should leave.';
const DEATHS = 'More than 170 peacekeepers have been killed since 2013.';
const CMA = 'A spokesman for the Coordination of Movements in Azawad (CMA), a Tuareg-led rebel alliance, said any UN withdrawal was premature.';

const GOOD: Quiz = {
  title: 'Mali',
  questions: [
    makeQuestion('q1', 'When was MINUSMA launched?', LAUNCH, '2013', ['2012', '2016', '2021'], 'date'),
    makeQuestion('q2', 'On what date did the Malian government issue a statement rejecting all proposals?', STATEMENT, 'June 14', ['June 30', 'June 23', 'June 7'], 'date'),
    makeQuestion('q3', 'Who told a UN Security Council meeting that the force should leave?', DIOP, 'Abdoulaye Diop', ['El-Gassim Wane', 'Antonio Guterres', 'Ahmedou Ould-Abdallah'], 'person'),
    makeQuestion('q4', 'How many peacekeepers have been killed?', DEATHS, 'More than 170', ['More than 260', 'More than 510', 'More than 1,000'], 'quantity'),
    makeQuestion('q5', 'Which rebel alliance said any UN withdrawal was premature?', CMA, 'Coordination of Movements in Azawad', ['Islamic State', 'Wagner Group', 'Malian Armed Forces'], 'organisation'),
  ],
};

const withQuestion = (q: Question): Quiz => ({ questions: [q] });

describe('checkQuizInvariants', () => {
  it('passes a quiz a teacher would hand out', () => {
    expect(checkQuizInvariants(TEXT, GOOD)).toEqual([]);
  });

  const shifted = makeQuestion('q1', 'When was MINUSMA launched?', LAUNCH, '2013', ['2012', '2016', '2021']);
  shifted.evidence = { ...shifted.evidence, start: shifted.evidence.start + 1, end: shifted.evidence.end + 1 };

  it.each<[InvariantRule, string, unknown]>([
    ['schema', 'three options', { questions: [{ ...GOOD.questions[0]!, options: GOOD.questions[0]!.options.slice(0, 3) }] }],
    ['schema', 'no questions', { questions: [] }],
    ['key-in-evidence', 'a key the sentence does not state', withQuestion(makeQuestion('b', 'When was MINUSMA launched?', LAUNCH, '2014', ['2012', '2016', '2021']))],
    ['evidence-offsets', 'offsets one character off', withQuestion(shifted)],
    ['distinct-options', 'options equal once trimmed', withQuestion(makeQuestion('b', 'When was MINUSMA launched?', LAUNCH, '2013', [' 2013 ', '2016', '2021']))],
    ['option-type', 'a date among places and numbers', withQuestion(makeQuestion('b', 'When did the government issue its statement?', STATEMENT, 'June 14', ['Gao', '2013', 'More than 10']))],
    ['option-type', 'quantities in different units', withQuestion(makeQuestion('b', 'How many were killed?', DEATHS, 'More than 170 peacekeepers', ['More than 130 soldiers', 'More than 510 peacekeepers', '90 civilians']))],
    ['option-type', 'the key the only acronym', withQuestion(makeQuestion('b', 'Which rebel alliance said a withdrawal was premature?', CMA, 'CMA', ['Islamic State', 'Wagner Group', 'Malian Armed Forces']))],
    ['option-type', 'a region among countries', withQuestion(makeQuestion('b', 'Which country launched MINUSMA?', LAUNCH, 'Mali', ['Niger', 'West Africa', 'Burkina Faso']))],
    ['distractor-in-evidence', 'the other city of "Gao and Timbuktu"', withQuestion(makeQuestion('b', 'Which northern city has the force held on to?', 'Despite the restrictions, the force has held on to northern cities, including Gao and Timbuktu.', 'Gao', ['Timbuktu', 'Kidal', 'Menaka']))],
    ['distractor-in-evidence', 'the key without its qualifier', withQuestion(makeQuestion('b', 'How many peacekeepers have been killed?', DEATHS, 'More than 170', ['170', 'More than 510', 'More than 1,000']))],
    ['distractor-is-alias', 'the acronym of the key', withQuestion(makeQuestion('b', 'Which rebel alliance said a withdrawal was premature?', CMA, 'Coordination of Movements in Azawad', ['CMA', 'Islamic State', 'Wagner Group']))],
    ['distractor-is-alias', 'a gazetteer alias of the key', withQuestion(makeQuestion('b', 'Relations between which body and the junta have been strained?', 'Relations between the UN and the junta have been strained for years.', 'UN', ['United Nations', 'NATO', 'EU']))],
    ['distractor-is-alias', "the key's bare surname", withQuestion(makeQuestion('b', 'Who told the Security Council meeting that the force should leave?', DIOP, 'Abdoulaye Diop', ['Diop', 'Antonio Guterres', 'El-Gassim Wane']))],
    ['distractor-implied', 'a smaller lower bound', withQuestion(makeQuestion('b', 'How many peacekeepers have been killed?', DEATHS, 'More than 170', ['More than 130', 'More than 510', 'More than 1,000']))],
    ['distractor-implied', 'a bare number above the lower bound', withQuestion(makeQuestion('b', 'How many peacekeepers have been killed?', DEATHS, 'More than 170', ['510', '130', '90']))],
    ['stem-length', 'a 36-word stem', withQuestion(makeQuestion('b', `${'very '.repeat(32)}long stem: when launched?`, LAUNCH, '2013', ['2012', '2016', '2021']))],
    ['stem-gives-key', 'the key in the stem', withQuestion(makeQuestion('b', 'MINUSMA was launched in 2013: when was MINUSMA launched?', LAUNCH, '2013', ['2012', '2016', '2021']))],
    ['stem-gives-key', "the key's acronym in the stem", withQuestion(makeQuestion('b', 'Which alliance, the CMA, said a UN withdrawal was premature?', CMA, 'Coordination of Movements in Azawad', ['Islamic State', 'Wagner Group', 'Malian Armed Forces']))],
    ['dangling-pronoun', '"It also helped"', withQuestion(makeQuestion('b', 'It also helped quell which rebels in northern Mali?', 'It also helped quell Tuareg-led rebels in northern Mali.', 'Tuareg-led', ['Fulani-led', 'Arab-led', 'Dogon-led']))],
    ['dangling-pronoun', '"They said"', withQuestion(makeQuestion('b', 'They said MINUSMA was launched in which year?', LAUNCH, '2013', ['2012', '2016', '2021']))],
    ['boilerplate-evidence', 'a "Source:" line', withQuestion(makeQuestion('b', 'Which outlet is credited?', 'Source: Hot News', 'Hot News', ['Daily News', 'World News', 'Sahel News']))],
    ['boilerplate-evidence', 'a headline fragment', withQuestion(makeQuestion('b', 'How many Wagner soldiers does the junta remain with?', 'Junta remains with 1,000 Wagner soldiers against Islamist militants', '1,000', ['2,000', '3,000', '500']))],
    ['boilerplate-evidence', 'an author bio', withQuestion(makeQuestion('b', 'Who writes about the Sahel?', 'John Smith is a talented author who writes about the Sahel.', 'John Smith', ['Mary Jones', 'Peter Brown', 'Anne White']))],
    ['boilerplate-evidence', 'a reference entry', withQuestion(makeQuestion('b', 'Who wrote the report?', '^ McMillan, Robert (2010-05-12). "Report blames Avalanche group". Network World. Retrieved 2010-05-17.', 'McMillan', ['Greene', 'Aaron', 'Rasmussen']))],
    ['boilerplate-evidence', 'a wiki footer', withQuestion(makeQuestion('b', 'When was the page last edited?', 'This page was last edited on 5 May 2023, at 10:00.', '5 May 2023', ['6 May 2023', '5 June 2023', '4 May 2023']))],
    ['boilerplate-evidence', 'a "Read more" line', withQuestion(makeQuestion('b', 'Which region became the centre of the threat?', 'Read more: how the Sahel became the centre of the jihadist threat.', 'Sahel', ['Maghreb', 'Horn', 'Levant']))],
  ])('flags %s: %s', (rule, _case, quiz) => {
    expect(checkQuizInvariants(TEXT, quiz).map((f) => f.rule)).toContain(rule);
  });

  // Round 24: a list item of whole clauses ends on the list's ";", and is article prose.
  it('passes evidence from a list item ending on ";"', () => {
    const item = makeQuestion('q7', 'The master had been on duty for how long?', 'the master had been on duty for 11 hours, within legal limits;', '11 hours', ['6 hours', '8 hours', '14 hours'], 'quantity');
    expect(checkQuizInvariants(TEXT, withQuestion(item)).filter((f) => f.questionId === 'q7')).toEqual([]);
  });

  it('names the question that failed and says why', () => {
    const quiz = withQuestion(makeQuestion('q9', 'When was MINUSMA launched?', LAUNCH, '2014', ['2012', '2016', '2021']));
    expect(checkQuizInvariants(TEXT, quiz)).toEqual([
      { questionId: 'q9', rule: 'key-in-evidence', detail: 'key "2014" is not in the evidence' },
    ]);
  });

  it('still checks the questions that parse when another one does not', () => {
    const broken = { ...GOOD.questions[0]!, id: 'q0', answerId: 'nowhere' };
    const bad = makeQuestion('q8', 'When was MINUSMA launched in 2013?', LAUNCH, '2013', ['2012', '2016', '2021']);
    const failures = checkQuizInvariants(TEXT, { questions: [broken, bad] });
    expect(failures).toContainEqual(expect.objectContaining({ questionId: 'q0', rule: 'schema' }));
    expect(failures).toContainEqual(expect.objectContaining({ questionId: 'q8', rule: 'stem-gives-key' }));
  });

  it.each([
    ['an expletive "It is unclear whether"', 'It is unclear whether MINUSMA was launched in which year?'],
    ['a key word inside a longer word', 'In which year was the mission for Mali launched, 20 years after 1993?'],
  ])('does not flag %s', (_case, stem) => {
    const quiz = withQuestion(makeQuestion('ok', stem, LAUNCH, '2013', ['2012', '2016', '2021']));
    expect(checkQuizInvariants(TEXT, quiz)).toEqual([]);
  });
});

describe('checkQuizInvariants on wiki text', () => {
  it('reads a sentence that ends in a citation mark as prose, not as a headline', () => {
    const quiz = withQuestion(makeQuestion('w', 'Who issued a note to registrars in October 2009?', 'In October 2009, ICANN issued a note to registrars.[9]', 'ICANN', ['APWG', 'Symantec', 'Nominet']));
    expect(checkQuizInvariants(TEXT, quiz)).toEqual([]);
  });
});

describe('classifyOption', () => {
  it.each([
    ['2013', 'year', undefined],
    ['in 2021', 'year', undefined],
    ['June 14', 'date', undefined],
    ['14 June 2023', 'date', undefined],
    ['Friday', 'date', undefined],
    ['More than 170', 'number', undefined],
    ['170 peacekeepers', 'number', 'peacekeeper'],
    ['13,000-strong', 'number', 'strong'],
    ['3,600 troops', 'number', 'troop'],
    ['45%', 'number', undefined],
    ['Abdoulaye Diop', 'name', undefined],
    ['Coordination of Movements in Azawad', 'name', undefined],
    ['a crisis of confidence', 'text', undefined],
    // Round 63: a remark that opens on a number is a sentence, not a figure with a twelve-word unit.
    ['Three of the players on that court today came through our Tuesday night sessions', 'text', undefined],
  ])('%s is a %s', (text, type, unit) => {
    expect(classifyOption(text)).toEqual(unit ? { type, unit } : { type });
  });
});
