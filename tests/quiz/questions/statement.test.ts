import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/lib/quiz/facts/3-facts';
import { buildStatementQuestions } from '@/lib/quiz/questions/statement';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';

const ARTICLE = [
  'Susumu Tonagawa, a neuroscientist at the Massachusetts Institute of Technology, led a study of memory in mice.',
  'Mark Stokes, a neuroscientist at Oxford University, said the experiments were a tour de force.',
  'Researchers at the University of London placed 40 mice in a chamber in 2013.',
  'US President Trump has called for NATO members to increase military spending.',
  'Scientists in Japan used 25 mice in a second chamber in 2015.',
  'The hives stood between 34 and 62 metres apart in southern Austria.',
  'Easter Island is located 2300 miles (3700 km) off the west coast of South America.',
  'The FA Trophy was first contested in the 1969-70 season as a competition for clubs below the Football League.',
  'Spending on flood defences in Wales has increased every year since 2018, officials said in a report.',
  'A Valencia academy has worked with her since 2019, when she was ranked outside the top 150 in Madrid.',
  'Saturday’s queen stage, 176km from Sion to Thyon 2000, features more than 4,000 metres of climbing in 2025.',
].join('\n\n');

const built = buildStatementQuestions(extractFacts(annotateText(cleanText(ARTICLE)))).filter((b) => 'key' in b) as Extract<
  ReturnType<typeof buildStatementQuestions>[number],
  { key: string }
>[];
const falseOptions = [...new Set(built.flatMap((b) => b.distractors))];

describe('which statement the article supports', () => {
  it('offers a sentence of the article against sentences with one fact swapped', () => {
    expect(built.length).toBeGreaterThanOrEqual(3);
    for (const b of built) expect(ARTICLE).toContain(b.key);
    for (const f of falseOptions) expect(ARTICLE).not.toContain(f);
  });

  it('swaps a university for another, with the article each name takes', () => {
    expect(falseOptions).toContain('Mark Stokes, a neuroscientist at the University of London, said the experiments were a tour de force.');
  });

  it('leaves alone a place that qualifies a title, one end of a range, and a number with its conversion beside it', () => {
    expect(falseOptions.filter((f) => /President Trump/.test(f)).every((f) => f.startsWith('US President Trump'))).toBe(true);
    expect(falseOptions.filter((f) => f.startsWith('The hives')).every((f) => f.includes('between 34 and 62 metres'))).toBe(true);
    expect(falseOptions.filter((f) => f.startsWith('Easter Island')).every((f) => f.includes('2300 miles (3700 km)'))).toBe(true);
  });

  // Round 15: "Thyon 2000", a ski resort, became "Thyon 1998".
  it('never swaps a year that is part of a name', () => {
    expect(falseOptions.filter((f) => f.includes('Thyon')).every((f) => f.includes('Thyon 2000'))).toBe(true);
  });

  // Round 14: "... has worked with her since 2019": her who? An option must read alone.
  it('never offers a sentence whose he or she has no one named before it', () => {
    expect([...built.map((b) => b.key), ...falseOptions].some((o) => o.startsWith('A Valencia academy'))).toBe(false);
  });

  // Round 13: "the 1964-70 season", and "increased since 2028" in a story whose latest year is 2018.
  it('never swaps half of a season, nor a year past the article’s latest', () => {
    expect(falseOptions.filter((f) => f.startsWith('The FA Trophy')).every((f) => f.includes('1969-70'))).toBe(true);
    const spending = falseOptions.filter((f) => f.startsWith('Spending'));
    expect(spending.length).toBeGreaterThan(0);
    for (const f of spending) expect(Number(/since (\d{4})/.exec(f)?.[1])).toBeLessThanOrEqual(2018);
  });
});

// Round 20: "Brackenmouth Lighthouse, built in 1823 at the end of the south pier." offered as a statement.
// Short articles had too few sentences with a fact to swap: a word turned to its opposite makes a plain false
// statement too ("rose" / "fell"), where the opposite reads as plainly and the sentence does not deny it.
describe('a statement made false by a word turned to its opposite', () => {
  const text = [
    'The study by Carl Lipo examined the statues on the western side of the island of Rapa Nui.',
    'Visitor numbers at the Hallam Museum rose after the new wing was built by Tom Reed.',
    'An increase in fees at the Hallam Museum was announced by Tom Reed last spring.',
    'Tom Reed did not increase the fees at the Brook Gallery run by Anna Berg.',
    'The highest rate was recorded at the Hallam Museum and the lowest at the Brook Gallery.',
    'The public queued outside the Hallam Museum for a lecture by Anna Berg.',
    'Prices at the Hallam Museum shop were up 5% on the year, the trust reported.',
    'Tom Reed set up the Brook Gallery shop with up to 8 staff from the Hallam Museum.',
    'Gift Aid is one of the largest sources of income for the Brook Gallery, said Anna Berg.',
    'Hartley Town picked up 7 points from their last three games at the Hallam Museum ground.',
    'The leak at the Brook Gallery gave rise to 4 separate claims from Tom Reed and others.',
    'Anna Berg moved into higher education after ten years at the Hallam Museum.',
    'Anna Berg counted 1,962 visits to the Brook Gallery, a 6% increase on the 1,851 a year before.',
    'The Dunsgarth is a rare breed of domestic sheep kept by Tom Reed near the Hallam Museum.',
    'Cables laid by Anna Berg carry more than 95% of the internet traffic of the Brook Gallery.',
    'Tom Reed cut domestic flights from the Hallam Museum airfield in 2019.',
    'In 2015 Anna Berg was accepted into a four-year apprenticeship at the Hallam Museum, one of two women in a class of 31.',
    'The average price at the Brook Gallery shop was $2.11, down from $2.24 a week earlier, said Tom Reed.',
    'Talks led by Anna Berg began in 2019 but broke down in 2022 over the Hallam Museum collection.',
    'A panel of 18 experts, nine from each of the Hallam Museum and the Brook Gallery, will advise Tom Reed.',
  ].join('\n\n');
  const statements = buildStatementQuestions(extractFacts(annotateText(cleanText(text)))).filter((b) => 'key' in b) as typeof built;
  const turned = [...new Set(statements.flatMap((b) => b.distractors))];

  it('turns a direction and a rise, with the article agreeing', () => {
    expect(turned).toEqual(
      expect.arrayContaining([
        'The study by Carl Lipo examined the statues on the eastern side of the island of Rapa Nui.',
        'Visitor numbers at the Hallam Museum fell after the new wing was built by Tom Reed.',
        'A decrease in fees at the Hallam Museum was announced by Tom Reed last spring.',
      ]),
    );
  });

  it('leaves alone a denial, a sentence that names both ends, a noun, and idioms', () => {
    for (const opening of ['Tom Reed did not', 'The highest rate', 'The lowest rate', 'The private', 'Tom Reed set up']) {
      expect(turned.filter((f) => f.startsWith(opening))).toEqual([]);
    }
  });

  // Round 59: "one of the country's smallest sources" of $4.9bn, "the lowest point ... which offers views": a superlative
  // turned reads false on its face.
  // (A review of this session's rules: "picked down 7 points", "gave fall to", "lower education".)
  it('never turns a phrasal verb, an idiom or a set phrase', () => {
    expect(turned.filter((f) => /picked down|gave fall|lower education/.test(f))).toEqual([]);
  });

  // Round 64: "a rare breed of international sheep", and "carries less than 95% of ... traffic".
  it('turns "domestic" only of a trade or a flight, and never a share near the whole', () => {
    expect(turned.filter((f) => /international sheep|less than 95%/.test(f))).toEqual([]);
    expect(turned).toContain('Tom Reed cut international flights from the Hallam Museum airfield in 2019.');
  });

  // Round 69: "was rejected into a four-year apprenticeship" and "down from $2.24 a week later" read false on their face.
  it('never turns being accepted into something, nor the "earlier" a change starts from', () => {
    expect(turned.filter((f) => /rejected into|a week later|ended in 2019 but broke down/.test(f))).toEqual([]);
    // (Nor a figure of a whole and its shares: "18 experts, nine from each".)
    expect(turned.filter((f) => /A panel of/.test(f) && !/18 experts, nine from each/.test(f))).toEqual([]);
  });

  it('never turns a superlative', () => {
    expect(turned.filter((f) => /smallest|lowest|shortest|youngest/.test(f))).toEqual([]);
  });

  // Round 52: "1,962 incidents, a 6% decrease on the 1,851" contradicts itself.
  it('never turns the direction of a change whose two figures say which way it went', () => {
    expect(turned.filter((f) => f.startsWith('Anna Berg counted') && /decrease/.test(f))).toEqual([]);
  });
});

// Round 57: "Of the 14 people who grew up overseas, seven were women and four were men" (of 11) adds up to nothing, and
// "an early medieval cemetery in Little Hadley" (in Norfolk) is still true: the cemetery is at Little Hadley.
describe('a false statement that gives itself away or stays true', () => {
  const text = readFileSync('tests/fixtures/synthetic/set52-03-little-hadley-cemetery-isotopes.txt', 'utf8');
  const statements = buildStatementQuestions(extractFacts(annotateText(cleanText(text)))).filter((b) => 'key' in b) as typeof built;
  const falseOnes = [...new Set(statements.flatMap((b) => b.falsePool!.map((p) => p.text)))];

  it('never changes one of figures that add up, nor the verb of "grew up"', () => {
    expect(falseOnes.filter((f) => f.startsWith('Of the'))).toEqual([]);
  });

  it('never puts a town of the county for the county', () => {
    expect(falseOnes.filter((f) => /\bin (?:Little Hadley|Swaffham|Thetford)\b/.test(f) && !/\bat Little Hadley\b/.test(f))).toEqual([]);
  });
});

// Round 58: "Of the 80 roles, around 130 ..." (of 180), "£80,000, nearly double £34,000", "Argyll and Bute, Ireland".
describe('a false statement that reads false on its face', () => {
  const text = [
    'Of the 180 roles, around 130 will be on the production line and the rest in engineering and sales.',
    'Survey dives found 310 urchins per square metre in Argyll and Bute, Scotland, against 40 off Kintyre.',
    'The heat pump costs about £9,000 to fit, nearly double the £4,600 of a new gas boiler.',
    'The company, founded by Alan Pryce in 1972, employs 410 people at its factory in Wrexham.',
    'Calder Thermal will spend £34 million on a second hall, with a grant of £4.5 million from the Welsh Government.',
    'The first heat pumps will leave the new hall in March 2026, the company said in a statement on Monday.',
    'Sales of heat pumps in Wales rose to 14,000 in 2024, up from 9,000 two years earlier.',
    'The factory opened in 1987 on the site of a former colliery near the town centre.',
    'Around 60,000 heat pumps were installed across the UK in 2023, according to industry figures.',
    'Chief executive Mair Pryce said the expansion was the largest in the firm’s 52-year history.',
  ].join('\n\n');
  const statements = buildStatementQuestions(extractFacts(annotateText(cleanText(text)))).filter((b) => 'key' in b) as typeof built;
  const falseOnes = [...new Set(statements.flatMap((b) => b.falsePool!.map((p) => p.text)))];

  it('changes no figure of a part and its whole or of a ratio, nor a place that places another', () => {
    expect(falseOnes.length).toBeGreaterThan(0);
    expect(falseOnes.filter((f) => /^Of the|nearly double|Argyll and Bute, (?!Scotland)/.test(f))).toEqual([]);
  });
});

// Round 55: "The Market Cross, erected in 1698 and restored in 1997." offered as a statement.
describe('a name described by participles only', () => {
  const text = [
    'The Market Cross, erected in 1698 and restored in 1997.',
    'The town hall was built in 1855 by the architect Thomas Hale for £4,000.',
    'The railway station closed to passengers in 1964 under the Beeching cuts.',
    'The grammar school was founded in 1598 by the merchant John Ellis of London.',
    'The river flooded the lower streets in 2020, when 40 homes were affected.',
  ].join('\n\n');
  const statements = buildStatementQuestions(extractFacts(annotateText(cleanText(text)))).filter((b) => 'key' in b) as typeof built;

  it('is never an option', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const b of statements) expect([b.key, ...b.distractors].some((o) => o.startsWith('The Market Cross'))).toBe(false);
  });
});

describe('a list item', () => {
  const list = [
    'Landmarks',
    '- St Aidan’s Church, a Grade I listed building completed in 1423, with Victorian stained glass by William Morris.',
    '- Brackenmouth Lighthouse, built in 1823 at the end of the south pier in Northumberland. The stone tower was automated in 1972 by Trinity House.',
  ].join('\n');
  const facts = extractFacts(annotateText(cleanText(`${ARTICLE}\n\n${list}`)));

  it('marks the opening sentence of each item, not the full sentence after it', () => {
    expect(facts.sentences.filter((s) => s.listItem).map((s) => s.text.split(',')[0])).toEqual(['St Aidan’s Church', 'Brackenmouth Lighthouse']);
  });

  it('never offers an item’s opening fragment as a statement', () => {
    const options = buildStatementQuestions(facts).flatMap((b) => ('key' in b ? [b.key, ...b.distractors] : []));
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((o) => /^(?:St Aidan|Brackenmouth Lighthouse)/.test(o))).toEqual([]);
  });
});

// Round 68: "founded by Ronald Haigh, who closed the first shop", "makes most of its loss in the spring".
describe('a turned opening or profit', () => {
  const text = [
    'The Brook Gallery was founded by Anna Berg, who opened the first shop on Mill Street.',
    'The Brook Gallery made a profit of £42,000 last year, Anna Berg said.',
    'The Hallam Museum shop makes most of its profit in the summer, Tom Reed said.',
    'Tom Reed runs the Hallam Museum with 12 volunteers from Leeds.',
    'Anna Berg moved the Brook Gallery to York in 1988.',
  ].join('\n\n');
  const statements = buildStatementQuestions(extractFacts(annotateText(cleanText(text)))).filter((b) => 'key' in b) as typeof built;
  const falseOnes = [...new Set(statements.flatMap((b) => b.falsePool!.map((p) => p.text)))];
  it('never turns a founder\'s first opening, nor a profit no figure states', () => {
    expect(falseOnes.filter((f) => /closed the first shop|most of its loss/.test(f))).toEqual([]);
    expect(falseOnes).toContain('The Brook Gallery made a loss of £42,000 last year, Anna Berg said.');
  });
});

// Round 78: "Last summer it opened on January 6 and closed on February 19, giving residents only 38 days", "the rink
// will stay natural ice this summer": false options a reader rules out without the article.
describe('a false statement that contradicts itself', () => {
  const text = [
    'Mayor Sylvain Lachance said the weather had forced the decision on the rink.',
    'Last winter the rink opened on January 6, 2024 and closed for good on February 19, 2024, giving residents only 44 days.',
    'Construction is scheduled to run from May to October 2025, and the rink will stay natural ice this winter.',
    'The town council approved the plan in 2023 with 540 residents at the meeting.',
    'Marc Dufresne, president of the minor hockey association, said his 140 players drive 45 minutes to practice.',
    'The club opened its summer camp to 260 children from the region in 2021.',
    'Hélène Marchand said 31 outdoor rinks in the region had closed since 1990.',
  ].join('\n\n');
  const statements = buildStatementQuestions(extractFacts(annotateText(cleanText(text)))).filter((b) => 'key' in b) as typeof built;
  const falseOnes = [...new Set(statements.flatMap((b) => b.falsePool!.map((p) => p.text)))];
  it('changes no date nor the time between two dates, and no season its months or weather name', () => {
    expect(falseOnes.length).toBeGreaterThan(0);
    expect(falseOnes.filter((f) => f.includes('giving residents'))).toEqual([]);
    expect(falseOnes.filter((f) => /summer|natural ice this/.test(f) && !f.includes('summer camp'))).toEqual([]);
  });
});
