// Rater round 1, defect patterns 1 and 4: distractors of the right type but the wrong role (another gender, a famous
// name mentioned in passing, a place the sentence rules out), and second true answers by containment.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts, type Facts, type NameSpan } from '@/lib/quiz/facts/3-facts';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText } from '@/lib/quiz/text/1-clean';
import { explainRoleMismatch, GENDERED, genderOf, isActor, isTruncatedName, roleOf } from '@/lib/quiz/roles';
import { isUnsafe, pickDateDistractors, pickNameDistractors } from '@/lib/quiz/distractors';
import { generateQuiz } from '@/lib/quiz/generate';
import { buildEntityQuestions } from '@/lib/quiz/questions/entity';

const cache = new Map<string, Facts>();
const factsFrom = (text: string) => extractFacts(annotateText(cleanText(text)));
const factsOf = (file: string) => {
  if (!cache.has(file)) cache.set(file, factsFrom(readFileSync(`content/${file}.md`, 'utf8')));
  return cache.get(file)!;
};
const nameIn = (facts: Facts, text: string, sentenceHas?: string): NameSpan =>
  facts.names.find((n) => n.text === text && (!sentenceHas || facts.sentences[n.sentence]!.text.includes(sentenceHas)))!;

describe('gender read from the article', () => {
  it.each([
    ['ose-first-female-football-coach', 'Helena Costa', 'female'],
    ['ose-first-female-football-coach', 'Carolina Morace', 'female'],
    ['ose-first-female-football-coach', 'Véronique Soulier', 'female'],
    ['ose-first-female-football-coach', 'José Mourinho', 'male'],
    ['ose-first-female-football-coach', 'Luciano Gaucci', 'male'],
    ['wikinews-queen-suspends-uk-parliament', 'Elizabeth II', 'female'],
    ['wikinews-spacex-first-crewed-launch', 'Doug Hurley', 'male'],
  ])('%s: %s is %s', (file, name, gender) => {
    expect(genderOf(factsOf(file), name)).toBe(gender);
  });
});

describe('a distractor must fit the role of the blank', () => {
  it.each([
    // key, its sentence, option, why it does not fit
    ['ose-first-female-football-coach', 'Helena Costa', 'What mattered', 'José Mourinho', 'of the other gender'],
    ['ose-first-female-football-coach', 'Claude Michy', 'two-year contract', 'Lionel Messi', 'only mentioned in passing'],
    ['wikinews-spacex-first-crewed-launch', 'Bridenstine', 'Bob and Doug', 'Hurley', 'named in the sentence'],
    ['voa-us-ukraine-minerals-deal-feed', 'Kyiv', 'Russian invasion', 'Moscow', 'the sentence names its country'],
    ['voa-us-ukraine-minerals-deal-feed', 'Kyiv', 'Russian invasion', 'Washington', 'not a town of the country the sentence names'],
        ['mali-minusma-withdrawal', 'Burkina Faso', 'neighboring', 'Russia', 'not a neighbour of the key'],
    ['mali-minusma-withdrawal', 'Gao', 'northern cities', 'West Africa', 'a world region against a town or country'],
    ['wikinews-queen-suspends-uk-parliament', 'United Kingdom', 'In the government of the', 'Scotland', 'contains or lies in the key'],
    ['mali-minusma-withdrawal', 'UN', 'consolidated power through two coups', 'UNICEF', 'contains or belongs to the key'],
    ['wikinews-queen-suspends-uk-parliament', 'House of Commons Library', 'prorogations', 'Parliament', 'contains or belongs to the key'],
  ])('%s: %s vs %s', (file, key, where, option, reason) => {
    const facts = factsOf(file);
    const span = nameIn(facts, key, where);
    expect(span).toBeDefined();
    expect(explainRoleMismatch(facts, span, key, option, facts.sentences[span.sentence]!)).toBe(reason);
  });

  // Round 78: "The village of _____" against Nagoya and Hong Kong; "at _____, dedicated to the deity" (a shrine) against towns.
  it('sets no city or country against a village, and no town against a site', () => {
    const facts = factsFrom(
      'Kawabe Onsen is a hot spring resort in the city of Hidaminami, Japan. The village of Kamikawabe merged with three neighbouring municipalities in 2005. The festival is held in October at Yugami Shrine, dedicated to the deity of the spring. A bus service to Nagoya takes about 2 hours. Gero lies downstream.',
    );
    const village = nameIn(facts, 'Kamikawabe');
    const shrine = nameIn(facts, 'Yugami Shrine');
    const why = (key: NameSpan, option: string) => explainRoleMismatch(facts, key, key.text, option, facts.sentences[key.sentence]!);
    expect(why(village, 'Nagoya')).toBe('a city or country against a village');
    expect(why(village, 'Gero')).toBeUndefined();
    expect(why(shrine, 'Gero')).toBe('a building or site against a town');
    expect(why(nameIn(facts, 'Nagoya'), 'Yugami Shrine')).toBe('a building or site against a town');
  });

  // Round 79: "an ingredients firm based in _____ in the Netherlands" offered Tamale, Kumasi and Dagbani (a language).
  it('sets no town of another country against a town the sentence places in a country', () => {
    const facts = factsFrom(
      'Savanna Gold opened a factory in Tamale on Monday. It will supply Veldhoven Oils, an ingredients firm based in Zwolle in the Netherlands. Buyers came from Kumasi and Accra. Many workers speak Dagbani at home.',
    );
    const zwolle = nameIn(facts, 'Zwolle');
    const why = (option: string) => explainRoleMismatch(facts, zwolle, 'Zwolle', option, facts.sentences[zwolle.sentence]!);
    expect(why('Kumasi')).toBe('not a town of the country the sentence names');
    expect(why('Rotterdam')).not.toBe('not a town of the country the sentence names');
    expect(facts.names.find((n) => n.text === 'Dagbani')?.type).not.toBe('place');
  });

  // Round 35: "Vasić's coach, _____, said the result would allow her ..." took "her" for the coach and left only women.
  it('reads no gender for the blank from a pronoun that may be another person’s of the sentence', () => {
    const facts = factsFrom(
      'Mirela Vasić won the Baltic Open, and she said the win was for her coach. Vasić’s coach, Dragan Milošević, said the result would allow her to skip a qualifying event. Aleksandr Petrauskas said he had played badly.',
    );
    const coach = nameIn(facts, 'Dragan Milošević');
    expect(explainRoleMismatch(facts, coach, 'Dragan Milošević', 'Aleksandr Petrauskas', facts.sentences[coach.sentence]!)).toBeUndefined();
  });

  // Round 13: "councillor _____, ... said he wanted" offered women the name lists do not know ("Shanice").
  it('leaves out a rival of unknown gender where the sentence says which', () => {
    const facts = factsFrom(
          'Councillor Shanice Hewitt voted against the closures. Independent councillor Mark Fenwick voted with the majority but said he wanted groups to take over buildings. Lee Sandford said the cuts were painful. Gareth Lloyd said the timetable was wrong.',
    );
    const fenwick = nameIn(facts, 'Mark Fenwick');
    const sentence = facts.sentences[fenwick.sentence]!;
    expect(explainRoleMismatch(facts, fenwick, 'Mark Fenwick', 'Shanice Hewitt', sentence)).toBe('of unknown gender beside a gendered sentence');
    expect(explainRoleMismatch(facts, fenwick, 'Mark Fenwick', 'Lee Sandford', sentence)).toBe('of unknown gender beside a gendered sentence');
    // The longer name lists know "Gareth" as a man's name: enough to admit him, though the article never says.
    expect(explainRoleMismatch(facts, fenwick, 'Mark Fenwick', 'Gareth Lloyd', sentence)).toBeUndefined();
  });

  it.each([
    ['ose-first-female-football-coach', 'Helena Costa', 'What mattered', 'Carolina Morace'],
    ['mali-minusma-withdrawal', 'Abdoulaye Diop', 'crisis of confidence', 'Antonio Guterres'],
    ['mali-minusma-withdrawal', 'Gao', 'northern cities', 'Bamako'],
  ])('%s: %s vs %s fits', (file, key, where, option) => {
    const facts = factsOf(file);
    const span = nameIn(facts, key, where);
    expect(explainRoleMismatch(facts, span, key, option, facts.sentences[span.sentence]!)).toBeUndefined();
  });

  it('famous names mentioned in passing are no actors; speakers and described people are', () => {
    const facts = factsOf('ose-first-female-football-coach');
    expect(isActor(facts, 'Lionel Messi')).toBe(false);
    expect(isActor(facts, 'José Mourinho')).toBe(false);
    expect(isActor(facts, 'Carolina Morace')).toBe(true);
    expect(isActor(facts, 'Véronique Soulier')).toBe(true);
  });

  // Round 61: "National Authority for Emergency" of "... for Emergency and Civil Protection" was offered as a body.
  it('a body whose remit the article always goes on with "and" is cut short', () => {
    const facts = extractFacts(
      annotateText(cleanText('The National Authority for Emergency and Civil Protection said 40 villages were evacuated. Firefighters from Spain joined crews sent by the National Authority for Emergency and Civil Protection.')),
    );
    expect(isTruncatedName(facts, 'National Authority for Emergency')).toBe(true);
  });

  // Round 55: "Kyle Brennan, 28, of Nuneaton, received four years" was taken for a passing mention, and the other
  // defendants gave way to the judge and a victim as rivals of the key.
  it('a person after an age and a home town is the subject of the verb that follows', () => {
    const facts = extractFacts(annotateText(cleanText('Kyle Brennan, 28, of Nuneaton, received four years and three months for conspiracy to steal.')));
    expect(isActor(facts, 'Kyle Brennan')).toBe(true);
  });

  it('a name the article always continues is cut short ("Department of Community" of "... Health Sciences")', () => {
    expect(isTruncatedName(factsOf('wikinews-youth-suicide-gun-ownership'), 'Department of Community')).toBe(true);
    expect(isTruncatedName(factsOf('mali-minusma-withdrawal'), 'UN')).toBe(false);
  });

  it('a stray word typed as a person is no distractor ("Sciences" of "... Health Sciences")', () => {
    const facts = factsOf('wikinews-youth-suicide-gun-ownership');
    const siegel = facts.names.find((n) => n.text === 'Siegel')!;
    expect(explainRoleMismatch(facts, siegel, 'Siegel', 'Sciences', facts.sentences[siegel.sentence]!)).toBeDefined();
  });

  it('no year or decade after the article’s latest ("2040s" beside "1990s")', () => {
    const facts = factsOf('conversation-side-channel-attacks');
    const nineties = facts.dates.find((d) => d.format === 'decade')!;
    const latest = Math.max(...facts.dates.map((d) => d.year ?? 0));
    for (const o of pickDateDistractors(facts, nineties, facts.sentences[nineties.sentence]!).options) expect(Number(o.slice(0, 4))).toBeLessThanOrEqual(latest);
  });

  it('an acronym is unsafe beside its long form even when the article never defines it', () => {
    const facts = factsOf('wikinews-github-youtube-dl-dmca');
    const s = facts.sentences[0]!;
    expect(isUnsafe('EFF', 'Electronic Frontier Foundation', s, facts)).toBe(true);
  });

  it('an acronym key takes acronym distractors ("EFF": "RIAA"), so its form does not single it out', () => {
    const facts = factsOf('wikinews-github-youtube-dl-dmca');
    const eff = facts.names.find((n) => n.text === 'EFF')!;
    const { options } = pickNameDistractors(facts, eff, 'EFF', facts.sentences[eff.sentence]!);
    expect(options.some((o) => /^[A-Z]{2,8}$/.test(o))).toBe(true);
  });
});

describe('served quizzes keep people and places in role', () => {
  const files = ['ose-first-female-football-coach', 'wikinews-spacex-first-crewed-launch', 'voa-us-ukraine-minerals-deal-feed', 'wikinews-queen-suspends-uk-parliament'];
  // A passing mention is one rival at most, and only where the quiz would otherwise fall short of eight questions.
  it.each(files)('%s: no person option of the other gender where the sentence says which, and passing mentions only to fill a short quiz', (file) => {
    const text = readFileSync(`content/${file}.md`, 'utf8');
    const facts = factsOf(file);
    const result = generateQuiz(text);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    for (const q of result.quiz.questions.filter((x) => x.kind === 'person' || x.kind === 'quote' || x.kind === 'appositive')) {
      const key = q.options.find((o) => o.id === q.answerId)!.text;
      const kg = genderOf(facts, key);
      for (const o of q.options) {
        if (o.text === key) continue;
        const og = genderOf(facts, o.text);
        // Mixed genders are fair rivals unless the evidence sentence is gendered ("she said", "Mr", "his").
        if (kg && og && GENDERED.test(q.evidence.text)) expect(og, `${q.stem} / ${o.text}`).toBe(kg);
      }
      const passing = q.options.filter((o) => ['Lionel Messi', 'José Mourinho', 'Alan Shepard', 'Oliver Tambo'].includes(o.text));
      expect(passing.length, q.stem).toBeLessThanOrEqual(result.quiz.questions.length < 8 ? 1 : 0);
    }
  });
});

// Rater round 3: a body against bodies of another kind ("disappointment on RIAA", a university as "the journal").
describe('a body competes with its own kind', () => {
  it('offers platforms for a platform and refuses an association', () => {
    const facts = factsOf('wikinews-github-youtube-dl-dmca');
    const twitter = nameIn(facts, 'Twitter', 'disappointment');
    const evidence = facts.sentences[twitter.sentence]!;
    expect(explainRoleMismatch(facts, twitter, 'Twitter', 'Recording Industry Association of America', evidence)).toBe('another kind of body');
    expect(explainRoleMismatch(facts, twitter, 'Twitter', 'YouTube', evidence)).toBeUndefined();
  });

  it('offers journals for a journal, from the gazetteer when the article names no other', () => {
    const facts = factsOf('wikinews-easter-island-statues-water');
    const plos = nameIn(facts, 'PLOS One');
    expect(plos.type).toBe('organisation');
    const { options } = pickNameDistractors(facts, plos, 'PLOS One', facts.sentences[plos.sentence]!);
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).not.toMatch(/University/);
  });
});

// Round 13: "Who sent on Wrona?" keyed a manager offered a referee and two players, and left out the other manager.
describe('the role the article gives a person', () => {
  const facts = factsFrom(
        'Halstead manager Gary Ingham said the decision was fair. Carnforth manager Steve Redfern praised his players. Referee Rebecca Whitlow showed a red card to Dean Appleyard, the Halstead captain. Liam Sowerby scored in the 67th minute and Jordan Mbeki-Hart was substituted. Steve Redfern sent on a striker in the 71st minute, and Sowerby said he was delighted.',
  );
  it.each([
    ['Gary Ingham', 'manager'],
    ['Redfern', 'manager'],
    ['Rebecca Whitlow', 'referee'],
    ['Dean Appleyard', 'captain'],
    ['Liam Sowerby', undefined],
  ])('%s: %s', (name, role) => expect(roleOf(facts, name)).toBe(role));

  it('puts a person of the key’s role first among the options', () => {
    const redfern = facts.names.find((n) => n.text === 'Steve Redfern' && n.sentence === 4)!;
    const { options } = pickNameDistractors(facts, redfern, 'Steve Redfern', facts.sentences[4]!);
    expect(options[0]).toBe('Gary Ingham');
  });
});

// Round 15: "The largest contribution came from the _____" keyed a fund offered a museum and an institute.
describe('bodies of another kind', () => {
  it('keeps museums and funds apart', () => {
    const facts = factsFrom('The largest contribution, €2.5 million, came from the Mondriaan Fund. The Titus Fund gave €750,000. Major works by Leyster are held by the Frans Hals Museum in Haarlem.');
    const fund = nameIn(facts, 'Mondriaan Fund');
    const sentence = facts.sentences[fund.sentence]!;
    expect(explainRoleMismatch(facts, fund, 'Mondriaan Fund', 'Frans Hals Museum', sentence)).toBe('another kind of body');
    expect(explainRoleMismatch(facts, fund, 'Mondriaan Fund', 'Titus Fund', sentence)).toBeUndefined();
  });
});

// Round 21: "Varga was born in _____, Hungary" offered Zürich, Zug and Basel.
describe('a town the sentence places in a country', () => {
  it('competes only with towns of that country', () => {
    const f = factsFrom('Varga was born in Győr, Hungary, the daughter of a railway surveyor. She studied in Zürich and Basel and worked in Budapest and Debrecen before moving to Zug.');
    const gyor = f.names.find((n) => n.text === 'Győr')!;
    const { options } = pickNameDistractors(f, gyor, 'Győr', f.sentences[0]!);
    for (const o of options) expect(['Zürich', 'Basel', 'Zug']).not.toContain(o);
  });

  // Round 27: "the agency based in _____, New Caledonia" offered Tokyo, Sydney and Suva.
  it('competes only with towns the article places in a region the gazetteer lacks, but reads a list as a list', () => {
    const f = factsFrom('Scientists from the Pacific Community, the agency based in Nouméa, New Caledonia, presented the study. Delegates flew in from Tokyo, Sydney and Suva.');
    const key = f.names.find((n) => n.text === 'Nouméa')!;
    expect(explainRoleMismatch(f, key, 'Nouméa', 'Suva', f.sentences[0]!)).toBe('not a town of the region the sentence names');
    const list = factsFrom('Feeder ships run weekly between Hamburg, Rotterdam and the Baltic. Delegates flew in from Kiel, Skagen and Gdynia.');
    const hamburg = list.names.find((n) => n.text === 'Hamburg')!;
    expect(explainRoleMismatch(list, hamburg, 'Hamburg', 'Kiel', list.sentences[0]!)).not.toBe('not a town of the region the sentence names');
  });
});

// Round 31: the manager of "lifting Ana Lucia Ferreyra's side to third" was offered as a centre-back and a winger.
describe('whose side a team is', () => {
  it('is its manager', () => {
    const f = factsFrom("Declan Moorhouse's header a minute from time gave Saltmarsh Albion a 3-2 win, lifting Ana Lucia Ferreyra's side to third in Division One.");
    expect(roleOf(f, 'Ana Lucia Ferreyra')).toBe('manager');
  });
});

// Round 28: "an archaeobotanist at the _____" offered "Duke University" and "Princeton University".
describe('a body after "the"', () => {
  it('takes no rival that reads wrong with "the"', () => {
    const f = factsFrom('Professor Alan Whitcombe, an archaeobotanist at the University of York, praised the study. Samples went to Aarhus University and Duke University.');
    const york = f.names.find((n) => n.text === 'University of York')!;
    expect(explainRoleMismatch(f, york, 'University of York', 'Duke University', f.sentences[0]!)).toBe('takes no "the"');
    expect(explainRoleMismatch(f, york, 'University of York', 'Johns Hopkins', f.sentences[0]!)).toBe('takes no "the"');
    expect(explainRoleMismatch(f, york, 'University of York', 'University of Copenhagen', f.sentences[0]!)).not.toBe('takes no "the"');
  });
});

// Round 28: "Defence barrister _____ said her client had been drinking" offered three men.
describe('a blank the sentence goes on to call "her"', () => {
  it('takes no man as a rival', () => {
    const f = factsFrom(readFileSync('tests/fixtures/synthetic/set23-06-pavilion-arson-sentence.txt', 'utf8'));
    const crowe = f.names.find((n) => n.text === 'Nadia Crowe')!;
    const evidence = f.sentences.find((s) => s.text.includes('her client'))!;
    expect(explainRoleMismatch(f, crowe, 'Nadia Crowe', 'James Eddowes', evidence)).toBe('of the other gender');
    expect(explainRoleMismatch(f, crowe, 'Nadia Crowe', 'Helen Atherley', evidence)).not.toBe('of the other gender');
  });
});

// Set 16: "Pulsewell's chief technology officer, Renata Byrne, told reporters ..." read as a passing mention.
describe('a person who speaks after an appositive comma', () => {
  it('acts in the article', () => {
    const f = factsFrom("Pulsewell's chief technology officer, Renata Byrne, told reporters on Thursday that the server should have been shut.");
    expect(isActor(f, 'Renata Byrne')).toBe(true);
  });

  it('acts when a body with "for" and an acronym stands between the name and the verb', () => {
    const f = factsFrom('Conor Lyons of the Irish Institute for Housing Research (IIHR) noted that 4,100 apartments are due in Dublin.');
    expect(isActor(f, 'Conor Lyons')).toBe(true);
  });

  it('acts when named after "said the board\'s lead investigator,"', () => {
    const f = factsFrom('"This was not one mistake," said the board\'s lead investigator, Marguerite Olsen, at a news conference.');
    expect(isActor(f, 'Marguerite Olsen')).toBe(true);
  });
});

// Round 23: "St Aldhelm" (of "St Aldhelm's Hospital") and "at St Aldric's" offered as towns.
describe('a body’s short name in the possessive', () => {
  it('is no place option', () => {
    const f = factsFrom(
          'Margaret Holloway, 71, from Harrogate, took part in the trial. It was led from St Aldhelm\'s Hospital in Leeds and St Aldric\'s University Hospital in York. She was treated at St Aldric\'s and lives in Ripon near Thirsk.',
    );
    const harrogate = f.names.find((n) => n.text === 'Harrogate')!;
    const { options } = pickNameDistractors(f, harrogate, 'Harrogate', f.sentences[0]!);
    for (const o of options) expect(o).not.toMatch(/^St Ald/);
  });
});

// Round 25: "in the women's 1,500 metres, where Ethiopia's _____ ran 4:01.87" offered men.
describe('an event for one gender', () => {
  it('takes rivals of that gender only', () => {
    const f = factsFrom(
          "Jamaica's Dwayne Ellery won the men's race and Poland's Mark Wierzbicki was second. In the women's 1,500 metres, Ethiopia's Hiwot Gebremeskel ran 4:01.87 to break the record. Lotte Brink and Kiara Wendt said she ran superbly, and Eleni Markou agreed.",
    );
    const key = f.names.find((n) => n.text === 'Hiwot Gebremeskel')!;
    const { options } = pickNameDistractors(f, key, key.text, f.sentences[key.sentence]!);
    for (const o of options) expect(['Dwayne Ellery', 'Mark Wierzbicki']).not.toContain(o);
  });
});

// Session 7: the Queen among Labour MPs; "the Queen" in an MP's words had been read as the blank's role.
describe('a Labour MP who speaks of the Queen', () => {
  const f = factsFrom(
        'Queen Elizabeth II agreed to suspend Parliament. Labour leader Jeremy Corbyn called the move an outrage. Speaker John Bercow said it was offensive. Conservative MP Philip Hammond said it was wrong. Member of Parliament (MP) Yvette Cooper of the Labour Party added, "Boris Johnson is trying to use the Queen to concentrate power in his own hands."',
  );
  const cooper = f.names.find((n) => n.text === 'Yvette Cooper')!;

  it('is asked, with no monarch among the options', () => {
    const built = buildEntityQuestions(f).find((b) => 'key' in b && b.key === 'Yvette Cooper');
    expect(built && 'key' in built).toBe(true);
    expect(pickNameDistractors(f, cooper, 'Yvette Cooper', f.sentences[cooper.sentence]!).options).not.toContain('Elizabeth II');
  });
});
