// A sentence of two coordinated clauses tells two facts; one stem of the whole sentence gives each away to the other.
// Each clause may carry a question of its own (questions/stem.ts splitAtClause, rank.ts).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { BLANK, splitAtClause, type Candidate } from '@/lib/quiz/questions/stem';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';
import { generateQuiz } from '@/lib/quiz/generate';

function candidateOf(sentenceText: string, key: string): Candidate {
  const sentence = extractFacts(annotateText(cleanText(sentenceText))).sentences[0]!;
  return { kind: 'quantity', stem: sentence.text.replace(key, BLANK), key, distractors: [], sentence, factKey: `quantity:${key}`, closeness: 1, weight: 1 };
}

const TICKETS = 'Weekend tickets for the festival had cost £189 last year, while day tickets for a single evening cost £79 at the gate.';

describe('splitAtClause', () => {
  it.each([
    [TICKETS, '£189', 0, `Weekend tickets for the festival had cost ${BLANK} last year.`],
    [TICKETS, '£79', 1, `Day tickets for a single evening cost ${BLANK} at the gate.`],
    ['The average recorded across the study was 47 decibels, and peaks above 80 decibels were logged on 92% of nights.', '92%', 1, `Peaks above 80 decibels were logged on ${BLANK} of nights.`],
  ])('"%s" asked for %s keeps clause %i: "%s"', (text, key, clause, stem) => {
    const split = splitAtClause(candidateOf(text, key));
    expect(split).toHaveLength(2);
    expect(split[1]).toMatchObject({ clause, stem });
  });

  it.each([
    // A second clause with no subject of its own, or a pronoun, or a second reported clause.
    ['The council removed a concrete weir near Mill Lane in 2023, and planted about 2,000 native trees along the banks.', 'about 2,000'],
    ['She took up beekeeping after her father left her his hives in 2009, and by 2022 she had 11 colonies.', '11 colonies'],
    ['The interior ministry said 41 people had been detained after clashes, and that six officers had suffered injuries.', 'six officers'],
    // The first clause reports: what follows may still be what was said (an allegation stays attributed).
    ['Police said the driver was travelling at 90 km/h, and the passenger was not wearing a seat belt on the night.', '90 km/h'],
    // A clause that leans on the first: "two minutes later".
    ['Touré hit the post in the 79th minute, and Ferreira forced a diving save from Whitlow two minutes later.', 'two minutes'],
  ])('leaves "%s" whole', (text, key) => {
    const split = splitAtClause(candidateOf(text, key));
    expect(split.every((c) => c.stem.includes(', and') || c.clause === undefined)).toBe(true);
    expect(split).toHaveLength(1);
  });

  it('marks a stem already cut before the second clause as the first clause’s', () => {
    const c = candidateOf(TICKETS, '£189');
    const cut = `Weekend tickets for the festival had cost ${BLANK} last year.`;
    expect(splitAtClause({ ...c, stem: cut })).toEqual([{ ...c, stem: cut, clause: 0 }]);
  });
});

describe('two questions of one sentence', () => {
  // Few sentences with facts: the quiz needs both clauses of the last one.
  const article = [
    'Riverside Festival returns to Kelby Park',
    'The Riverside Festival will return to Kelby Park on 14 June after a two-year break, organisers said on Monday.',
    'The three-day event drew 18,000 visitors in 2022, its last edition, according to the Kelby Events Trust.',
    'This year the trust has booked 42 acts across four stages, including the folk band Harrow Lane.',
    'Tickets go on sale on 3 March through the trust’s website and at the Kelby Library.',
    'Weekend tickets for the festival will cost £95 for adults, while children under 12 will pay £35 for the whole weekend.',
    'The trust expects about 20,000 people and has hired 150 stewards, up from 110 two years ago.',
    'Kelby Council will run shuttle buses from the railway station every 15 minutes on each festival day.',
  ].join('\n\n');

  it('serves one question on each clause, neither stem holding the other’s key', () => {
    const result = generateQuiz(article, { seed: 's1', count: 15 });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const tickets = result.quiz.questions.filter((q) => q.evidence.text.startsWith('Weekend tickets'));
    const keys = tickets.map((q) => q.options.find((o) => o.id === q.answerId)!.text);
    expect(keys.sort()).toEqual(['£35', '£95']);
    for (const q of tickets) for (const key of keys) expect(q.stem.includes(key)).toBe(false);
  });
});
