import type { Question, Quiz } from '@/lib/quiz/schema';

/** A small article and a hand-written quiz on it, so the action is tested apart from the generator. */
export const RIVER_BODY = [
  'The Danube rises in the Black Forest.',
  'It flows east for 2,850 kilometres. It crosses ten countries before it reaches the Black Sea.',
  'Vienna, Budapest and Belgrade stand on its banks.',
].join('\n');

function questionOn(body: string, id: string, stem: string, texts: string[], answerIndex: number, sentence: string) {
  const start = body.indexOf(sentence);
  if (start === -1) throw new Error(`fixture sentence not in body: ${sentence}`);
  const options = texts.map((text, index) => ({ id: 'abcd'[index]!, text }));
  return {
    id,
    kind: 'quantity',
    stem,
    options,
    answerId: options[answerIndex]!.id,
    evidence: { text: sentence, start, end: start + sentence.length },
    difficulty: 'easy',
  } satisfies Question;
}

export const RIVER_QUIZ: Quiz = {
  title: 'The Danube',
  questions: [
    questionOn(RIVER_BODY, 'q1', 'Where does the Danube rise?', ['the Alps', 'the Black Forest', 'the Carpathians', 'the Jura'], 1, 'The Danube rises in the Black Forest.'),
    questionOn(RIVER_BODY, 'q2', 'How many countries does the Danube cross?', ['eight', 'nine', 'ten', 'twelve'], 2, 'It crosses ten countries before it reaches the Black Sea.'),
    questionOn(RIVER_BODY, 'q3', 'Which of these cities stands on the Danube?', ['Prague', 'Budapest', 'Zagreb', 'Munich'], 1, 'Vienna, Budapest and Belgrade stand on its banks.'),
  ],
};

export const LAKE_BODY = 'Lake Baikal is the deepest lake on Earth.';

export const LAKE_QUIZ: Quiz = {
  title: 'Lake Baikal',
  questions: [
    questionOn(LAKE_BODY, 'lake-1', 'Which lake is the deepest on Earth?', ['Baikal', 'Tanganyika', 'Superior', 'Victoria'], 0, LAKE_BODY),
  ],
};
