import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { buildIdentityQuestions } from '@/lib/quiz/questions/appositive';
import { isCandidate, type Candidate } from '@/lib/quiz/questions/stem';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';
import { checkQuizInvariants } from '@/lib/quiz/invariants';

const build = (paragraphs: string[]) => buildIdentityQuestions(extractFacts(annotateText(cleanText(paragraphs.join('\n\n')))));
const served = (paragraphs: string[]) => build(paragraphs).filter(isCandidate) as Candidate[];

// A court report: few people, each introduced by what they are (the shape of round 96's Salzburg article).
const TRIAL = [
  'A minibus driver whose vehicle rolled down an embankment has been given a ten-month suspended sentence by the Salzburg Regional Court.',
  'Judge Elisabeth Hofinger set a probation period of three years.',
  'Defence lawyer Florian Pichlmayr said his client would consider an appeal.',
  'Accident reconstruction expert Herbert Wallner told the court that the minibus had been travelling at 81 kilometres per hour.',
  'Prosecutor Julia Steiner-Maurer told the court that the company had postponed a tyre change twice.',
  'Her lawyer, Martina Gruber, said the passenger had been awarded interim damages of €40,000.',
];

describe('who someone is', () => {
  it('sets what the article calls a person among what it calls the others', () => {
    const question = served(TRIAL).find((c) => c.stem === 'According to the article, who is Julia Steiner-Maurer?');
    expect(question?.key).toBe('Prosecutor');
    expect(question?.distractors).toEqual(expect.arrayContaining(['Judge', 'Defence lawyer']));
    expect(question?.distractors).toHaveLength(3);
    // The key as the sentence writes it: graders look for it there.
    expect(question?.sentence.text).toContain(question!.key);
  });

  it('keeps the options of one form, so "Judge" stands beside "Defence lawyer" as a role, not a name', () => {
    const question = served(TRIAL).find((c) => c.key === 'Prosecutor')!;
    const quiz = {
      questions: [
        {
          id: 'q1',
          kind: question.kind,
          stem: question.stem,
          options: [question.key, ...question.distractors].map((text, i) => ({ id: 'abcd'[i]!, text })),
          answerId: 'a',
          evidence: { text: question.sentence.text, start: question.sentence.start, end: question.sentence.end },
          difficulty: 'medium' as const,
        },
      ],
    };
    expect(checkQuizInvariants(TRIAL.join('\n\n'), quiz).filter((f) => f.rule === 'option-type')).toEqual([]);
  });

  it('never takes a description that points back ("Her lawyer") or one far longer than the key', () => {
    const all = served(TRIAL).flatMap((c) => [c.key, ...c.distractors]);
    expect(all.some((o) => /\bher\b/i.test(o))).toBe(false);
    // "Accident reconstruction expert" is far the longest beside "Judge", "Prosecutor" and "Defence lawyer".
    expect(served(TRIAL).some((c) => c.key === 'Accident reconstruction expert')).toBe(false);
  });

  it('asks nothing where the article describes fewer than four people', () => {
    expect(build(TRIAL.slice(0, 4))).toEqual([]);
  });

  it('reads a description set after the name, cut at its relative clause, and sets options in the key’s case', () => {
    const council = [
      'Grace Kapalamula, chair of the residents forum who called the rise cruel, said households go without water for days.',
      'Board chief executive Chikondi Banda-Mwale told journalists that the money would fund new pipes.',
      'Restaurant owner Yusuf Chirwa said his water bill last month was MWK 96,000.',
      'Ministry spokesperson Tamara Phiri said the rise was below the original request.',
    ];
    const grace = served(council).find((c) => c.stem.endsWith('who is Grace Kapalamula?'));
    expect(grace?.key).toBe('chair of the residents forum');
    // "Restaurant owner" opens its sentence: beside a key in lower case it is written so too.
    expect(grace?.distractors).toEqual(expect.arrayContaining(['restaurant owner', 'board chief executive', 'ministry spokesperson']));
    const yusuf = served(council).find((c) => c.stem.endsWith('who is Yusuf Chirwa?'));
    expect(yusuf?.distractors).toContain('Chair of the residents forum');
  });

  it('reads the role before a rank ("Police prosecutor Sergeant Dean Whitcombe")', () => {
    const court = [
      'Police prosecutor Sergeant Dean Whitcombe told the court the drone flew within 300 metres of a helicopter.',
      'Defence lawyer Helen Forsyth said her client was deeply ashamed.',
      'Magistrate Priya Venkatesan fined him $9,000.',
      'QFD assistant commissioner Gary Halloran said outside court that the message was simple.',
    ];
    expect(served(court).find((c) => c.stem.endsWith('who is Dean Whitcombe?'))?.key).toBe('Police prosecutor');
  });

  it('never asks about a description holding the name ("analyst at Fjeldsted Securities")', () => {
    const firm = [
      'Lars Fjeldsted, analyst at Fjeldsted Securities, said the deal was fair.',
      'Union organiser Kari Holm said 40 jobs would go.',
      'Mill manager Per Strand said the site would stay open.',
      'Council leader Ida Berg said the town would support the workers.',
    ];
    expect(served(firm).some((c) => c.stem.endsWith('Lars Fjeldsted?'))).toBe(false);
  });
});
