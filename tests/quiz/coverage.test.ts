// The sources of questions that let fact-poor articles reach a full quiz: resolved pronouns, centuries and durations,
// glossed terms, trimmed quotations, compound terms, and a stand-in person when the article names only two others.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts, type Facts } from '@/lib/quiz/facts/3-facts';
import { buildDateQuestions } from '@/lib/quiz/questions/date';
import { buildQuoteQuestions, trimQuote } from '@/lib/quiz/questions/quote';
import { buildAppositiveQuestions, trimDescription } from '@/lib/quiz/questions/appositive';
import { buildQuantityQuestions } from '@/lib/quiz/questions/quantity';
import { checkSentence, openStem, shortenStem, BLANK, type Candidate } from '@/lib/quiz/questions/stem';
import { describeEarlierNouns, explainBadForm, explainDanglingStem, listProblems, nameEarlierBodies, repairStem } from '@/lib/quiz/questions/review';
import { dropCountryBeforeBlank, explainRoleMismatch, roleOf } from '@/lib/quiz/roles';
import { findStoryCompany } from '@/lib/quiz/facts/pronouns';
import { withArticle } from '@/lib/quiz/facts/names';
import { pickDateDistractors, pickNameDistractors, pickQuantityDistractors } from '@/lib/quiz/distractors';
import { senseOf } from '@/lib/quiz/facts/numbers';
import { buildTermQuestions } from '@/lib/quiz/questions/term';
import { buildEntityQuestions, writeSubjectQuestion } from '@/lib/quiz/questions/entity';
import { annotateText } from '@/lib/quiz/text/2-annotate';
import { cleanText, isFurniture } from '@/lib/quiz/text/1-clean';

const factsOf = (text: string): Facts => extractFacts(annotateText(cleanText(text)));

describe('an opening pronoun names its one antecedent', () => {
  // Round 35: "She married a local fisherman" was put on the folklorist the sentence before named, and "She is
  // survived by" on her late husband: two false stems.
  it('gives "She" no one of the other gender or beside another "she", and names the profile\'s subject instead', () => {
    const obituary =
      'That conversation was the first of 1,400 recordings made by Eilidh MacAulay, who has died aged 86. By the time Eilidh arrived the island had 130 people. Eilidh taught at its school. ' +
      'She was born in Stornoway. She studied Celtic at Glasgow. With encouragement from the folklorist Dr Niall Campbell, she began recording. ' +
      'She married a local fisherman, Donald John MacInnes, in 1970. Donald John died in 2020. She is survived by two children.';
    const f = factsOf(obituary);
    const resolvedOf = (start: string) => f.sentences.find((s) => s.text.startsWith(start))!.resolved?.text;
    expect(resolvedOf('She married')).toBe('Eilidh MacAulay');
    expect(resolvedOf('She is survived')).toBe('Eilidh MacAulay');
    // With no profile to fall back on, the pronoun stays unresolved.
    const plain = factsOf('Donald John MacInnes died in 2020 at home in Fearnsay. She is survived by two children and five grandchildren.');
    expect(plain.sentences[1]!.resolved).toBeUndefined();
  });

  // Round 58: "She now looks after 42 hives" after "Abernethy ... in Glen Ardle, a Perthshire community" (a glen and a
  // county read as names of no kind), and "She also keeps" (an adverb first) in a profile.
  it('names the profile\'s subject past a place of the sentence before, and before an adverb', () => {
    const profile =
      'On a still May morning, Ruth Abernethy lifts the lid of a hive at the edge of a birch wood. ' +
      'Abernethy, 67, has kept bees in Glen Ardle, a Perthshire community of about 300 people, since 1990. She now looks after 42 hives spread across six apiaries. ' +
      'Not every year is good for the bees. She also keeps a constant watch for the varroa mite. Abernethy has no plans to stop.';
    const f = factsOf(profile);
    const resolvedOf = (start: string) => f.sentences.find((s) => s.text.startsWith(start))!.resolved?.text;
    expect(resolvedOf('She now')).toBe('Ruth Abernethy');
    expect(resolvedOf('She also')).toBe('Ruth Abernethy');
  });

  // Round 69 (a mountain rescue leader's profile): "In 2022 she was awarded", "Under her leadership", "After studying
  // ..., she trained" were left pointing outside, and "She grew up" was held back by a man named in between.
  it("names a profile's she after a fronted phrase, and past a man named in between", () => {
    const profile =
      'Helen Fennimore keeps her pager on the windowsill. Fennimore, 58, has led the Cairnlee Mountain Rescue Team for 11 years. ' +
      'Fennimore says the callers have changed. In January she will hand over to her deputy, a paramedic named Ross Calderwood. The team covers 650 square kilometres.\n\n' +
      'She grew up in Perth, the daughter of a postman. After studying geography at the University of Aberdeen, she trained as a teacher. ' +
      'Under her leadership the team raised £380,000 for a new base. In 2022 she was awarded a medal by Scottish Mountain Rescue.';
    const f = factsOf(profile);
    const stemOf = (start: string) => openStem(f.sentences.find((s) => s.text.startsWith(start))!);
    expect(stemOf('She grew')).toBe('Helen Fennimore grew up in Perth, the daughter of a postman.');
    expect(stemOf('After studying')).toBe('After studying geography at the University of Aberdeen, Helen Fennimore trained as a teacher.');
    expect(stemOf('Under her')).toBe("Under Helen Fennimore's leadership the team raised £380,000 for a new base.");
    expect(stemOf('In 2022')).toBe('In 2022 Helen Fennimore was awarded a medal by Scottish Mountain Rescue.');
    // A "he" is not hers; nor is a "she" after another woman is named.
    const other = factsOf(profile.replace('Under her leadership the team', 'Under his leadership the team').replace('Ross Calderwood', 'Ruth Calderwood'));
    const otherOf = (start: string) => other.sentences.find((s) => s.text.startsWith(start))!.resolved;
    expect(otherOf('Under his')).toBeUndefined();
    expect(otherOf('She grew')).toBeUndefined();
  });

  // Round 63: "He told the court that his client had sold the family home" was put on the defendant the story is about,
  // after his barrister's quotation ("…,” Mr Kingdon said", the title hiding the speaker): a false stem.
  it('gives "He" after someone else\'s quotation neither to the story\'s subject, and reads "Mr Kingdon said" as a speaker', () => {
    const story =
      'Daniel Creswick, 46, was jailed for two years on Thursday. Creswick took deposits from 187 tenants. Creswick admitted fraud. ' +
      'Defending, Rupert Kingdon said his client had started the business in 2011.\n\n' +
      '"Mr Creswick believed, wrongly and foolishly, that he could trade his way out of difficulty," Mr Kingdon said. "He accepts that he could not." He told the court that his client had sold the family home.';
    const f = factsOf(story);
    expect(f.quotes.map((q) => q.speaker.text)).toEqual(['Kingdon']);
    expect(f.sentences.find((s) => s.text.startsWith('He told'))!.resolved).toBeUndefined();
    // (A review of round 65: a quotation passed on is not the speaker's own.)
    expect(factsOf('Patricia Owusu said a resident had told her: "The bridge is the heart of this town and always will be."').quotes).toEqual([]);
    // (A review of round 65: the same after `"…," he said`, and with "He told the court" opening the next paragraph.)
    const pronounSaid = story.replace('," Mr Kingdon said.', '," he said.').replace('"Mr Creswick believed', 'Mr Kingdon spoke for the defence. "Mr Creswick believed').replace(' He told the court', '\n\nHe told the court');
    expect(factsOf(pronounSaid).sentences.find((s) => s.text.startsWith('He told'))!.resolved).toBeUndefined();
  });

  // Round 13: "Redfern sent on Wrona ... He had already forced a save" was resolved to Redfern, a false stem.
  it('leaves "He" alone when the sentence before also names someone of no known kind', () => {
    const f = factsOf('Carnforth manager Steve Redfern sent on Kowarski, who joined from Lancaster City in January, in the 71st minute. He had already forced one save when the winner arrived.');
    expect(f.sentences[1]!.resolved).toBeUndefined();
  });

  it('reads a subject the sentence goes on to call "he" as a person', () => {
    const f = factsOf('Tomasz Wrona had been on the pitch for only 17 minutes when he ran on to the flick-on.');
    expect(f.names.find((n) => n.text === 'Tomasz Wrona')?.type).toBe('person');
  });

  it('names "The board" after the one board named before, and leaves it when two were', () => {
    const f = factsOf('The Northfield Health Board met on Monday to discuss closures. The board’s chair said three wards would close by 2026.');
    expect(openStem(f.sentences[1]!)).toBe('The Northfield Health Board’s chair said three wards would close by 2026.');
    const two = factsOf('The Northfield Health Board and the Southfield Health Board met on Monday. The board voted to close three wards by 2026.');
    expect(two.sentences[1]!.resolved).toBeUndefined();
  });

  // Session 7: "Its chief executive, Samuel Achterberg, said ..." after a body that was the subject before.
  it('names "Its" / "It" after the body the sentence before opens with, and leaves them after another subject', () => {
    const f = factsOf(
      'The regional conciliation service, Accord Northvale, confirmed it had invited both sides to talks on Monday 18 March. Its chief executive, Samuel Achterberg, said he was hopeful.',
    );
    expect(f.names.find((n) => n.text === 'Accord Northvale')?.type).toBe('organisation');
    expect(openStem(f.sentences[1]!)).toBe("Accord Northvale's chief executive, Samuel Achterberg, said he was hopeful.");
    const it = factsOf('The Civil Aviation Authority fined the airline £2 million in May. It said the fine was the largest of the year.');
    expect(openStem(it.sentences[1]!)).toBe('The Civil Aviation Authority said the fine was the largest of the year.');
    const other = factsOf('A report by the Civil Aviation Authority found 40 faults in May. It said the faults were minor.');
    expect(other.sentences[1]!.resolved).toBeUndefined();
  });

  // Round 20: "The agency says it has dealt with 23 incidents" left unnamed; "and" is no preposition of the name.
  it('names "The agency" after "the Coastguard and Rescue Agency"', () => {
    const f = factsOf('The Coastguard and Rescue Agency says a man has been lifted by helicopter from a caravan park. The agency says it has dealt with 23 incidents since midnight.');
    expect(openStem(f.sentences[1]!)).toBe('The Coastguard and Rescue Agency says it has dealt with 23 incidents since midnight.');
    // Its own acronym and a place beside it make no list of bodies.
    const acronym = factsOf('The Coastguard and Rescue Agency (CRA) says a man was lifted from a caravan park near Polwenna. The agency says it has dealt with 23 incidents since midnight.');
    expect(acronym.sentences[1]!.resolved?.text).toBe('The Coastguard and Rescue Agency');
  });

  // Session 7: a quotation going on from the sentence before was refused as "a quotation without its speaker".
  it('gives a quotation that goes on from the sentence before its speaker, in the same paragraph only', () => {
    const f = factsOf('“Nobody wanted to be here today,” said Margaret Lindqvist, the regional secretary. “Our members have lost a fifth of their pay over ten years.”\n\n“We will strike again in May.”');
    expect(openStem(f.sentences[1]!)).toBe('Margaret Lindqvist said: “Our members have lost a fifth of their pay over ten years.”');
    expect(f.sentences[2]!.resolved).toBeUndefined();
  });

  // Set 16: 57 stems opening "The company" were refused; the story's one company names it.
  it('names "The company" after the story’s one company, and not beside a rival', () => {
    const f = factsOf(
      'The app maker Pulsewell said hackers had reached the data of 2.1 million users. Pulsewell was founded in 2016 in Dublin. The Data Protection Commission opened an inquiry. The company said the intrusion took place in September.',
    );
    expect(openStem(f.sentences[3]!)).toBe('Pulsewell said the intrusion took place in September.');
    const rival = factsOf(
      'The app maker Pulsewell said hackers had reached the data of 2.1 million users. Pulsewell was founded in 2016 in Dublin. It hired the consultancy Norcastle Systems to review the breach. The company said the intrusion took place in September.',
    );
    expect(rival.sentences[3]!.resolved).toBeUndefined();
  });

  // Round 35: "The tournament, now in its 14th year, ..." was refused as naming what only the sentence before said.
  it('names "The tournament" after the one named tournament before, and leaves it when two were', () => {
    const stemOf = (text: string) => {
      const f = factsOf(text);
      const sentence = f.sentences[1]!;
      return nameEarlierBodies({ stem: sentence.text.replace('212 players', BLANK), key: '212 players', sentence }, f);
    };
    const one = 'Mirela Vasić won the Baltic Open in Riga on Sunday. The tournament, now in its 14th year, attracted a record 212 players.';
    expect(stemOf(one)).toBe(`The Baltic Open, now in its 14th year, attracted a record ${BLANK}.`);
    const two = 'Mirela Vasić won the Baltic Open in Riga, a week after the Riga Masters. The tournament, now in its 14th year, attracted a record 212 players.';
    expect(stemOf(two)).toBe(`The tournament, now in its 14th year, attracted a record ${BLANK}.`);
  });

  // Round 27: "the Harrowfield Borough Council's own capital programme": a name the article writes bare stays bare.
  it('names "The council" with "the" only where the article writes the name so', () => {
    const bare = factsOf('Harrowfield Borough Council approved the plan on Tuesday. The council said the work would start in September.');
    expect(openStem(bare.sentences[1]!)).toBe('Harrowfield Borough Council said the work would start in September.');
    const definite = factsOf('The councillors of the Harrowfield Borough Council approved the plan on Tuesday. The council said the work would start in September.');
    expect(openStem(definite.sentences[1]!)).toBe('The Harrowfield Borough Council said the work would start in September.');
  });

  // Set 21: a study report's "The team found that oxygen has fallen by 2.8% ..." was refused, and the article declined.
  it('names "The team" after the one person the article says leads the study, and not when it names two', () => {
    const f = factsOf(
      'The study, led by Dr Ingrid Halvorsen of the Kerrigan Ocean Institute, combined 31 years of measurements. The team found that dissolved oxygen has fallen by 2.8% since 1993.',
    );
    expect(openStem(f.sentences[1]!)).toBe('The team led by Dr Ingrid Halvorsen found that dissolved oxygen has fallen by 2.8% since 1993.');
    const two = factsOf(
      'The study, led by Dr Ingrid Halvorsen of the Kerrigan Ocean Institute, combined 31 years of measurements. A second study, led by Professor Tomas Ruiz, used satellites. The team found that dissolved oxygen has fallen by 2.8% since 1993.',
    );
    expect(two.sentences[2]!.resolved).toBeUndefined();
  });

  // Round 29: a short obituary names its subject twice; the headline is the third time.
  it('names an obituary’s "She" after its subject when the headline names her too', () => {
    const f = factsOf(readFileSync('tests/fixtures/synthetic/set24-06-margit-selander-obituary.txt', 'utf8'));
    const joined = f.sentences.find((s) => s.text.startsWith('She joined the Swedish Maritime Administration'))!;
    expect(openStem(joined)).toMatch(/^Margit Selander joined the Swedish Maritime Administration/);
  });

  // Round 28: "He entered the Istituto ..." of an engineer's biography became "Giacomo Benvenuti entered ...", his father.
  it('never names "He" after a relative who shares the surname', () => {
    const f = factsOf(
      'Aurelio Benvenuti (14 May 1846 – 2 February 1919) was an Italian civil engineer. Benvenuti was born in Bergamo, the second of four children of Giacomo Benvenuti, a miller. He entered the Istituto Tecnico Superiore in Milan in 1864. Benvenuti designed the joint in 1892. His son Ettore Benvenuti became a chemist. Benvenuti died in Milan.',
    );
    for (const s of f.sentences) expect(s.resolved?.text ?? '').not.toMatch(/Giacomo|Ettore/);
  });

  // Rounds 22-24: an obituary's "She studied physics ..." after a sentence that names no one.
  it('names "She" after the one person a profile is about, when her given name says so', () => {
    const f = factsOf(
      'Margit Hallvardsen, a glaciologist, has died aged 88. Hallvardsen mapped rivers under the ice. Colleagues said Hallvardsen changed the field. The work took decades. She studied physics at the University of Oslo, graduating in 1963.',
    );
    expect(openStem(f.sentences[4]!)).toBe('Margit Hallvardsen studied physics at the University of Oslo, graduating in 1963.');
    const he = factsOf(
      'Margit Hallvardsen, a glaciologist, has died aged 88. Hallvardsen mapped rivers under the ice. Colleagues said Hallvardsen changed the field. The work took decades. He studied physics at the University of Oslo.',
    );
    expect(he.sentences[4]!.resolved).toBeUndefined();
  });

  // Round 26: "UNICEF estimates ... The agency said" was named after "the UN Refugee Agency", an unfaithful stem.
  it('names "The agency" only after the body last named', () => {
    const f = factsOf(
      'The UN Refugee Agency said 40,000 people had fled. UNICEF estimates that around 220,000 of those affected are children. The agency said 312 schools had been damaged.',
    );
    expect(f.sentences[2]!.resolved).toBeUndefined();
  });

  it('resolves "He" to the one person of the sentence before', () => {
    const f = factsOf('The study was led by Carl Lipo of Binghamton University. He went on to add that water was found in caves.');
    expect(f.sentences[1]!.resolved?.text).toBe('Carl Lipo');
    expect(openStem(f.sentences[1]!)).toMatch(/^Carl Lipo went on/);
  });

  it('leaves "He" alone when the sentence before has two people', () => {
    const f = factsOf('Carl Lipo met Terry Hughes in Sydney. He said the reef was dying.');
    expect(f.sentences[1]!.resolved).toBeUndefined();
  });

  it('leaves "He" alone when an unnamed person may be meant', () => {
    const f = factsOf('Carl Lipo met the prime minister in Canberra. He said the reef was dying.');
    expect(f.sentences[1]!.resolved).toBeUndefined();
  });

  it('resolves "They" to a plural subject, not to a singular one', () => {
    const plural = factsOf('The earliest statues date to the 13th century. They vary in size but are about fourteen feet tall.');
    expect(plural.sentences[1]!.resolved?.text).toBe('The earliest statues');
    const singular = factsOf('The study examined 93 statues on the island. They compared the sites of the statues to water sources.');
    expect(singular.sentences[1]!.resolved).toBeUndefined();
  });
});

describe('more facts', () => {
  it('reads a century as a date with nearby centuries as distractors', () => {
    const f = factsOf('The earliest statues date to the 13th century.');
    expect(f.dates.map((d) => [d.text, d.format, d.year])).toEqual([['13th century', 'century', 13]]);
  });

  it('reads a duration but not a clock time', () => {
    expect(factsOf('The enzyme breaks plastic down in as little as 24 hours.').quantities.map((q) => q.text)).toEqual(['24 hours']);
    expect(factsOf('The launch is set for 0900 hours on Friday.').quantities).toEqual([]);
  });

  it('reads number words up to ninety', () => {
    expect(factsOf('The statues are about fourteen feet tall and weigh about fourteen tons.').quantities.map((q) => q.value)).toEqual([14, 14]);
  });

  it('drops a unit the three-word limit cut short', () => {
    expect(factsOf('They tested the enzyme on 51 different post-consumer plastic containers.').quantities).toEqual([]);
  });

  it('takes glossed and defined terms, not the items of a choice', () => {
    const f = factsOf('The study found that the platforms, or ahu, are near water. They engineered cells in the mouse hippocampus, a part of the brain known to form memories. You may bring tea, or coffee, to the talk.');
    expect(f.namings.map((n) => n.text)).toEqual(['ahu', 'hippocampus']);
  });
});

describe('stems', () => {
  it('trims an aside between commas when the stem is too long', () => {
    const long = `Siegel and colleagues including predoctoral fellow Anita Knopov, the lead author, compared data from the Centers for Disease Control and Prevention from ${BLANK}, when the body last surveyed US gun owners, to corresponding information on suicides by young people from 2005 through 2015.`;
    const short = shortenStem(long);
    expect(short).not.toContain('the lead author');
    expect(short).toContain(BLANK);
    expect(short.split(/\s+/).length).toBeLessThanOrEqual(35);
  });

  // Round 25: ", a bacterium that can cause serious illness in pregnant women," was cut as an aside, leaving
  // "... Listeria monocytogenes older people and anyone ...".
  it('never cuts an aside that ends inside a list', () => {
    const stem = `A national supermarket chain has recalled ${BLANK} of hummus after routine testing found traces of Listeria monocytogenes, a bacterium that can cause serious illness in pregnant women, older people and anyone with a weakened immune system.`;
    expect(shortenStem(stem)).not.toMatch(/monocytogenes older/);
  });

  // Round 56: ", the 12-hectare smallholding she bought with her husband," was cut before "Mark,", leaving
  // "... at Hollow Lane Farm Mark, in 2013".
  it('never cuts an aside whose last words introduce a name', () => {
    const stem = `She left teaching and began growing saffron full-time at Hollow Lane Farm, the 12-hectare smallholding she bought with her husband, Mark, in ${BLANK}, after trial plots in her garden had produced a small crop worth selling to a local deli.`;
    expect(shortenStem(stem)).not.toMatch(/Farm Mark/);
  });

  // Round 35: "level on 6.5 points, and a draw would have been enough ... because he had faced ..." was refused as
  // too long; the second clause goes.
  it('cuts a second clause joined by ", and" after the blank, but never a list', () => {
    const long = `Going into the last round, Vasić and Petrauskas were level on ${BLANK}, and a draw would have been enough for the Lithuanian to take the title on tiebreaks because he had faced stronger opposition earlier in the week.`;
    expect(shortenStem(long)).toBe(`Going into the last round, Vasić and Petrauskas were level on ${BLANK}.`);
    const list = `The fund paid for ${BLANK} in Harwick, Dunmore, Kelby, Ashcombe, Marrow, Tallis and Pell, and the rest of the money went to the new footbridge over the River Calder at Ashcombe.`;
    expect(shortenStem(list)).not.toMatch(/Tallis and Pell\.$/);
  });

  // Round 63: a 41-word stem opening on where it happened ("In front of a sell-out crowd of 640 at ...") was refused;
  // the setting goes, but never a clause of its own ("In 2019 the orchestra had 64 players, ...").
  it('drops a fronted setting, never a fronted clause, when the stem is too long', () => {
    const setting = `In front of a sell-out crowd of 640 at the Caldwell Leisure Centre in Derby, 19-year-old ${BLANK} came from two games down to beat Kingsford's experienced Danish defender Mette Kjærgaard 9-11, 7-11, 11-8, 11-6, 14-12 in the fifth rubber.`;
    expect(shortenStem(setting)).toBe(`19-year-old ${BLANK} came from two games down to beat Kingsford's experienced Danish defender Mette Kjærgaard 9-11, 7-11, 11-8, 11-6, 14-12 in the fifth rubber.`);
    const clause = `In 2019 the orchestra had 64 players, aged between 11 and 19, and in ${BLANK} it won the Hartwell Trophy at the National Youth Ensembles Festival in Birmingham, the first orchestra from the north of England to do so in 17 years.`;
    expect(shortenStem(clause)).toMatch(/^In 2019 the orchestra/);
  });

  // Round 64: ", finishing low into the corner after ..." goes like ", finishing into the corner": a participle, a word,
  // and where it went.
  it('cuts a closing participle of motion after the blank', () => {
    const long = `A crowd of 2,340 at the Bught Park watched ${BLANK} turn home the winner in the 104th minute, finishing low into the corner after Kilvarran keeper Finlay Urquhart could only parry a fierce drive from the edge of the area.`;
    expect(shortenStem(long)).toBe(`A crowd of 2,340 at the Bught Park watched ${BLANK} turn home the winner in the 104th minute.`);
  });

  // Round 65: "... in _____ before, on a whim." (the clause after the aside cut away), and "... apprenticeship where she
  // carved ..." (", then spent twelve years on the works team at St Edmund's Minster," cut as an aside).
  it('never leaves a conjunction hanging, nor cuts a second verb of the subject as an aside', () => {
    const whim = `She studied graphic design at university and spent two years designing crisp packets for a food company in ${BLANK} before, on a whim, signing up for an evening class in letter carving at a college in Lincoln.`;
    expect(shortenStem(whim)).not.toMatch(/before, on a whim\.$/);
    const then = `She completed a three-year stonemasonry apprenticeship, then spent twelve years on the works team at St Edmund’s Minster in Hexley, where she carved replacement gargoyles and, in ${BLANK}, a new statue of the minster’s patron saint for its porch.`;
    expect(shortenStem(then)).not.toMatch(/apprenticeship where/);
  });

  // A review of round 65's rules: a setting that bounds the claim, a qualifier of the figure, and a time.
  it('keeps a fronted time or place, a participle that qualifies a figure, and ", during ..."', () => {
    const peak = `At its peak in the late 1990s, the festival drew ${BLANK} visitors a day to the seafront and the old town, filling every hotel and guest house within a fifteen-mile radius of the harbour for the whole week.`;
    expect(shortenStem(peak)).toMatch(/^At its peak/);
    const scope = `In Scotland, the number of pupils leaving school without any qualifications rose to ${BLANK} last year, the highest figure since records began in 2009, according to the government's annual attainment survey.`;
    expect(shortenStem(scope)).toMatch(/^In Scotland/);
    const roles = `The new factory in the town will create ${BLANK} jobs over the next three years, counting roles across the whole supply chain as well as those at the plant itself, the company said on Monday.`;
    expect(shortenStem(roles)).toContain('counting roles');
    const during = `The club's chairman said the stand had been closed for ${BLANK} weeks in total, during the worst winter the town has seen in decades and the longest cold spell on record in the county.`;
    expect(shortenStem(during)).toContain('during the worst winter');
  });

  // Round 65: ", the animals covered an average of 1.7 km a night," was cut as an aside: it is the main clause.
  it('never cuts a main clause between commas as an aside', () => {
    const stem = `In streets where at least a third of householders had cut 13cm-by-13cm “hedgehog highway” holes at the base of their fences, the animals covered an average of 1.7 km a night, compared with ${BLANK} in streets with few or no gaps.`;
    expect(shortenStem(stem)).toContain('the animals covered');
    // Round 78: a subject of several words, and a count right after the verb.
    const study = `In a study published in the journal Atmospheric Water Research, a team from the Instituto de Ciencias del Desierto compared 40 collectors on Cerro Las Nieblas, a ridge ${BLANK} above sea level and about 6 kilometres inland from Caleta Los Picos, between August 2022 and September 2023.`;
    expect(shortenStem(study)).toContain('a team from the Instituto de Ciencias del Desierto compared 40 collectors');
    // Round 79: an aside whose own relative clause follows it ("the Oamaru Operatic Society, in which he sang bass").
    const member = `Away from rugby, he was a lay preacher at the Columba Presbyterian Church in Oamaru, a long-time member of the Oamaru Operatic Society, in which he sang bass in 22 productions, and a volunteer driver for _____.`;
    expect(shortenStem(member)).not.toMatch(/Church in Oamaru,? in which/);
    // (Not a participle's: ", rising by 0.8 points, which the authors said ..." still goes.)
    const rising = `Wheat from the intercropped plots also had a higher protein content, rising by an average of 0.8 percentage points, which the authors said could help growers meet the _____ protein threshold typically demanded by millers for bread-making wheat.`;
    expect(shortenStem(rising)).not.toContain('rising by');
    // (A description's own verb, after "who", still goes: the sentence reads on without it.)
    const described = `Sarah Kent, a geographer who mapped 40 springs in the valley over three summers, said the flow had fallen by ${BLANK} since 2010 at the springs nearest the quarry and the new housing estate on the ridge above.`;
    expect(shortenStem(described)).not.toContain('mapped');
  });

  // Round 25: "In addition to the fine, ..." lost "In addition" and read "To the fine, the company must ...".
  it('keeps "In addition to ..." whole', () => {
    const f = factsOf('In addition to the fine, the company must stop all sharing of health data with advertisers within 60 days.');
    expect(openStem(f.sentences[0]!)).toMatch(/^In addition to the fine/);
  });

  it('keeps the items of a list', () => {
    const list = `${BLANK} was destroyed by INTERPOL, Europol, the Shadowserver Foundation, Eurojust, the Luneberg police, the German Federal Office for Information Security, the Fraunhofer FKIE, several antivirus companies, ICANN, CERT and the FBI.`;
    expect(shortenStem(list)).toContain('the Shadowserver Foundation');
  });

  // Session 7 (set 15): a list of deeds after "have planted", and a fronted "Since ..." with no comma of its own.
  it('cuts the later deeds of a list, and never a subject that only looks like a fronted clause', () => {
    const deeds = `Since 2021 the Trust and its partners have planted ${BLANK} of reedbed, reshaped six flooded pits into shallow lakes with islands for nesting birds, and built 3.2 kilometres of accessible boardwalk, two bird hides and a small visitor centre with a café.`;
    expect(shortenStem(deeds)).toBe(`Since 2021 the Trust and its partners have planted ${BLANK} of reedbed.`);
    // Without "have", the participle after a comma may be the main verb: nothing is cut there.
    const appositive = `Professor Michael Siegel of Boston University, co-author of a new study published in the ${BLANK} on January 17, declared household gun ownership rates within the United States to be "the single most important predictor" of youth suicide rates.`;
    expect(shortenStem(appositive)).toContain('declared');
  });

  // Round 21: "... dates of birth and, for some customers." was cut at the adjective "detailed".
  it('cuts at a participle only when an object follows it', () => {
    const stem = `Pulsewell, the Dublin-based maker of the popular Pulsewell Run fitness app, said that hackers had gained access to the personal data of ${BLANK}, including email addresses, dates of birth and, for some customers, detailed GPS records of their runs.`;
    expect(shortenStem(stem)).not.toMatch(/customers\.$/);
  });

  // Round 24: a lead of 41 words kept its aside ", injuring 23 people," and was refused as too long.
  // Round 32: "Beridze, 31 said": the comma that closes an age went with the aside after it.
  it('keeps the comma that closes an age when the aside after it goes', () => {
    const stem = `The Georgian sprinter Nino Beridze, 31, who won the national title in 2019 and again in 2021 after a long injury, said the result was the best of her career and that she would now target ${BLANK} at the European championships.`;
    expect(shortenStem(stem)).toContain('Beridze, 31, said');
  });

  it('drops a participle aside between commas', () => {
    const stem = `A passenger ferry that slammed into a terminal dock on Vancouver Island in ${BLANK}, injuring 23 people, was being steered in the wrong propulsion mode and its crew missed two alarms that would have warned them.`;
    expect(shortenStem(stem)).not.toContain('injuring');
  });

  it('drops a figure restated in other units at the end of a long stem, and only there', () => {
    const stem = `The team led by Dr Ingrid Halvorsen found that dissolved oxygen in a layer known as Circumpolar Deep Water has fallen by an average of ${BLANK} since 1993, or about 0.9 micromoles per kilogram per year.`;
    expect(shortenStem(stem)).toBe(`The team led by Dr Ingrid Halvorsen found that dissolved oxygen in a layer known as Circumpolar Deep Water has fallen by an average of ${BLANK} since 1993.`);
    const inside = `The Green Future Party and People's Reform, which between them hold ${BLANK}, argued that the council was taking on too much financial risk and that the number of affordable homes - 180, or 15% of the total - fell well short of the city's own target of 30%.`;
    expect(shortenStem(inside)).not.toMatch(/homes - 180\.$/);
  });

  // Round 27: ", once the researchers had taken into account age, sex, education, ..." lost its head, leaving a list.
  it('keeps a comma clause whose list goes on after it', () => {
    const stem = `Over the six-year follow-up, scores on a standard battery of memory and thinking tests fell ${BLANK} more slowly among regular hearing aid users than among non-users, once the researchers had taken into account age, sex, education, smoking, diabetes, high blood pressure and depression.`;
    expect(shortenStem(stem)).not.toMatch(/non-users sex/);
  });

  it('never cuts a quotation away from the "she said:" that introduces it', () => {
    const f = factsOf('In an interview with BBC Radio Cumbria in 2023 she said: "Every year we start from zero. We do not have a big endowment, and we do not charge people to stand on a pavement and watch their neighbours walk past."');
    const built = buildDateQuestions(f).filter((b) => 'key' in b);
    for (const b of built) expect(b.stem).not.toMatch(/said[:.]*$/);
  });

  it('names "Since then" after the one date of the sentence before', () => {
    const f = factsOf('The £4.7 million project began in 2021. Since then the Trust has planted 38 hectares of reedbed.');
    expect(openStem(f.sentences[1]!)).toBe('Since 2021 the Trust has planted 38 hectares of reedbed.');
    const two = factsOf('The project began in 2021 and ended in 2023. Since then the Trust has planted 38 hectares of reedbed.');
    expect(two.sentences[1]!.resolved).toBeUndefined();
  });

  it('cuts a long quotation at a clause boundary, marked as cut', () => {
    const q = trimQuote('Now that we can reactivate and change the contents of memories in the brain, we can begin asking questions that were once the realm of philosophy and of nothing else at all');
    expect(q).toBe('Now that we can reactivate and change the contents of memories in the brain …');
  });
});

describe('compound terms', () => {
  it('asks which kind of attack does what, against the article’s other kinds, never its umbrella term', () => {
    const f = factsOf(
      [
        'A side-channel attack works differently. A side-channel attack looks for clues. Side-channel attacks are old.',
        'A timing attack looks for small differences in how long operations take.',
        'A power attack studies electricity use.',
        'Electromagnetic attacks examine unintended signals.',
        'The examples that made the news around the world last decade were processor attacks.',
      ].join(' '),
    );
    const all = buildTermQuestions(f);
    const built = all.filter((b) => 'key' in b);
    const processor = built.find((b) => 'key' in b && b.key === 'processor attacks');
    expect(processor && 'distractors' in processor ? [...processor.distractors].sort() : []).toEqual(['electromagnetic attacks', 'power attacks', 'timing attacks']);
    expect(built.every((b) => 'key' in b && !/side/.test(b.key))).toBe(true);
    // "A timing attack looks for small differences in how long operations take.": a short definition restates its
    // term ("how long" is "timing"), so it is not asked.
    expect(all.find((b) => b.stem.startsWith('_____ looks for'))).toMatchObject({ reason: 'a definition names its own term' });
  });
});

describe('a year anyone knows', () => {
  it('is not asked of a famous person (“Mandela ... in 1994”), while the article’s other years are', () => {
    const f = extractFacts(annotateText(cleanText('Nelson Mandela led the ANC to victory in the first multiracial election in 1994. When the ANC was banned in 1960, Nelson Mandela went underground.')));
    const built = buildDateQuestions(f);
    expect(built.find((b) => b.stem.includes('multiracial'))).toMatchObject({ reason: expect.stringMatching(/general knowledge/) });
    expect(built.some((b) => 'key' in b && b.key === '1960')).toBe(true);
  });
});

describe('descriptions and units read whole', () => {
  it('drops a closing relative clause from a description ("... who is part of the team")', () => {
    expect(trimDescription('a palaeoclimatologist at the University of Tasmania in Hobart who is part of the team')).toBe('a palaeoclimatologist at the University of Tasmania in Hobart');
  });

  it('never blanks a figure whose unit goes on after it ("42.6 km/h")', () => {
    const f = extractFacts(annotateText(cleanText('Race organisers said the average speed for the day was 42.6 km/h despite rain during the final hour of racing.')));
    expect(buildQuantityQuestions(f).every((b) => !('key' in b))).toBe(true);
  });
});

// Rater round 9: "In what year was turnout 38.6 per cent, up from 31.2 per cent at the previous election?" keyed 2020,
// the earlier election's year (a wrong key).
describe('a date question asks when the verb happened', () => {
  it('keeps the fill-in when the date belongs to a noun on the way', () => {
    const f = extractFacts(annotateText(cleanText('Voters went to the polls across the city. Turnout was 38.6 per cent, up from 31.2 per cent at the previous mayoral election in 2020, out of an electorate of roughly 96,000. MINUSMA was launched in 2013 after rebels took over northern Mali.')));
    const built = buildDateQuestions(f).filter((b) => 'key' in b);
    expect(built.find((b) => b.key === '2020')?.stem).toMatch(/previous mayoral election in _____/);
    expect(built.find((b) => b.key === '2013')?.stem).toBe('In what year was MINUSMA launched after rebels took over northern Mali?');
  });

  // Round 63: "In what year did Steam- power machinery was installed ...?": the participle of a compound read as the verb.
  it('reads a hyphenated participle as part of the subject', () => {
    const f = factsOf('The ropewalk grew quickly under the Halden family. Steam-powered machinery was installed in 1858 at the western end of the walk.');
    const built = buildDateQuestions(f).filter((b) => 'key' in b);
    expect(built.find((b) => b.key === '1858')?.stem).toBe('In what year was steam-powered machinery installed at the western end of the walk?');
  });
});

// Rater round 10: openings that point at a sentence left out, and appeals for information, are no stems.
describe('sentences that cannot carry a question', () => {
  it.each([
    ['One is a six-metre bronze statue of the city founder near the main gate.', 'starts with a word pointing outside the sentence'],
    ['Since then the population has grown by 12 per cent to 1.9 million people.', 'starts with a word pointing outside the sentence'],
    // Round 32: "Those who wrote by hand" says whom it means.
    ['Those who wrote by hand scored an average of 61% on questions that required them to explain an idea.', undefined],
    ['Anyone with information is asked to call Kent Police on 101, quoting reference 46/1123/24.', 'a contact appeal'],
    // Round 13: a quantifier standing for people named before, and a list of people with no verb of its own.
    ['All had episodic migraine, defined in the study as between four and 14 migraine days a month.', 'starts with a word pointing outside the sentence'],
    ['João Ferreira, 64, a retired telecommunications engineer from Setúbal, and Eva Lindqvist, 47.', 'no verb'],
    ['With a main span of 1,186 metres, it is the second-longest suspension bridge span in Norway.', 'subject is a pronoun pointing outside the sentence'],
    ['About 130 of them are thought to represent undescribed species, Dr Ana Ibarra said on Monday.', 'starts with a word pointing outside the sentence'],
    ['Twenty minutes later she was lying flat on the clay, having beaten the Czech fifth seed in three sets.', 'subject is a pronoun pointing outside the sentence'],
    ['Fanned by temperatures above 41 degrees Celsius and humidity of less than 15%, it spread north-east across the gorge within hours.', 'subject is a pronoun pointing outside the sentence'],
    // Round 17: a nationality standing for a runner the sentence before names, and "did it".
    ['The Kenyan covered the next 5km in 14:42 and opened a gap of 40 seconds by 40km.', 'starts with a word pointing outside the sentence'],
    ['Tesfaye Alemu did it on a morning when gusts of up to 35 km/h swept across the Cardiff Bay Barrage.', 'subject is a pronoun pointing outside the sentence'],
    // Round 35: an opening time clause or phrase with no comma, then "it"; "that" and "their" after an opening.
    ['By the time Eilidh arrived it had fallen to about 130, and by 2001 to 41.', 'subject is a pronoun pointing outside the sentence'],
    ["In clinical trials it slowed cognitive decline by about 27 per cent over 18 months.", 'subject is a pronoun pointing outside the sentence'],
    ['In 1937 the MacRath estate announced that it would sell the island to the board.', undefined],
    ['At the offered price, that would cost the health service about €130 million a year.', 'subject is a pronoun pointing outside the sentence'],
    ['At their peak in the late 1930s, annual attendance exceeded 310,000 visitors.', 'subject is a pronoun pointing outside the sentence'],
    ['By the time Eilidh arrived the island had about 130 people, and by 2001 only 41.', undefined],
    // Round 70: a share of the people an earlier sentence surveyed.
    ['Thirty-eight per cent said they had attended at least one medical appointment without an interpreter.', 'starts with a word pointing outside the sentence'],
    ['About 40% of the residents surveyed said they had attended a medical appointment alone.', undefined],
    ['In a typical year it moves around 8.1 million litres of fuel to the two communities.', 'subject is a pronoun pointing outside the sentence'],
    ['1.52 m Alfonso X Telescope (1976): a Ritchey–Chrétien reflector named after the Castilian king Alfonso X.', 'the opening of a list item'],
  ])('%s', (text, reason) => {
    expect(checkSentence(annotateText(cleanText(text)).sentences[0]!)).toBe(reason);
  });
});

describe('a count the sentence adds up', () => {
  it('is not asked ("_____ in total, three to Halstead and two to Carnforth")', () => {
    const f = factsOf('Referee Rebecca Whitlow issued five yellow cards in total, three to Halstead players and two to Carnforth.');
    const five = buildQuantityQuestions(f).find((b) => b.stem.includes('Whitlow'));
    expect(five && 'reason' in five ? five.reason : undefined).toBe('the sentence adds up to the key');
  });

  // Round 31: £18,850 less £4,850 and £2,000 is the fine.
  it('is not asked when the total less the other parts gives it', () => {
    const f = factsOf('District Judge Rachel Oyelaran fined Mr Keble £12,000 and ordered him to pay £4,850 in prosecution costs and a £2,000 victim surcharge - a total of £18,850.');
    const fine = buildQuantityQuestions(f).find((b) => ('key' in b && b.key === '£12,000') || ('reason' in b && b.stem.includes('£12,000')));
    expect(fine && 'reason' in fine ? fine.reason : undefined).toBe('the sentence adds up to the key');
  });

  // Round 30: 2.9 + 1.9 + 1.4 is 6.2 (6.199999... in floating point).
  it('is not asked when decimal parts add up to it', () => {
    const f = factsOf("The river's average annual flow of 6.2 cubic kilometres will be divided as follows: 2.9 cubic kilometres for Uzbekistan, 1.9 for Kazakhstan and 1.4 for Kyrgyzstan.");
    const whole = buildQuantityQuestions(f).find((b) => b.stem.includes('average annual flow of _____') || ('reason' in b && b.reason === 'the sentence adds up to the key'));
    expect(whole && 'reason' in whole ? whole.reason : undefined).toBe('the sentence adds up to the key');
  });

  // Round 69: "The _____ commit to keeping the river's flow ..." keyed "four countries", a group named before.
  it('is not asked as the subject "the _____", while "Five of the _____ run by the council" is', () => {
    const f = factsOf('Under the treaty, the four countries commit to keeping the river above 1,900 cubic metres per second. Five of the eleven public toilets run by Wolds Vale District Council will close.');
    const stems = buildQuantityQuestions(f).map((b) => ('key' in b ? b.stem : `rejected: ${b.reason}`));
    expect(stems).toContain('rejected: a count after "the" is a group an earlier sentence named');
    expect(stems.some((s) => s.startsWith('Five of the _____ run by'))).toBe(true);
  });

  // Round 69: "Of the $45 million research fund, _____ has been pledged by ... and $27 million by ...": 45 - 27.
  it('is not asked when a sentence opening on its whole names the other part', () => {
    const f = factsOf('Of the $45 million research fund, $18 million has been pledged by the seven signatory governments and $27 million by two philanthropic donors, the Aotea Ocean Foundation and the Lindgren Trust.');
    const asked = buildQuantityQuestions(f).filter((b) => 'key' in b).map((b) => b.stem);
    expect(asked.filter((stem) => stem.startsWith('Of the $45 million research fund, _____'))).toEqual([]);
  });

  // Round 70: "Eleven of the _____ voted in favour, two abstained and Ambaru itself was barred": 11 + 2 + 1.
  it('is not asked when its parts and the one the sentence names add up to it', () => {
    const f = factsOf('Eleven of the 14 member states voted in favour, two abstained and Ambaru itself was barred from voting.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b && b.key === '14 member states')).toEqual([]);
  });

  // Round 70: "an increase of roughly half" over $2.05 gives $3.10.
  it('is not asked when a fractional change works it out', () => {
    const f = factsOf('The new nets are more expensive, at about $3.10 each against $2.05 for a standard net, an increase of roughly half.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b && /3\.10/.test(b.key))).toEqual([]);
  });

  // Round 70: "The longest season on record was _____" keyed the largest option, and "between six and _____" against
  // "three weeks".
  it('is not asked when the stem rules options out', () => {
    const f = factsOf('The road opened for 38 days in 2019 and 54 days in 2021. The longest season on record was 71 days, in 1982. The road is usually open for between six and ten weeks each winter.');
    const asked = buildQuantityQuestions(f).filter((b) => 'key' in b) as { key: string; distractors: string[] }[];
    for (const q of asked.filter((b) => b.key === '71 days')) expect(q.distractors.some((d) => Number.parseInt(d, 10) > 71)).toBe(true);
    for (const q of asked.filter((b) => b.key === 'ten weeks')) expect(q.distractors.filter((d) => /^(?:one|two|three|four|five|six|[1-6]) weeks/.test(d))).toEqual([]);
  });

  // Round 72: "a rate of 7.1 cases per _____" keyed "100 resident-years".
  // Round 77: "31 reptiles, including _____, five skinks and five geckos" keyed 21.
  it('is not asked when a whole and its other parts give it', () => {
    const f = factsOf('Inside were 31 reptiles, including 21 shingleback lizards, five western blue-tongued skinks and five spiny-tailed geckos, each bound in a cotton sock.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b && /^21 /.test(b.key))).toEqual([]);
    // (Not a key that is no part: "44 goals from 47 attempts, including three super shots".)
    const g = factsOf('Goal shooter Amara Okafor was the difference once again, scoring 44 goals from 47 attempts, including three super shots in the final power play.');
    expect(buildQuantityQuestions(g).filter((b) => 'key' in b).map((b) => ('key' in b ? b.key : ''))).toContain('44 goals');
  });

  // Round 76: "the fourth of _____ children" against "two children".
  it('offers no count below the ordinal the stem gives', () => {
    const f = factsOf('Okello grew up in Gulu, the fourth of six children of a teacher and a mechanic, and left school at 15. His sister Grace has two children and his brother has three children.');
    for (const b of buildQuantityQuestions(f).filter((x) => 'key' in x && x.key === 'six children') as { distractors: string[] }[]) {
      expect(b.distractors.filter((d) => /^(?:one|two|three|[1-3]) /.test(d))).toEqual([]);
    }
  });

  // Round 76: "20 minutes to each of their four school days ... an extra _____ per week", and a share, the other and
  // their relative reduction.
  it('is not asked when a figure for each of a count, or a relative change, works it out', () => {
    const f = factsOf(
      'Half of the schools added a supervised outdoor break of 20 minutes to each of their four school days, giving pupils an extra 80 minutes outside per week. ' +
        'By the end of the trial, 11.8 per cent of children in the intervention schools had developed myopia, compared with 17.3 per cent in the comparison schools, a relative reduction of roughly 32 per cent.',
    );
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b && /^(?:80 minutes|four school days|11\.8 per cent|roughly 32 per cent)$/.test(b.key))).toEqual([]);
  });

  // The seed quiz: "not _____’s mercenaries" keyed Wagner among "Coordination of Movements in Azawad".
  // Round 77: "the Kitwe's Mulenga Street Market".
  it('puts no "the" before a name that opens on its owner', () => {
    const sentences = [{ text: 'Traders moved back into the market. The market reopened.' }];
    expect(withArticle("Kitwe's Mulenga Street Market", sentences, false)).toBe("Kitwe's Mulenga Street Market");
    expect(withArticle("Women's National Water Polo League", [{ text: "She was the Women's National Water Polo League's top scorer." }], false)).toBe("the Women's National Water Polo League");
  });

  it('spells a long body by its initials beside a one-word key', () => {
    const f = factsOf(readFileSync('content/mali-minusma-withdrawal.md', 'utf8'));
    const wagner = f.names.find((n) => n.text === 'Wagner')!;
    const options = pickNameDistractors(f, wagner, 'Wagner', f.sentences[wagner.sentence]!).options;
    expect(options).not.toContain('Coordination of Movements in Azawad');
  });

  it("is not asked when it is a rate's base", () => {
    const f = factsOf('Pneumonia occurred at a rate of 7.1 cases per 100 resident-years in the intervention homes, compared with 10.4 in the comparison homes.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b && /^100 /.test(b.key))).toEqual([]);
  });

  // Round 29: "must sign a section _____" keyed "106 agreement".
  it('is not asked when the number names a provision', () => {
    const f = factsOf('As a condition of approval, Calder & Vane must sign a section 106 agreement with the council.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b)).toEqual([]);
  });

  // Round 28: "Of the _____ examined in detail, 312 were identified as emmer wheat and 96 as naked barley."
  it('is not asked when a sentence opening on its whole names the two parts', () => {
    const f = factsOf('Of the 408 grains examined in detail, 312 were identified as emmer wheat and 96 as naked barley.');
    const whole = buildQuantityQuestions(f).find((b) => b.stem.startsWith('Of the'));
    expect(whole && 'reason' in whole ? whole.reason : undefined).toBe('the sentence adds up to the key');
  });

  // Round 57: "will cover _____: the city of Beira and the districts of Dondo, Buzi and Nhamatanda" counts its four.
  it('is not asked when the sentence names as many as it counts', () => {
    const f = factsOf('The campaign will cover four districts: the city of Beira and the surrounding districts of Dondo, Buzi and Nhamatanda.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b)).toEqual([]);
    const more = factsOf('The campaign will cover four districts: the city of Beira and its neighbours, where 2,000 people live.');
    expect(buildQuantityQuestions(more).some((b) => 'key' in b && b.key === 'four districts')).toBe(true);
  });

  // Round 14: "Among the _____ are nine crustaceans, six molluscs, ..." (and any one part, given the total and the rest).
  it('is not asked when a list of parts sums to it or to a total it is part of', () => {
    const f = factsOf('Among the 27 new species are nine crustaceans, six molluscs, five sponges, three echinoderms, two corals, one fish and one polychaete worm.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b)).toEqual([]);
  });

  // Round 14: "$1,768 over a year" / 52 = $34 a week; 2,433 of 3,412 members is a 71.3% turnout.
  it.each([
    ['For a full-time worker on 40 hours a week, the change is worth $34 a week before tax, or $1,768 over a year.', '$34'],
    ['Of the 3,412 members balloted, 2,433 returned a valid vote, a turnout of 71.3%.', '71.3%'],
    ['The allocation for primary schools would rise from £4,310 to £4,585, an increase of roughly 6.4%.', 'roughly 6.4%'],
    ['The operator will run 3,692 services a week, up from 3,480 services, an increase of 212 services.', '3,692 services'],
    // Round 27: 262,000 less "almost 29%" is about 187,000.
    ['Figures presented to cabinet showed the library recorded 187,000 visits in 2024-25, down from 262,000 in 2015-16 - a fall of almost 29%.', '187,000 visits'],
    // Round 52: a 12% fall to £5.1m started from about £5.8m.
    ['Pre-tax profit fell by 12% to £5.1m, compared with £5.8m a year earlier, the brewer said.', '£5.8m'],
    // Round 53: a change's two ends give its size.
    ['The officer said that the death toll had risen from 26 to 31 overnight after five more bodies were recovered.', 'five more bodies'],
  ])('is not asked when the other figures work it out: %s', (text, key) => {
    const built = buildQuantityQuestions(factsOf(text));
    expect(built.some((b) => 'reason' in b && /work out the key/.test(b.reason))).toBe(true);
    expect(built.some((b) => 'key' in b && b.key === key)).toBe(false);
  });

  it('is not asked when the sentence says the figures are alike ("similar rates (4.1% versus _____)")', () => {
    const f = factsOf('Serious adverse events occurred at similar rates in both groups (4.1% versus 4.0%) during the trial.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b)).toEqual([]);
  });

  it('is not asked as the minutes of "1 hour 14 minutes"', () => {
    const f = factsOf('The fastest trains will take 1 hour 2 minutes, compared with 1 hour 14 minutes today on the same route.');
    expect(buildQuantityQuestions(f).some((b) => 'key' in b && /^14 minutes/.test(b.key))).toBe(false);
  });

  it('is asked when no parts are given', () => {
    const f = factsOf('Referee Rebecca Whitlow issued five yellow cards in total during the final at Wembley Stadium.');
    expect(buildQuantityQuestions(f).some((b) => 'key' in b && b.key === 'five yellow cards')).toBe(true);
  });
});

describe('a date question on a bare abstract subject', () => {
  it('is not asked as "On what date did construction begin?"', () => {
    const f = factsOf('The bridge contract was signed in 2008. Construction began on 14 August 2009 and took four years.');
    const stems = buildDateQuestions(f).map((b) => b.stem);
    expect(stems.some((s) => /did (?:C|c)onstruction begin\?/.test(s))).toBe(false);
    const canal = factsOf('The Act received royal assent in 1789. Work began at Stourmouth in March 1790 under the engineer John Pinkerton.');
    expect(buildDateQuestions(canal).map((b) => b.stem).some((s) => /did work begin/i.test(s))).toBe(false);
  });
});

describe('a date the sentence works out', () => {
  it('is not asked ("a 36-day expedition between 4 February and 11 March 2024")', () => {
    const f = factsOf('The species were collected during a 36-day expedition to the Kermadec Trench between 4 February and 11 March 2024 aboard the research vessel Falkor.');
    expect(buildDateQuestions(f).filter((b) => 'key' in b)).toEqual([]);
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b)).toEqual([]);
  });

  // Round 53: "in December 2016 and qualified in March 2019 after _____ of training" is 27 months.
  it('is not asked in months between two months of a year', () => {
    const f = factsOf('Tarn arrived as a ten-week-old puppy in December 2016 and qualified in March 2019 after 26 months of training.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b && /months/.test(b.key))).toEqual([]);
  });
});

describe('a year that is part of a name', () => {
  it('is not asked ("the Proceeds of Crime Act 2002")', () => {
    const f = factsOf('Proceedings under the Proceeds of Crime Act 2002 to recover the money will begin at a hearing in Birmingham in June 2025.');
    const keys = buildDateQuestions(f).filter((b) => 'key' in b).map((b) => 'key' in b && b.key);
    expect(keys).not.toContain('2002');
  });

  // Session 7: the year of a programme's quoted name was asked ("dubbed “Zrínyi _____” in 2017").
  it('is not asked inside a quoted name ("dubbed “Zrínyi 2026”")', () => {
    const f = factsOf('Hungary launched a military development program dubbed "Zrínyi 2026" in 2017 to address structural and financial challenges.');
    const keys = buildDateQuestions(f).filter((b) => 'key' in b).map((b) => 'key' in b && b.key);
    expect(keys).not.toContain('2026');
  });
});

describe('a key that carries its own article', () => {
  it('is not asked ("funded by The Nippon Foundation": only it fits "by _____")', () => {
    const f = factsOf('The expedition was funded by The Nippon Foundation and the Natural History Museum in London, which sent 12 scientists.');
    const built = buildEntityQuestions(f).find((b) => b.stem.includes('Nippon'));
    expect(built && 'reason' in built ? built.reason : 'served').toBe('the key carries its own article');
  });
});

// Round 65: "Who was sentenced to five years and four months in prison and Mowbray to four years?"
describe('a second subject whose verb is left out', () => {
  it('keeps the fill-in rather than a who-question', () => {
    const f = factsOf('Judge Helen Carr jailed Gary Pilkington and Lee Mowbray on Friday. Pilkington was sentenced to five years and four months in prison and Mowbray to four years. Pilkington and Mowbray stole lead from 14 churches, police said. Churchwardens Sarah Dunn and Paul Reeve said the thefts had cost the parishes dearly. Parish treasurer Tom Ellis said insurance would not cover the repairs.');
    const stems = buildEntityQuestions(f).filter((b) => 'key' in b).map((b) => b.stem);
    expect(stems.some((s) => /^Who was sentenced/.test(s))).toBe(false);
    expect(stems).toContain('_____ was sentenced to five years and four months in prison and Mowbray to four years.');
  });
});

// Round 67: a profile of a falconer gave no quiz: "Lathwell Bird Control, a small firm based on a former dairy farm"
// was no body, so neither "It employs five people" nor "The company holds 11 contracts" could be asked.
describe('a firm the article describes where it names it once', () => {
  const f = factsOf('Pip Lathwell flies hawks at the station. Lathwell, 41, runs Lathwell Bird Control, a small firm based on a former dairy farm outside Coldwell Bridge. It employs five people and keeps 14 hawks. The company holds 11 contracts, including the station and the infirmary.');
  it('is a body, the "It" after it, and "the company" of the story', () => {
    expect(f.names.find((n) => n.text === 'Lathwell Bird Control')?.type).toBe('organisation');
    expect(f.sentences.find((s) => s.text.startsWith('It employs'))?.resolved?.text).toBe('Lathwell Bird Control');
    expect(f.sentences.find((s) => s.text.startsWith('The company'))?.resolved?.text).toBe('Lathwell Bird Control');
  });
});

// Round 79: an encyclopedia page's "Built on a limestone spur at an altitude of about 1,420 metres, it is one of the
// best-preserved examples" pointed at nothing, after "Agadir Ouzrou (Tashelhit: ...) is a fortified collective granary".
describe('an "it" after a place or thing the sentence before opens on', () => {
  const f = factsOf(
    'Agadir Ouzrou (Tashelhit: "granary of the rock") is a fortified collective granary in the mountains of Morocco. Built on a limestone spur at an altitude of about 1,420 metres, it is one of the best-preserved granaries in the region. Shares fell by 4% on Monday. It was the worst day for the firm since 2019. The council met on Tuesday. It is unclear whether the plan will go ahead.',
  );
  const resolvedOf = (start: string) => f.sentences.find((s) => s.text.startsWith(start))!.resolved?.text;
  it('is that place or thing, after a fronted phrase with a figure in it', () => {
    expect(resolvedOf('Built on')).toBe('Agadir Ouzrou');
  });
  it('is nothing after a plural or a verb that says no number, nor where "it" points forward', () => {
    expect(resolvedOf('It was the worst')).toBeUndefined();
    expect(resolvedOf('It is unclear')).toBeUndefined();
  });
});

// Round 69: a mobile tower story. "Southcell's regional manager ..., _____, said the tower." (a relative clause cut as a
// trailing one), "Cr Tembo" as a name among full names, and "It cost $1.2 million" after "The 40-metre tower, built by
// ..., provides" left pointing outside.
describe('round 69', () => {
  it('never cuts a relative clause that its main clause goes on after', () => {
    const stem = `Southcell's regional manager for western Victoria, ${BLANK}, said the tower, which took 14 weeks to build, had a battery backup designed to keep it running for eight hours during a power outage, and a diesel generator could be connected within a day.`;
    expect(shortenStem(stem)).not.toMatch(/said the tower\.$/);
    expect(shortenStem(stem)).toMatch(/had a battery backup/);
  });
  it('reads "Cr" as a councillor\'s title, not a name', () => {
    const f = factsOf('Mayor Rosalind Tembo opened the tower. "Tarrang shows what a small community can do," Cr Tembo said.');
    expect(f.quotes.map((q) => q.speaker.text)).toEqual(['Tembo']);
  });
  it('keeps a plural noun that opens the sentence out of the name its "of" leads to', () => {
    const f = factsOf('Shares of Vayuratha Motors, the Pune-based maker of electric scooters, closed 18.8% above their offer price. Early backers sold shares worth ₹610 crore.');
    expect(f.names.map((n) => n.text)).toContain('Vayuratha Motors');
    expect(f.names.map((n) => n.text)).not.toContain('Shares of Vayuratha Motors');
  });
  // A review of round 69's rules: "Green said" beside "green beans", a lone suffix word, an order's own name.
  it('keeps a person capitalised as a common word, and types a lone suffix word and an order rightly', () => {
    const f = factsOf('Emma Green, 44, will take over in September. Green said she was honoured. Contractors will replace the steel deck. Sisters of Mercy Hospital opened in 1890. Her sisters live nearby, growing green beans.');
    const typeOf = (text: string) => f.names.find((n) => n.text === text)?.type;
    expect(typeOf('Green')).toBe('person');
    expect(typeOf('Contractors')).not.toBe('organisation');
    expect(f.names.map((n) => n.text)).not.toContain('Mercy Hospital');
    // Round 78: one opening a quotation's second sentence.
    const quoted = factsOf('"Millet was a poor man\'s crop and nobody wanted to buy it. Traders would give us whatever they liked," said Kotur, 61.');
    expect(quoted.names.find((n) => n.text === 'Traders')?.type).not.toBe('organisation');
  });
  it("types a part of a town that a person's description names as no person", () => {
    const f = factsOf('Paul Ekambi, a 34-year-old phone repairer in the city\'s Grand Marché, said he feared prices would rise.');
    expect(f.names.find((n) => n.text === 'Grand Marché')?.type).not.toBe('person');
  });
  it('types a port town, a firm of brokers, a plural noun opening its sentence and a language as no person or place', () => {
    const f = factsOf(
      'Anand Shah, a director at Kilindini Tea Brokers, said demand was weak. Brokers say freight to Europe remains high, with brokers expecting a similar volume. ' +
        'Diplomats in Port Halavi said the seven signatories would meet. In 2014 Kernwerk added a companion, extending support to Hindi, Marathi and Nepali.',
    );
    const typeOf = (text: string) => f.names.find((n) => n.text === text)?.type;
    expect(typeOf('Kilindini Tea Brokers')).toBe('organisation');
    expect(typeOf('Brokers')).not.toBe('person');
    expect(typeOf('Port Halavi')).toBe('place');
    expect(typeOf('Hindi')).not.toBe('place');
  });
  it('names "She" after a sentence whose only rival is a man\'s role', () => {
    const f = factsOf('Adaeze Nwosu, 38, operates a tower crane in Houston. Nwosu grew up in Enugu, the third of five children of a schoolteacher mother and an engineer father. She studied geography at the University of Nigeria.');
    expect(f.sentences[2]!.resolved?.text).toBe('Adaeze Nwosu');
  });
  // Round 70: a profile whose subject's brother opens one sentence with "He", and "Over 21 years she has ...".
  it("takes a profile's gender from every he and she outside quotations", () => {
    const f = factsOf(
      'Thilini Jayawardena, 46, is an interpreter in Glasgow. Jayawardena checks her diary. "That is the third this week," she says. Over 21 years she has interpreted in theatres. ' +
        'Her brother, Ruwan, was born Deaf. "He was three," she says. He adds that Deaf people need interpreters, and she agrees. Jayawardena nods, and she smiles. In 2016 she founded the Clyde Interpreting Collective.',
    );
    const resolvedOf = (start: string) => f.sentences.find((s) => s.text.startsWith(start))!.resolved?.text;
    expect(resolvedOf('Over 21 years')).toBe('Thilini Jayawardena');
    expect(resolvedOf('In 2016')).toBe('Thilini Jayawardena');
  });
  it('names "It" after a subject with a measure and a participle\'s aside', () => {
    const f = factsOf('The 40-metre tower, built by regional carrier Southcell, provides 4G coverage to 340 households. It cost $1.2 million, most of it from the federal government.');
    expect(f.sentences[1]!.resolved?.text).toBe('The 40-metre tower');
  });
});

// Round 71: "Fergal Coady, an area operations manager with the National Ambulance Service" was read as a football
// manager, whom only other managers may stand beside, so no who-question of the article found rivals.
describe('round 71', () => {
  it('keeps "Côte d\'Ivoire" whole, and reads "Madam" as a title', () => {
    const f = factsOf('Golden Nut buys most of its raw nuts from Côte d\'Ivoire and other West African producers. "We are not against people enjoying themselves," Madam Tan said.');
    expect(f.names.map((n) => n.text)).toContain("Côte d'Ivoire");
    expect(f.quotes.map((q) => q.speaker.text)).toEqual(['Tan']);
  });
  it('never cuts an aside whose next words describe its last name, nor leaves a described quotation cut', () => {
    const firm = `In May this year, the Attorney General's Office said it had found evidence that TPS paid ${BLANK} in "consulting fees" between 2022 and 2024 to Asesorías Miraflor, a small firm whose majority shareholder is Gonzalo Arrieta, the brother of Berrondo's wife.`;
    expect(shortenStem(firm)).not.toMatch(/Miraflor the brother/);
    const f = factsOf('Witnesses across an area of roughly 600 square kilometres reported a bright fireball travelling from the south-west, followed by what the farmer Hendrik Smit later described in a letter to the Cape Argus Weekly as "three reports like cannon, and then a long rattling as of a waggon upon stones".');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b && / as\.$/.test(b.stem))).toEqual([]);
  });
  it("takes an office's manager for no football manager", () => {
    const f = factsOf(
      'Declan Mulherin, the group\'s chairman, said the network was complete. Siobhán Ní Bhriain, a practice nurse, said the training had paid off. Tomás Geraghty, 64, collapsed at the pitch in 2023. ' +
        'Fergal Coady, an area operations manager with the National Ambulance Service, said the nearest ambulance base is 38 kilometres away.',
    );
    const coady = f.names.find((n) => n.text === 'Fergal Coady')!;
    expect(pickNameDistractors(f, coady, coady.text, f.sentences[coady.sentence]!).options).toContain('Tomás Geraghty');
  });
});

// Round 72: Floravida's "the company" was named "the Amazon" (the river, a firm in the gazetteer), and ShiftNest's
// "the company" its investor; "R$310 million" lost its "R"; a magistrate the sentence names by role was an option.
describe('round 72', () => {
  it('reads a river as no firm, and a "São Paulo-based maker" as a body', () => {
    const f = factsOf('Floravida Cosméticos, the São Paulo-based maker of skincare products, reported a fall in profit as a drought in the Amazon basin drove up prices. Record low water levels on the Amazon and its tributaries made shipping harder.');
    const typeOf = (text: string) => f.names.find((n) => n.text === text)?.type;
    expect(typeOf('Amazon')).toBe('place');
    expect(typeOf('Floravida Cosméticos')).toBe('organisation');
  });
  it('names no story company when a name of no known kind is mentioned as often', () => {
    const f = factsOf(
      'ShiftNest, which was founded in 2020, announced a funding round. It was led by Northstone Ventures, a Newcastle-based venture capital firm. ShiftNest makes rota software. ' +
        'Raj Bhandari, a partner at Northstone Ventures, praised the founder. ShiftNest has 40 staff. Ms Okafor said the company had spoken to 31 potential investors.',
    );
    expect(findStoryCompany(f.names, 5)).toBeUndefined();
  });
  it('keeps the letters of a real', () => {
    expect(factsOf('Net profit fell 18% to R$310 million in the quarter.').quantities.map((q) => q.text)).toContain('R$310 million');
  });
  it('never offers the person a sentence calls by role', () => {
    const f = factsOf(
      'Magistrate Joyce Wanjiru fined Peter Mwadime Sh2.5 million. Prosecutor Daniel Kiptoo said the offence was grave. Mercy Achieng, the victim\'s sister, called the fine too light. ' +
        'The magistrate ordered that Peter Mwadime be barred from holding a licence for five years.',
    );
    const key = f.names.filter((n) => n.text === 'Peter Mwadime').pop()!;
    expect(pickNameDistractors(f, key, key.text, f.sentences[key.sentence]!).options).not.toContain('Joyce Wanjiru');
  });
});

// Round 73: a main clause cut as an aside, a "by" date, a chamber's seats and a poll's shares that give the key.
describe('round 73', () => {
  it('never cuts a clause with a modal verb as an aside', () => {
    const stem = `Under Norvenia's constitution, a prime minister who loses such a vote must offer the government's resignation to the president, who may either invite another party leader to form a government or dissolve parliament and call an early election within ${BLANK}.`;
    expect(shortenStem(stem)).not.toMatch(/constitution who may/);
  });
  // Round 74: "the widow of Thakur Jaswant Singh" among men.
  it('asks no one a female role names among men', () => {
    const f = factsOf(
      'The stepwell was restored in 1911 by Rani Kesar Kanwar, the widow of Thakur Jaswant Singh. Arthur Crewe, a British surveyor, measured it in 1911. Suresh Choudhary, the site\'s guide, said visitors came from Jaipur. ' +
        'Priya Mehta, an architect from Udaipur, said the well was unique. The festival moved to Jodhpur in 2019, and later to Ajmer and Bikaner.',
    );
    const widow = buildEntityQuestions(f).find((b) => /the widow of/.test(b.stem));
    expect(widow && 'reason' in widow ? widow.reason : undefined).toBe('gendered role noun in the stem');
  });
  it("offers beside a town of a known country no town the gazetteer places nowhere", () => {
    const f = factsOf('Exports went to Shanghai, Beijing and Guangzhou. Packers in Curicó worked overnight. Most of the fruit was flown to Guangzhou, where prices were highest.');
    const key = f.names.filter((n) => n.text === 'Guangzhou').pop()!;
    expect(pickNameDistractors(f, key, key.text, f.sentences[key.sentence]!).options).not.toContain('Curicó');
  });
  // Round 75: "fell from 64% ... to _____ ..., a drop of 11 percentage points", "Born in Kumasi ..., she", "the
  // institution", "Auditor-General Mireille Dufresne" as a name.
  it('asks no share its change in points works out, and names no one from a birthplace', () => {
    const f = factsOf('The proportion of females with a calf fell from 64% after ordinary winters to 53% after icy ones, a drop of 11 percentage points.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b)).toEqual([]);
    expect(explainDanglingStem('Born in Kumasi in 1979, she moved to _____ at the age of nine.')).toMatch(/"she" points at nothing/);
    expect(explainDanglingStem('Maria Duarte said the institution had taken note of _____ concerns.')).toMatch(/the institution/);
    expect(factsOf('Auditor-General Mireille Dufresne said 214 files were missing.').names.map((n) => n.text)).toContain('Mireille Dufresne');
    expect(factsOf('Defence counsel Advocate Imtiaz Jatoi said his client was innocent.').names.map((n) => n.text)).toContain('Imtiaz Jatoi');
  });
  // Round 78: "Half used ...", "The rest used ...": a share of the collectors the sentence before counted.
  it('reads a share as the subject as pointing back, not a share of a named whole', () => {
    expect(explainDanglingStem('Half used the standard single-layer Raschel mesh, a polyethylene shade cloth used since the _____.')).toMatch(/"Half" is a share/);
    expect(explainDanglingStem('The rest used a double-layer mesh of finer fibres, spaced _____ apart.')).toMatch(/"The rest" is a share/);
    expect(explainDanglingStem('Half of the 40 collectors used a mesh spaced _____ apart.')).toBeUndefined();
    expect(explainDanglingStem('Half Moon Bay was struck by _____ storms last winter.')).toBeUndefined();
  });
  it('asks no "by" date of a past perfect, nor a part that the seats or shares leave', () => {
    const f = factsOf('By 2012 corrosion of the Palm House\'s ironwork had forced the closure of its central dome. The Landsting, Norvenia\'s 151-seat parliament, approved the extension by 81 votes to 66, with four members absent. A survey put the Yes side on 49% and the No side on 47%, with 4% undecided.');
    expect(buildDateQuestions(f).filter((b) => 'key' in b && b.key === '2012')).toEqual([]);
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b && /^(?:81 votes|47%)$/.test(b.key))).toEqual([]);
  });
});

// A second review, of rounds 71-75's rules: where they fired beyond their purpose.
describe('a review of rounds 71-75', () => {
  it('types a person a maker or a producer describes as no body, and a utility before "catchment" as no place', () => {
    const f = factsOf('Kwabena Asante, a cocoa producer near Kumasi, said prices had doubled. Homes across the Southern Water Services catchment lost supply. Southern Water Services said it was sorry.');
    expect(f.names.find((n) => n.text === 'Kwabena Asante')?.type).not.toBe('organisation');
    expect(f.names.filter((n) => n.text === 'Southern Water Services').map((n) => n.type)).not.toContain('place');
  });
  it('names no story company when its rival of no known kind is named twice', () => {
    const f = factsOf('ShiftNest, which was founded in 2020, raised £5m in a round led by Northstone Ventures, a Newcastle-based venture capital firm. ShiftNest makes rota software. Northstone Ventures has backed 30 firms. The company said it would hire 30 engineers.');
    expect(findStoryCompany(f.names, 3)).toBeUndefined();
  });
  it('leaves no currency letter or honorific as a name', () => {
    const f = factsOf('Net profit fell to R$310 million. Datuk Seri Anwar Ibrahim said the deal was fair.');
    expect(f.names.map((n) => n.text)).not.toContain('R');
    expect(f.names.map((n) => n.text)).not.toContain('Seri Anwar Ibrahim');
  });
  it('names no one from a birthplace with a comma, and keeps a deadline and a count a hyphen does not total', () => {
    expect(explainDanglingStem('Born in Accra, Ghana, she studied law at _____.')).toMatch(/"she" points at nothing/);
    const f = factsOf('The council, which had pledged last year to cut emissions, now aims to reach net zero by 2040, its leader said. A 5-member panel heard 12 appeals over 7 days.');
    expect(buildDateQuestions(f).filter((b) => 'reason' in b && /a "by" date/.test(b.reason))).toEqual([]);
    expect(buildQuantityQuestions(f).filter((b) => 'reason' in b && b.reason === 'the sentence adds up to the key' && b.stem.includes('12 appeals'))).toEqual([]);
  });
  it('still asks no chamber its seats make up, nor a "had ... by _____" date', () => {
    const f = factsOf('The draft passed by 104 votes to 91 in the 200-seat Chamber of Deputies, with five members absent. Eurasian otters, which had disappeared from the river by 1970, returned in the early 2000s.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b && b.key === '200-seat')).toEqual([]);
    expect(buildDateQuestions(f).filter((b) => 'key' in b && b.key === '1970')).toEqual([]);
  });
});

// A review of rounds 69-71's rules: a he or she is the profile's subject only when nobody else of that gender is in
// reach: a mother or a head named by role, a father of the same surname, "the man's wife".
describe('a he or she with someone else in reach', () => {
  const fixture = (name: string) => factsOf(readFileSync(`tests/fixtures/pronouns/${name}.txt`, 'utf8'));
  const resolvedOf = (f: Facts, start: string) => f.sentences.find((s) => s.text.startsWith(start))!.resolved;
  it('stays unresolved', () => {
    const head = fixture('headteacher-mother');
    expect(resolvedOf(head, 'In 1975 she')).toBeUndefined();
    expect(resolvedOf(head, 'At the time she')).toBeUndefined();
    expect(resolvedOf(fixture('miner-father'), 'In 1984 he')).toBeUndefined();
    expect(resolvedOf(fixture('inquest-wife'), 'She told the coroner')).toBeUndefined();
  });
  it('still names the subject where no one else is ("She plans ...")', () => {
    expect(resolvedOf(fixture('headteacher-mother'), 'She plans')?.text).toBe('Sarah Jones');
  });
});

// Round 68: "ICAO, the United Nations agency ..." beside "United Nations", and "Sentencing, Judge Rachel Ingham told _____".
describe('round 68', () => {
  it('offers no body the article describes the key by', () => {
    const f = factsOf('The talks had technical support from the International Civil Aviation Organization (ICAO), the United Nations agency that sets global aviation standards. Officials of the WTO also sent observers. ICAO welcomed the agreement in a statement.');
    const icao = f.names.find((n) => n.text === 'ICAO' && n.sentence === 2)!;
    const { options } = pickNameDistractors(f, icao, 'ICAO', f.sentences[2]!);
    expect(options.some((o) => /^(?:UN|United Nations)$/.test(o))).toBe(false);
  });
  it('never asks whom a judge addressed in sentencing', () => {
    const problems = listProblems({ kind: 'person', stem: 'Sentencing, Judge Rachel Ingham told _____ that the driving test existed to protect the public.', key: 'Qureshi', distractors: ['Beddoes', 'Brereton', 'Oyelaran'], sentence: factsOf('x is y.').sentences[0]!, factKey: 'p', closeness: 1, weight: 1 }, {});
    expect(problems).toContain('the one a judge sentences is the defendant, by court convention');
  });
});

// Round 67: "Planners estimate it could carry _____", "the crowd of around 600 settling", "for the first time since
// 2024" in a story of 2024, and the reporter of "Report by Martin Coldrey" among the players.
describe('round 67', () => {
  it('refuses an "it" a plural subject reports, but not one its own subject is', () => {
    expect(explainDanglingStem('Planners estimate it could carry _____ a year by 2035.')).toMatch(/points at an earlier sentence/);
    expect(explainDanglingStem('The library said it would open for _____ across six days.')).toBeUndefined();
  });
  it('ends no unit on a participle', () => {
    expect(factsOf('With the crowd of around 600 settling along the bank, Ferrand needed three shots to finish.').quantities.map((q) => q.text)).not.toContain('around 600 settling');
  });
  it('reads "Report by X, bowls correspondent." as a byline', () => {
    expect(isFurniture('Report by Martin Coldrey, bowls correspondent. Published Monday 26 August 2024.')).toBe(true);
  });
  it('offers no year of the story or after it for "since _____"', () => {
    const f = factsOf('By Ann Lee | Tuesday 14 May 2024\n\nA post office counter has reopened in Lower Thrapley for the first time since 2021, the council said.');
    const key = f.dates.find((d) => d.year === 2021)!;
    expect(pickDateDistractors(f, key, f.sentences[key.sentence]!).options.every((o) => Number(o) < 2024)).toBe(true);
  });
});

// Round 66: "Judge _____ said" and "Detective Constable _____" against the defendant; "the 50-metre main pool".
describe('a judge, an officer and a pool', () => {
  const f = factsOf('Connor Halsey, 29, sold fake festival tickets to 1,342 buyers. Defending, Aisha Penrose said her client had debts. Passing sentence, Judge Miriam Okafor said the offending was aggravated by its scale. Speaking outside court, Detective Constable Liam Hartigan, who led the investigation, said the case showed the value of reporting. Laura Eustace, a student nurse, said she lost £240. Rupert Lasky said he had lost £380.\n\nA survey in March found fractures along the floor of the 50-metre main pool at the lido.');
  const built = [...buildEntityQuestions(f), ...buildQuantityQuestions(f)];
  it('asks after a judge or an officer only among judges or officers', () => {
    for (const key of ['Miriam Okafor', 'Liam Hartigan']) expect(built.filter((b) => 'key' in b && b.key === key)).toEqual([]);
  });
  it('never asks the length of a standard pool', () => {
    expect(built.find((b) => b.stem.includes('main pool'))).toMatchObject({ reason: 'size "50-metre" is general knowledge' });
  });
});

// Round 66: "_____, Hannah Cresswell and Priya Dhanjal won" against three men of the men's race.
describe('a key listed with its team-mates', () => {
  it('is not asked against rivals of another gender than all of them', () => {
    const f = factsOf('Wharfedale retained the title, with final-leg runner Isak Lindqvist overturning a deficit. The team of Ben Harrop, Joe Mallinder and Lindqvist completed the course in 2 hours 11 minutes. Tyne Valley had looked set to win when Marcus Fenby came through with a clear lead. "I saw his orange top through the trees," Lindqvist said.\n\nIn the women\'s race, Tyne Valley had better luck. Ellie Rowntree, Hannah Cresswell and Priya Dhanjal won in 2:02:15, almost four minutes ahead of Deeside Orienteering Club.');
    const rowntree = buildEntityQuestions(f).find((b) => b.stem.startsWith('Ellie Rowntree, _____'));
    expect(rowntree && 'reason' in rowntree ? rowntree.reason : 'served').toBe("the key's team-mates in the list give its gender away");
  });
});

// Round 64: "When _____ added a third two minutes into the second half" was served as a "who said" question.
describe('"added" before what was added', () => {
  it('is no speech', () => {
    const f = factsOf('Ruaridh Morrison scored early for Strathcorrie, and Ewan MacLeay and Lachlan Dunbar replied for Kilvarran before Angus Fraser equalised. When Morrison added a third two minutes into the second half, the Strathcorrie supporters behind the goal were already singing. Fraser added that the side had never given up.');
    const kinds = new Map(buildEntityQuestions(f).filter((b) => 'key' in b).map((b) => [(b as { key: string }).key, b.kind]));
    expect(kinds.get('Morrison')).toBe('person');
    expect(kinds.get('Fraser')).toBe('quote');
  });
});

// Round 63: "The _____'s foreign policy chief welcomed the exchange", keyed the European Union, among the League of
// Nations and the Red Cross.
describe('a stock title', () => {
  it('is not asked: it names its body for anyone who reads the news', () => {
    const f = factsOf('The European Union’s foreign policy chief welcomed the exchange in a post on social media. The African Union and the Red Cross also welcomed it.');
    const built = buildEntityQuestions(f).find((b) => b.stem.includes('foreign policy chief'));
    expect(built && 'reason' in built ? built.reason : 'served').toBe('general knowledge: a stock title names the body');
  });
});

describe('a decade beside the next', () => {
  it('is not asked ("in the 1960s and _____")', () => {
    const f = factsOf('Otters almost vanished from the river in the 1960s and 1970s, when pesticides poisoned the fish they ate.');
    expect(buildDateQuestions(f).filter((b) => 'key' in b)).toEqual([]);
  });
});

describe('half of a span', () => {
  it('is not asked as a place ("Dumfries and Galloway")', () => {
    const f = factsOf('Skerrow Head Lighthouse is an active lighthouse on the southern coast of Kirkcudbright in Dumfries and Galloway, Scotland. It was built in 1851.');
    const dumfries = buildEntityQuestions(f).find((b) => b.stem.includes('Dumfries'));
    expect(dumfries && 'reason' in dumfries ? dumfries.reason : undefined).toBe('the place is half of a longer name');
  });

  it('is not asked as a date ("the 2024-25 school year")', () => {
    const f = extractFacts(annotateText(cleanText('Class sizes will be capped at 30 pupils from the 2024-25 school year in every state primary school.')));
    expect(buildDateQuestions(f).some((b) => 'key' in b)).toBe(false);
  });

  it('is not asked as a date ("on 19 and 20 October")', () => {
    const f = factsOf('Storm Isolde brought 142mm of rain to the upper Gwenlli catchment in 36 hours on 19 and 20 October.');
    expect(buildDateQuestions(f).filter((b) => 'key' in b).map((b) => 'key' in b && b.key)).not.toContain('20 October');
    const budget = factsOf('The authority expects the scheme to break even by 2026/27, when passenger numbers recover fully.');
    expect(buildDateQuestions(budget).filter((b) => 'key' in b)).toEqual([]);
    const monitoring = factsOf('Monitoring in 2016 and 2017 revealed vertical oscillations of the deck at moderate wind speeds.');
    expect(buildDateQuestions(monitoring).filter((b) => 'key' in b).map((b) => 'key' in b && b.key)).not.toContain('2016');
    const comet = factsOf('The comet could become bright enough to see without a telescope in March and April 2026, astronomers said.');
    expect(buildDateQuestions(comet).filter((b) => 'key' in b).map((b) => 'key' in b && b.key)).not.toContain('April 2026');
  });
});

// Round 20 (set 15): what the raters found guessable or broken.
describe('keys a reader needs no article for', () => {
  const reasonsOf = (built: ReturnType<typeof buildQuantityQuestions>, key: string) =>
    built.filter((b) => ('key' in b ? b.key === key : b.stem.includes(key))).map((b) => ('reason' in b ? b.reason : 'served'));

  // Round 21: "Which country known there as the Lancang, is not a party to the treaty?"
  it('drops both asides after a subject before asking who or which', () => {
    const f = factsOf('China, where the river rises and which operates 11 large dams on its upper stretch, known there as the Lancang, is not a party to the treaty.');
    const china = f.names.find((n) => n.text === 'China')!;
    expect(writeSubjectQuestion(f.sentences[0]!, china, 'Which country')).toBe('Which country is not a party to the treaty?');
    const said = factsOf('Marleen Hoogeveen, director of the museum, welcomed the purchase, saying it showed what public funds can achieve.');
    const marleen = said.names.find((n) => n.text === 'Marleen Hoogeveen')!;
    expect(writeSubjectQuestion(said.sentences[0]!, marleen, 'Who')).toMatch(/^Who welcomed the purchase/);
  });

  // Round 33: "Which country were without their top-ranked player ...?"
  it('asks no "which" of a team named with a plural verb', () => {
    const f = factsOf('England were without their top-ranked player, Georgia Ainsworth, who withdrew with a wrist injury.');
    const england = f.names.find((n) => n.text === 'England')!;
    expect(writeSubjectQuestion(f.sentences[0]!, england, 'Which country')).toBeUndefined();
  });

  // Round 30: "Who scored eight points in the quarter and reserve guard Callum Neary hit back-to-back threes ...?"
  it('asks no "who" of a sentence whose second clause has a named subject of its own', () => {
    const f = factsOf('Vrbka scored eight points in the quarter and reserve guard Callum Neary hit back-to-back threes as the hosts pulled clear.');
    const vrbka = f.names.find((n) => n.text === 'Vrbka')!;
    expect(writeSubjectQuestion(f.sentences[0]!, vrbka, 'Who')).toBeUndefined();
  });

  it('does not cut a name before "upon Tyne"', () => {
    const f = factsOf('Brackenmouth is a coastal market town about 38 kilometres north of Newcastle upon Tyne, in Northumberland.');
    const built = buildEntityQuestions(f).filter((b) => 'key' in b && b.key === 'Newcastle');
    expect(built).toEqual([]);
  });

  it('does not ask a time counted from an event the stem leaves out ("Seven minutes later ...")', () => {
    const f = factsOf('Seven minutes later the home side were level when Okonkwo volleyed in from the edge of the box.');
    expect(buildQuantityQuestions(f).filter((b) => 'key' in b)).toEqual([]);
    const after = factsOf('The approval comes 14 months after a rival antibody treatment was cleared for use in Denmark.');
    expect(buildQuantityQuestions(after).some((b) => 'key' in b && b.key === '14 months')).toBe(true);
  });

  it('asks nothing from the fragment that opens a list item', () => {
    const f = factsOf('Landmarks\n- The Custom House on Quay Street, completed in 1796, now the Brackenmouth Heritage Centre.');
    expect(checkSentence(f.sentences[0]!)).toBe('the opening of a list item');
    // Round 55: an encyclopedia's "Notable people" entry without its marker.
    const person = factsOf('Ellen Rowe (born 1979), fell runner and three-time British champion.');
    expect(checkSentence(person.sentences[0]!)).toBe('the opening of a list item');
    expect(checkSentence(factsOf('Ellen Rowe (born 1979) is a fell runner and three-time British champion.').sentences[0]!)).toBeUndefined();
  });

  // Round 21: "_____ a day are normally made on the affected section." and "The _____ is being paid for ...".
  it('asks how many of a rate, and never blanks the subject of a money sentence', () => {
    const rate = factsOf('About 11,000 journeys a day are normally made on the affected section of the tram line.');
    expect(buildQuantityQuestions(rate).map((b) => b.stem)).toContain('How many journeys a day are normally made on the affected section of the tram line, according to the article?');
    const money = factsOf('The £14.6 million project is being paid for mainly by a government grant to the transit authority.');
    expect(buildQuantityQuestions(money).filter((b) => 'key' in b)).toEqual([]);
  });

  // Round 22: "At least 31 people have died ..., officials said." was refused as a cut quotation.
  it('keeps a closing attribution, and refuses a bare ", said."', () => {
    expect(explainBadForm('_____ have died and 19 are missing after Typhoon Lingkod tore across the northern Philippines, officials said.')).toBeUndefined();
    expect(explainBadForm('Councillor _____, the cabinet member for leisure, said.')).toBe('the quotation was cut from its attribution');
  });

  // Round 23: a swim time split in two, a race's own distance, "Several, including _____ and Austria".
  it('asks no half of a time, no event’s distance, and nothing after "Several,"', () => {
    const shift = factsOf('The master had been on duty for 11 hours and 20 minutes, within legal limits, the board found.');
    expect(buildQuantityQuestions(shift).filter((b) => 'key' in b)).toEqual([]);
    const time = factsOf('Marchetti, 22, touched in 1 minute 5.48 seconds, taking 0.31 seconds off the mark she set in Budapest.');
    expect(buildQuantityQuestions(time).filter((b) => 'key' in b && /minute|5\.48/.test(b.key))).toEqual([]);
    const event = factsOf('Priya Venkataraman won the women’s 400m individual medley in 4:38.20, ahead of the defending champion Lucy Harcourt.');
    expect(buildQuantityQuestions(event).filter((b) => 'key' in b && /medley/.test(b.key))).toEqual([]);
    const three = factsOf('All three were made at a single factory in Wakefield, West Yorkshire, between 26 February and 8 March.');
    expect(checkSentence(three.sentences[0]!)).toBe('starts with a word pointing outside the sentence');
    const several = factsOf('Several, including France and Austria, have already signalled reservations about the trade deal.');
    expect(checkSentence(several.sentences[0]!)).toBe('starts with a word pointing outside the sentence');
  });

  // Round 25: "the men's _____" offered 20, 30 and 40 metres; "the _____" keyed United States against Kazakhstan.
  it('asks no event’s distance, and no "the _____" only the key fits', () => {
    const race = factsOf('Okafor clocked 6.48 seconds in the men’s 60 metres, edging Jamaica’s Dwayne Ellery and the American Marcus Trent.');
    expect(buildQuantityQuestions(race).filter((b) => 'key' in b && /60 metres/.test(b.key))).toEqual([]);
    const the = factsOf(
      'Kazakhstan, Uzbekistan and Kyrgyzstan signed the accord. Russia and China sent observers. Sanctions imposed by the United States on Russia complicated the talks in Almaty.',
    );
    expect(buildEntityQuestions(the).filter((b) => 'key' in b && b.key === 'United States')).toEqual([]);
  });

  it('does not ask one census year beside the other', () => {
    const f = factsOf('At the 2021 census the town had a population of 8,412, up from 7,960 in 2011.');
    expect(buildDateQuestions(f).filter((b) => 'key' in b)).toEqual([]);
  });

  it('does not ask the number of a name ("the FTSE 250 index") or a side reduced to ten men', () => {
    const ftse = factsOf('Larkfield shares fell 6.3% to 184p, making them the biggest faller on the FTSE 250 index.');
    expect(reasonsOf(buildQuantityQuestions(ftse), '250')).toEqual(['the number is part of a name']);
    const red = factsOf('Rovers were reduced to ten men in stoppage time when Doyle received a second yellow card.');
    expect(reasonsOf(buildQuantityQuestions(red), 'ten men')).toEqual(['a side’s size is general knowledge']);
    // A figure after a name that is no part of it still is asked.
    const fine = factsOf('In October 2020 the regulator fined British Airways £20m over a cyber attack on its booking site.');
    expect(buildQuantityQuestions(fine).some((b) => 'key' in b && b.key === '£20m')).toBe(true);
  });
});

// Round 35: "Who said: “That is really what this fight is about”?" says nothing without the sentence before it.
describe('a saying about what the sentence before told', () => {
  it('is asked about only when it reads alone', () => {
    const f = factsOf(
      'Health ministers want reference pricing. "That is really what this fight is about," said Elena Moraru, a health economist. "Prices have doubled in five years," said Tomas Brandt. Anna Weiss said the deal was fair. Piet Maas said talks would go on. Lena Ortiz said the offer was low.',
    );
    const questions = buildQuoteQuestions(f);
    const reasonOf = (speaker: string) => questions.find((q) => q.stem.includes(speaker === 'Moraru' ? 'fight' : 'doubled'));
    expect(reasonOf('Moraru')).toMatchObject({ reason: 'the quotation opens on a word pointing outside it' });
    expect(reasonOf('Brandt')).not.toHaveProperty('reason');
  });
});

// Round 36: defects a blind rater found in set 31.
describe('round 36', () => {
  it('drops a country’s possessive before a blanked person, and keeps rivals of another stated country out', () => {
    expect(dropCountryBeforeBlank(`Earlier in the day, Malaysia's ${BLANK} and Tan Hui Min retained their title.`)).toBe(`Earlier in the day, ${BLANK} and Tan Hui Min retained their title.`);
    expect(dropCountryBeforeBlank(`England's ${BLANK} won the final.`)).toBe(`${BLANK} won the final.`);
    expect(dropCountryBeforeBlank(`The club's ${BLANK} scored twice.`)).toBe(`The club's ${BLANK} scored twice.`);
    const f = factsOf(
      "The Indian player Arjun Nair won the men's final in three games. France's Thomas Ravel lost in the semi-final. Nair said he was delighted. Ravel said he was tired. Kim Lee said the crowd was loud.",
    );
    const nair = f.names.find((n) => n.text === 'Arjun Nair')!;
    const sentence = f.sentences[nair.sentence]!;
    expect(explainRoleMismatch(f, nair, 'Arjun Nair', 'Thomas Ravel', sentence)).toBe('of another country than the stem says');
    expect(explainRoleMismatch(f, nair, 'Arjun Nair', 'Kim Lee', sentence)).not.toBe('of another country than the stem says');
  });

  it.each([
    ['The settlement was founded in the 9th or 10th century by Norse farmers from the islands.', '10th century'],
    ['The family worked four or five consecutive nights before each of the long breaks.', 'five consecutive nights'],
  ])('finds the key of "%s" guessable from its neighbour', (text, key) => {
    const f = factsOf(text);
    const built = [...buildDateQuestions(f), ...buildQuantityQuestions(f)].find((b) => b.stem.includes(key.split(' ')[0]!) || !('key' in b));
    expect(built).toBeDefined();
    expect('key' in built! && built.key === key).toBe(false);
  });

  it('reads a saint a chapel is dedicated to as no place', () => {
    const f = factsOf('A chapel dedicated to St Cuthbert was built in the late 12th century, when the monks of St Cuthbert moved to Durham.');
    expect(f.names.find((n) => n.text === 'St Cuthbert' && n.start < 40)?.type).not.toBe('place');
  });

  it('keeps a consequence and a list of scores whole when it shortens a stem, and cuts no clause after an inserted attribution', () => {
    const night = `Most night workers wake from their day sleep around early afternoon, meaning that by 4am they may have been awake for 14 or 15 hours, often at the very point in the ${BLANK} cycle when the body's internal clock is pushing hardest for sleep.`;
    expect(shortenStem(night)).not.toMatch(/afternoon often/);
    const final = `England's Isabel Okonkwo-Reyes came back from the brink of defeat to win the women's singles title at the Northern Open on Sunday, saving three match points before beating Japan's Sayaka Morimoto 19-21, 22-20, 21-17 in a final that lasted one hour and ${BLANK}.`;
    expect(shortenStem(final)).not.toMatch(/Sunday 22-20/);
    const organ = `But the parochial church council voted, by ${BLANK} to four, to pursue a full restoration, partly because the organ is listed by BIOS with a Historic Organ Certificate, and partly, Ibbotson says, because "the building was designed around it".`;
    expect(shortenStem(organ)).not.toMatch(/Ibbotson says\.$/);
  });

  it.each([
    [`The Irish government regards it as central to its target of generating ${BLANK} of offshore wind power by 2030.`, true],
    [`More than 70 French vessels fish in or near the zone, landing catches worth ${BLANK} a year.`, true],
    [`The money was raised over three years: ${BLANK} came from the National Lottery Heritage Fund.`, true],
    [`The Irish government regards offshore wind as central to its target of generating ${BLANK} by 2030.`, false],
  ])('finds "%s" leaning on an earlier sentence: %s', (stem, leans) => {
    expect(!!explainDanglingStem(stem)).toBe(leans);
  });
});

describe('round 36, types and places', () => {
  it('reads a broker as a body and a corner from a player as no place', () => {
    const broker = factsOf('Fiona Gallacher, an energy analyst at the broker Pembury Hart, said the results were clear.');
    expect(broker.names.find((n) => n.text === 'Pembury Hart')?.type).toBe('organisation');
    const corner = factsOf('Captain Ollie Brannigan rose unchallenged to head in a corner from Tavi Mensah after eight minutes.');
    expect(corner.names.find((n) => n.text === 'Tavi Mensah')?.type).not.toBe('place');
  });

  it('leaves out a town of a country the sentence does not name', () => {
    const f = factsOf(
      'Irish boats land their catch at Castletownbere and sell it in Dublin. Off the coast of Normandy, French fishermen protested against a wind farm near Cherbourg.',
    );
    const key = f.names.find((n) => n.text === 'Cherbourg')!;
    const sentence = f.sentences[key.sentence]!;
    expect(explainRoleMismatch(f, key, 'Cherbourg', 'Dublin', sentence)).toBe('not a town of the country the sentence names');
  });

  // Round 56: "Which country did not send a delegation to Nairobi?" offered Kenya, the host.
  it('leaves out a country whose capital the sentence names', () => {
    const f = factsOf('Kenya, Somalia and Ethiopia signed the plan, but Eritrea did not send a delegation to Nairobi.');
    const key = f.names.find((n) => n.text === 'Eritrea')!;
    expect(explainRoleMismatch(f, key, 'Eritrea', 'Kenya', f.sentences[0]!)).toBe('the sentence names its country');
  });

  // Round 52: "Ports in _____ and the north-east of Scotland" keyed Shetland against London, Copenhagen and Reykjavík.
  it('leaves out a capital for a place the lists do not know', () => {
    const f = factsOf('The deal was signed in London. Ports in Shetland and the north-east of Scotland depend heavily on mackerel landings.');
    const key = f.names.find((n) => n.text === 'Shetland')!;
    expect(explainRoleMismatch(f, key, 'Shetland', 'London', f.sentences[key.sentence]!)).toBe('a capital against a place of another grain');
  });
});

// Round 37: defects a blind rater found in set 32.
describe('round 37', () => {
  it('reads a body whose name ends on a country as no person', () => {
    expect(factsOf('Cash Access UK said the second review took account of new information.').names.find((n) => n.text === 'Cash Access UK')?.type).not.toBe('person');
  });

  it('offers no more successes than tries', () => {
    const f = factsOf('Holt scored 44 goals in the semi-final and 52 goals in the quarter-final. Rennie, who finished with 37 goals from 41 attempts, responded with two super shots of her own.');
    const { options } = pickQuantityDistractors(f, f.quantities.find((q) => q.value === 37)!, '37 goals', f.sentences[1]!);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(Number.parseInt(o)).toBeLessThanOrEqual(41);
  });

  it.each([
    ['Kestrels: Rennie (GS), Holt (GA), Sowerby (WA), Akande (C, replaced by Scargill 31), Ng (WD), Lees (GK).', 'a team sheet or a list, not prose'],
  ])('%s', (text, reason) => {
    expect(checkSentence(annotateText(cleanText(text)).sentences[0]!)).toBe(reason);
  });

  it('cuts no clause whose phrase opens after ", and"', () => {
    const stem = `${BLANK} and wing attack Ella Fairbrother fed Okafor patiently, and in the two-minute power play, where super shots are worth two points, Okafor scored three of them in succession from the edge of the circle to push the lead back to 55-49.`;
    expect(shortenStem(stem)).not.toMatch(/power play\.$/);
  });

  it('leans "the gap" on an earlier sentence, and asks no year that ends a span', () => {
    expect(explainDanglingStem(`Where the older sodium lamps were still in use, the gap was much smaller, at ${BLANK}.`)).toBe('"the gap" was introduced in an earlier sentence');
    const f = factsOf('During the German occupation of 1940–1945 the railway was requisitioned to carry timber from the valley.');
    expect(buildDateQuestions(f).find((b) => b.stem.includes('occupation') && 'key' in b && b.key === '1945')).toBeUndefined();
  });
});

describe('round 37, an announced list', () => {
  it('is never cut short to fit a stem', () => {
    const text = readFileSync('tests/fixtures/synthetic/set32-06-rooftop-solar-delay.txt', 'utf8');
    const built = buildQuantityQuestions(extractFacts(annotateText(cleanText(text)))).filter((b) => 'key' in b && b.stem.includes('three things:'));
    expect(built).toEqual([]);
  });
});

// Round 38: defects blind raters found in set 33.
describe('round 38', () => {
  it('reads a vehicle, a journal and a speaking surname’s full name right', () => {
    expect(factsOf('Customers identified his white Ford Transit from photographs taken at the site.').names.find((n) => n.text === 'Ford Transit')?.type).not.toBe('person');
    const journal = factsOf('In a series of papers published in Arkiv för Fysik between 1953 and 1959, Vesterholm grew crystals. The exchange, conducted through letters to Philosophical Magazine, became sharp.');
    for (const name of ['Arkiv för Fysik', 'Philosophical Magazine']) expect(journal.names.find((n) => n.text === name)?.type).not.toBe('place');
    const snooker = factsOf('Callum Reddaway won the first ranking title of his career on Sunday night. "That\'s the one I\'ll remember," Reddaway said afterwards.');
    expect(snooker.names.find((n) => n.text === 'Callum Reddaway')?.type).toBe('person');
  });

  it('keeps one executive out of another’s options, and "The" out after "the"', () => {
    const f = factsOf(
      'The ban was approved by Cabinet this morning. The Government said it would act. Enforcement would fall to officers working with the Food Safety Authority of Ireland. The European Commission was told.',
    );
    const cabinet = f.names.find((n) => n.text === 'Cabinet')!;
    expect(explainRoleMismatch(f, cabinet, 'Cabinet', 'The Government', f.sentences[cabinet.sentence]!)).toBeDefined();
    const fsai = f.names.find((n) => n.text === 'Food Safety Authority of Ireland')!;
    expect(explainRoleMismatch(f, fsai, 'Food Safety Authority of Ireland', 'The Government', f.sentences[fsai.sentence]!)).toBeDefined();
  });

  it('asks no date a world war in the stem gives away', () => {
    const f = factsOf('Vesterholm returned to Sweden in August 1939, a few weeks before the beginning of the Second World War, and her second year abroad was abandoned.');
    expect(buildDateQuestions(f).filter((b) => 'key' in b)).toEqual([]);
  });

  it('keeps an adjective pair of one noun whole', () => {
    const stem = `Callum Reddaway won the first ranking title of his ${BLANK} professional career, edging out China's Lin Junhao 10-8 in a tense, scrappy final of the Northern Classic that finished shortly after 11pm in front of a crowd of about 1,400.`;
    expect(shortenStem(stem)).not.toMatch(/career scrappy/);
  });
});

describe('round 38, a match report’s beaten opponents', () => {
  it('complete a who-question beside one actor, marked to fill a short quiz only', () => {
    const f = factsOf(
      'Ashford Rovers beat Kingsmead City 2-1 on Saturday. Tom Delacroix scored the winner in the 90th minute after a long run from halfway. Jack Pryce said the team deserved the win. Pryce added that the fans had been superb all season. The goal came after mistakes by the defenders Sam Holt and Ryan Cobb.',
    );
    const winner = buildEntityQuestions(f).find((b) => 'key' in b && b.key === 'Tom Delacroix');
    expect(winner).toMatchObject({ fallback: expect.stringMatching(/passing/) });
    expect(winner && 'distractors' in winner && winner.distractors).toEqual(expect.arrayContaining(['Jack Pryce', 'Sam Holt', 'Ryan Cobb']));
  });
});

describe('round 38, a long lead sentence', () => {
  it('loses a trailing participle clause, as a blank or a who-question', () => {
    const stem = `${BLANK} won the first ranking title of his 11-year professional career, edging out China's Lin Junhao 10-8 in a tense, scrappy final of the Northern Classic that finished shortly after 11pm in front of a crowd of about 1,400.`;
    expect(shortenStem(stem)).toBe(`${BLANK} won the first ranking title of his 11-year professional career.`);
    const f = factsOf(
      'Callum Reddaway won the first ranking title of his 11-year professional career at the Harrogate Convention Centre, edging out China\'s Lin Junhao 10-8 in a tense, scrappy final of the Northern Classic that finished shortly after 11pm in front of a crowd of about 1,400.',
    );
    const who = writeSubjectQuestion(f.sentences[0]!, f.names.find((n) => n.text === 'Callum Reddaway')!, 'Who');
    expect(who).toBe('Who won the first ranking title of his 11-year professional career at the Harrogate Convention Centre?');
  });
});

// Round 39: defects blind raters found in set 34.
describe('round 39', () => {
  it('reads a ward and a village as no person', () => {
    const ward = factsOf('Councillor Alison Dunnet, who represents Tweeddale West, said residents had waited long enough.');
    expect(ward.names.find((n) => n.text === 'Tweeddale West')?.type).not.toBe('person');
    const village = factsOf('Little Hensley is far from alone, according to the alliance. Little Hensley said it would reopen in May.');
    expect(village.names.find((n) => n.text === 'Little Hensley')?.type).not.toBe('person');
  });

  it('asks no date a named day gives', () => {
    const f = factsOf("Beds must be picked every day during the season, which runs from St George's Day, 23 April, to around the summer solstice.");
    expect(buildDateQuestions(f).filter((b) => 'key' in b)).toEqual([]);
    const market = factsOf("Wholesalers at Birmingham's wholesale market said prices had softened. The season runs from St George's Day, 23 April, to June.");
    const key = market.names.find((n) => n.text === 'Birmingham')!;
    expect(explainRoleMismatch(market, key, 'Birmingham', 'St George', market.sentences[0]!)).toBe('only used as a modifier');
  });

  it.each([
    [`Leanne Whitfield raised the issue again at a team meeting on ${BLANK}, the hearing was told.`, true],
    [`The effect was about twice as large among the ${BLANK} who lived alone.`, true],
    [`Both sides have said they want an agreement finalised by ${BLANK}.`, true],
    [`Any deal would need the approval of the ${BLANK} and the European Parliament.`, true],
    [`The first is the role of the ${BLANK} in interpreting EU law.`, true],
  ])('finds "%s" leaning on an earlier sentence: %s', (stem, leans) => {
    expect(!!(explainDanglingStem(stem) ?? checkSentence(annotateText(cleanText(stem.replace(BLANK, 'the Court'))).sentences[0]!))).toBe(leans);
  });
});

// Round 40: defects blind raters found in set 35.
describe('round 40', () => {
  it('reads a ministry of listed fields whole, a trawler as no person and "men and women" as one count', () => {
    const f = factsOf(
      'Colin Baird, director of fisheries at the Department for Environment, Food and Rural Affairs (Defra), said the deal was fair. Kenny Tulloch, skipper of the trawler Harvest Dawn, said it was welcome. The study followed 1,238 men and women aged over 65.',
    );
    expect(f.names.find((n) => n.text === 'Department for Environment, Food and Rural Affairs')?.type).toBe('organisation');
    expect(f.names.find((n) => n.text === 'Harvest Dawn')?.type).not.toBe('person');
    expect(f.quantities.find((q) => q.value === 1238)?.text).toBe('1,238 men and women');
    expect(factsOf('The Ministry of Defence, Britain and France signed it.').names.find((n) => n.text === 'Ministry of Defence')?.type).toBe('organisation');
  });

  it('reads the event gender the blank belongs to, and a region after the blank', () => {
    const f = factsOf(
      "In Saturday's finals, Felix Reinholt won the men's K1 in 89.92, and Australia's Harriet Cole took the women's C1 in 104.55. Lena Hartwig said she was tired. Ellie Marsh said she was proud. Jonas Weber said he was happy.",
    );
    const felix = f.names.find((n) => n.text === 'Felix Reinholt')!;
    expect(explainRoleMismatch(f, felix, 'Felix Reinholt', 'Lena Hartwig', f.sentences[0]!)).toBe('of the other gender');
    const island = factsOf('Thomas Quayle was born in Castletown on the Isle of Man. He later moved to Nottingham and then Leicester, where he opened a shop.');
    const key = island.names.find((n) => n.text === 'Castletown')!;
    expect(explainRoleMismatch(island, key, 'Castletown', 'Nottingham', island.sentences[0]!)).toBeDefined();
  });

  it('asks no year beside "or early 2020"', () => {
    const f = factsOf('The participants were recruited in 2019 or early 2020 from clinics in Cork, Kerry and Limerick.');
    expect(buildDateQuestions(f).filter((b) => 'key' in b && b.key === '2019')).toEqual([]);
  });
});

// Round 41: places a blind rater found offered as people.
describe('round 41', () => {
  it('reads a region after "northern" and a county as places, never people', () => {
    const wales = factsOf('Coastline Car Rentals, which operates 14 depots across Queensland and northern New South Wales, admitted breaching the law.');
    expect(wales.names.find((n) => n.text === 'New South Wales')?.type).not.toBe('person');
    const mayo = factsOf('The towns, Kilbrack in Co Roscommon and Carrowkeel in Co Mayo, each have populations of 3,000 to 9,000. People in Mayo said the smoke was worse in winter.');
    expect(mayo.names.find((n) => n.text === 'Co Mayo')?.type).not.toBe('person');
  });
});

// A review of this session's changes (helper, not the raters) found these.
describe('review of rounds 35-41', () => {
  it('reads names right at the edges of the new rules', () => {
    expect(factsOf('Sarah West said the album would be released in May.').names.find((n) => n.text === 'Sarah West')?.type).toBe('person');
    const defra = factsOf('The Department for Environment, Food and Rural Affairs, which runs the scheme, said it was fair.');
    expect(defra.names.find((n) => n.text === 'Department for Environment, Food and Rural Affairs')?.type).toBe('organisation');
    // Round 42: "... Food and Rural Affairs and the HSE".
    const report = factsOf('Dr Marsh said she would write a report to the Department for Environment, Food and Rural Affairs and the HSE.');
    expect(report.names.find((n) => n.text === 'Department for Environment, Food and Rural Affairs')?.type).toBe('organisation');
    expect(factsOf('Workers polish the brass fittings every morning before the doors open at nine.').names.some((n) => /Poland/.test(n.text))).toBe(false);
    expect(senseOf('no more than')).toBe('upper');
  });

  it('still drops an aside that ends on a noun, and bounds no goals by games', () => {
    const stem = `Anita Knopov, who founded the company, said the firm had sold ${BLANK} in its first year and expected to double that figure within the next two years as new contracts in Germany, France and Spain began.`;
    expect(shortenStem(stem)).not.toMatch(/who founded the company/);
    const f = factsOf('Holt scored 44 goals in the semi-final season. Rennie finished with 36 goals from 35 games, a club record.');
    const { options } = pickQuantityDistractors(f, f.quantities.find((q) => q.value === 36)!, '36 goals', f.sentences[1]!);
    expect(options.some((o) => Number.parseInt(o) > 36)).toBe(true);
  });
});

// Round 43: defects blind raters found in set 38.
describe('round 43', () => {
  it('writes one of a plural unit in the singular, and never after "the" (round 45: "the previous one season")', () => {
    const f = factsOf('The federation has merged the two lightest weight categories, and 240 judoka from 38 countries entered the event this year.');
    const key = f.quantities.find((q) => q.value === 2)!;
    const { options } = pickQuantityDistractors(f, key, key.text, f.sentences[0]!);
    for (const o of options) expect(o).not.toMatch(/categorie$|^one /);
    const g = factsOf('Each club may enter two weight categories, and 240 judoka from 38 countries entered the event this year.');
    const two = g.quantities.find((q) => q.value === 2)!;
    const some = pickQuantityDistractors(g, two, two.text, g.sentences[0]!).options;
    expect(some.filter((o) => /^one /.test(o)).every((o) => o === 'one weight category')).toBe(true);
  });

  it('reads a surname with its particle as the person it stands for', () => {
    const f = factsOf('Colette Le Brocq has found 40 nests this year. Le Brocq said the queens were early. She points across a hedge.');
    expect(f.names.find((n) => n.text === 'Le Brocq')?.type).toBe('person');
    expect(f.sentences[2]!.resolved?.text ?? 'Colette Le Brocq').toBe('Colette Le Brocq');
  });
});

describe('round 44', () => {
  it('reads parts that come within a stated extra of the total as adding up to the key ("plus interest")', () => {
    const f = factsOf(
      'The tribunal awarded Ms Fairbrother £21,200 for lost earnings, £15,000 for injury to feelings and a basic award of £1,410, plus interest, bringing the total to £38,450.',
    );
    const built = buildQuantityQuestions(f).filter((b) => b.stem.includes('_____') || 'reason' in b);
    const onKey = built.filter((b) => ('key' in b ? b.key === '£21,200' : b.reason === 'the sentence adds up to the key'));
    expect(onKey.every((b) => !('key' in b))).toBe(true);
    expect(onKey.length).toBeGreaterThan(0);
  });

  it('keeps "Women\'s" in the name of a women\'s league', () => {
    const f = factsOf('Cardington Swordfish won the Women\'s National Water Polo League for the first time on Sunday. The club was founded in 1962.');
    expect(f.names.map((n) => n.text)).toContain("Women's National Water Polo League");
  });
});

describe('round 44: long lead sentences lose their closing side matter', () => {
  it.each([
    [
      `Mr Benjelloun said the link would help Morocco meet its goal of generating ${BLANK} of its electricity capacity from renewable sources by the end of the decade, and open new export markets for the solar and wind farms planned in its southern regions.`,
      `Mr Benjelloun said the link would help Morocco meet its goal of generating ${BLANK} of its electricity capacity from renewable sources by the end of the decade.`,
    ],
    [
      `Portugal and ${BLANK} have agreed to carry out a detailed feasibility study for an undersea electricity cable between the two countries, a project that officials say could cost about €2 billion and carry enough power for around 1.5 million homes.`,
      `Portugal and ${BLANK} have agreed to carry out a detailed feasibility study for an undersea electricity cable between the two countries.`,
    ],
    [
      `The memorandum of understanding was signed in ${BLANK} on Monday by Portugal's minister for environment and energy, Inês Carvalho Mota, and Morocco's minister of energy transition, Karim Benjelloun, at the end of a two-day visit by a Portuguese delegation.`,
      `The memorandum of understanding was signed in ${BLANK} on Monday by Portugal's minister for environment and energy, Inês Carvalho Mota, and Morocco's minister of energy transition, Karim Benjelloun.`,
    ],
  ])('%s', (long, short) => expect(shortenStem(long)).toBe(short));
});

describe('round 45', () => {
  it('reads the town of an address as a place, whatever the name lists say of its words', () => {
    const f = factsOf('Lee Ashworth, 44, of Copse Lane, Marlow Heath, was sentenced at Dunhaven Crown Court on Friday.');
    expect(f.names.find((n) => n.text === 'Marlow Heath')?.type).toBe('place');
  });
});

describe('round 46', () => {
  it('reads two names joined by an ampersand as a firm', () => {
    const f = factsOf('Pemberton & Hale is to close 14 of its 62 stores. Pemberton & Hale said trading had been tough.');
    expect(f.names.find((n) => n.text === 'Pemberton & Hale')?.type).toBe('organisation');
  });

  it('never asks a route number as a quantity', () => {
    const f = factsOf('Under it, the developer will pay £4.2 million towards a new school and £1.1 million to extend the number 14 bus route.');
    const built = buildQuantityQuestions(f);
    expect(built.some((b) => 'key' in b && /14/.test(b.key))).toBe(false);
  });

  // Round 78: "Chief executive _____ said the current funding would run out": of which body, the stem did not say.
  it('says whose officer opens the stem, when the sentences before name one body', () => {
    const f = factsOf(
      'The Arafura Aboriginal Health Service has asked the government for A$11.5 million. Chief executive Daniel Tipiloura said the current funding would run out in December.',
    );
    const sentence = f.sentences[1]!;
    const stem = nameEarlierBodies({ stem: 'Chief executive _____ said the current funding would run out in December.', key: 'Daniel Tipiloura', sentence }, f);
    expect(stem).toBe('The Arafura Aboriginal Health Service chief executive _____ said the current funding would run out in December.');
    // (Two bodies before it: which one's, the stem cannot say.)
    const two = factsOf('Rijnbus Ltd signed a deal with Skyreach Airways on Monday. Chief executive Daniel Tipiloura said the funding would run out in December.');
    const left = 'Chief executive _____ said the funding would run out in December.';
    expect(nameEarlierBodies({ stem: left, key: 'Daniel Tipiloura', sentence: two.sentences[1]! }, two)).toBe(left);
  });

  it('says whose figure a company story gives ("Like-for-like sales ... dropped")', () => {
    const f = factsOf(
      'Pemberton & Hale is to close 14 stores. Pemberton & Hale said trading had been tough. Analysts were not surprised. Like-for-like sales, which strip out new stores, dropped 6.2% in the half.',
    );
    const stem = nameEarlierBodies({ stem: 'Like-for-like sales, which strip out new stores, dropped _____ in the half.', key: '6.2%', sentence: f.sentences[3]! }, f);
    expect(stem).toBe('Pemberton & Hale’s like-for-like sales, which strip out new stores, dropped _____ in the half.');
  });
});

describe('round 46: the two sides of a vote', () => {
  it('never asks one side of a two-way vote whose other side the stem gives', () => {
    const f = factsOf('Voters in Oberlinden approved the merger by 52.1% to 47.9%, on a turnout of 71%.');
    expect(buildQuantityQuestions(f).some((b) => 'key' in b && /52\.1|47\.9/.test(b.key))).toBe(false);
  });
});

describe('round 46: feasts', () => {
  it('reads no feast as a place', () => {
    const f = factsOf('The company expected an improvement in the run-up to Christmas, and again over Easter.');
    expect(f.names.some((n) => /Christmas|Easter/.test(n.text))).toBe(false);
  });
});

describe('round 47', () => {
  it('never cuts a clause with its own verb as an aside', () => {
    const long = `Alongside the results, the company announced plans to invest £150 million over four years in grid-scale battery storage, starting with a 50-megawatt project near Selby in North Yorkshire that is due to begin operating in ${BLANK}.`;
    expect(shortenStem(long)).toContain('the company announced plans');
  });
});

describe('round 47: a date question on an opening adjective', () => {
  it('lowercases it ("On what date will final selections be announced?")', () => {
    const f = factsOf('The championships ended in Sheffield on Sunday. Final selections will be announced on 1 March by the national coaches.');
    const stems = buildDateQuestions(f).map((b) => b.stem);
    expect(stems.some((s) => /\bFinal selections\b/.test(s.slice(1)))).toBe(false);
  });
});

describe('round 48: a contest’s rivals', () => {
  const f = factsOf(
    'Imogen Rourke won the women’s épée World Cup in Barcelona on Sunday. "That was the turning point," said her coach, Pavel Dorin. ' +
      "British Fencing's performance director, Claire Ashworth, said the victory was huge. Chiara Benvenuti beat Hanna Lindqvist in the semi-final. " +
      'In the men’s event, Owen Pryce reached the last 32. Rourke levelled at 13-13 and won the bout 15-14 with a single hit to the foot.',
  );
  it('reads a role given as an appositive before the name', () => {
    expect(roleOf(f, 'Pavel Dorin')).toBe('coach');
    expect(roleOf(f, 'Claire Ashworth')).toBe('director');
  });
  it('are competitors of the key’s gender, never its coach or a director', () => {
    const key = f.names.find((n) => n.text === 'Rourke' && n.sentence === 5)!;
    const { options } = pickNameDistractors(f, key, 'Rourke', f.sentences[5]!);
    for (const o of options) expect(['Dorin', 'Ashworth', 'Pryce']).not.toContain(o);
  });
});

describe('round 48: page links and vehicles', () => {
  it('reads no name from the links under "Related:"', () => {
    const f = factsOf('The UK sanctioned five firms on Monday.\n\nRelated:\n- Explainer: Who is fighting in Sudan, and why?\n- Aid agencies warn of famine\n\nThe US Treasury welcomed the action.');
    expect(f.names.some((n) => n.text === 'Who')).toBe(false);
    expect(f.sentences.map((s) => s.text)).toEqual(['The UK sanctioned five firms on Monday.', 'The US Treasury welcomed the action.']);
  });
  it('reads no person from a make and model before a vehicle ("a Ford Transit van")', () => {
    const f = factsOf('The court heard that Callum Drewett was driving a Ford Transit van for the parcel firm at about 3.20pm.');
    expect(f.names.some((n) => n.type === 'person' && /Transit/.test(n.text))).toBe(false);
  });
});

// A review of this session's changes (rounds 44-49) found rules that fired beyond what they were for.
describe('review of rounds 44-49', () => {
  it('still offers centuries where the article has no date line', () => {
    const f = factsOf('The abbey was founded in the 12th century by Cistercian monks. It was rebuilt in the 15th century after a fire.');
    const key = f.dates.find((d) => d.format === 'century')!;
    expect(pickDateDistractors(f, key, f.sentences[key.sentence]!).options).toHaveLength(3);
  });

  it('keeps prose that opens like page furniture, and dates no story from a sentence opening "By the"', () => {
    expect(isFurniture('From Monday, the free park-and-ride service will run every 20 minutes.')).toBe(false);
    expect(isFurniture('From OpenGazetteer, the free encyclopedia')).toBe(true);
    expect(factsOf('By the time the Hartley mill closed on 14 March 1998, it had employed 400 people.').published).toBeUndefined();
  });

  it('dates "last year" only where it is the calendar year, and "Last year," opening the stem', () => {
    expect(repairStem('The road will be closed for _____ over the next year.', 2024)).toBe('The road will be closed for _____ over the next year.');
    expect(repairStem('Last year, Tollbrook paid a total dividend of _____ a share.', 2024)).toBe('In 2023, Tollbrook paid a total dividend of _____ a share.');
  });

  it('rewrites "Another" only before a plain noun', () => {
    expect(repairStem('Another two people were taken to hospital with _____ injuries on Friday night.')).toMatch(/^Another two/);
    expect(repairStem('Another university has cut _____ jobs in the same week, the union said.')).toMatch(/^Another university/);
  });

  // Round 78: "according to the company" of a sentence naming Siri Grains became "the Navalgund Raitha Producer Company".
  it('names "the company" by no earlier firm where the sentence names another, unless that one is a public body', () => {
    const text =
      'Siri Grains Foods opened a factory in Hubballi on Monday. Basavaraj Kotur, chairman of the Navalgund Raitha Producer Company, praised the prices. Last season, about 7% of grain delivered to Siri Grains was rejected, according to the company.';
    const f = factsOf(text);
    const stem = 'Last season, _____ of grain delivered to Siri Grains was rejected, according to the company.';
    const candidate = { ...({} as Candidate), kind: 'quantity' as const, stem, key: 'about 7%', sentence: f.sentences[2]!, weight: 1, closeness: 1, distractors: [], factKey: 'q' };
    expect(nameEarlierBodies(candidate, f)).toBe(stem);
    expect(describeEarlierNouns(candidate, f, undefined, '"the company" names what only an earlier sentence identifies').stem).toBe(stem);
    // (A council beside it is no firm: the company wound up is still the Corn Exchange Company.)
    const council = factsOf('The Callerby Corn Exchange Company ran the hall from 1862. In 1927 the company was wound up and the building was sold to Callerby Urban District Council for £3,200.');
    const sold = { ...candidate, stem: 'In 1927 the company was wound up and the building was sold to Callerby Urban District Council for _____.', key: '£3,200', sentence: council.sentences[1]! };
    expect(describeEarlierNouns(sold, council, undefined, '"the company" names what only an earlier sentence identifies').stem).toContain('the Callerby Corn Exchange Company was wound up');
  });

  it('names no council as "the charity", and reads no role from a fronted clause', () => {
    const f = factsOf(
      'Ashcombe District Council approved the grant. Ashcombe District Council said it was pleased. Ashcombe District Council will review it. The charity said it would feed 40 families.',
    );
    expect(nameEarlierBodies({ stem: 'The charity said it would feed _____ families.', key: '40', sentence: f.sentences[3]! }, f)).toBe('The charity said it would feed _____ families.');
    const g = factsOf('After splitting from her coach, Elena Ruiz won the women’s épée title in Paris on Sunday.');
    expect(roleOf(g, 'Elena Ruiz')).toBeUndefined();
  });

  it('types a person after an address as a person, and keeps a unit from running into a clause', () => {
    expect(factsOf('A neighbour of Copse Lane, Sarah Collins, said she heard the crash.').names.find((n) => n.text === 'Sarah Collins')?.type).toBe('person');
    expect(factsOf('The van was travelling at 90 mph and it was dark, the court heard.').quantities[0]?.unit).toBe('mph');
    expect(explainDanglingStem('The council will freeze rents for _____ tenants for the next two years.')).toBeUndefined();
  });
});

describe('review of rounds 44-49: a change is no vote', () => {
  it('still asks a share that rose from another', () => {
    const f = factsOf('Support for the plan rose from 45% to 55% over the year, the survey found.');
    expect(buildQuantityQuestions(f).some((b) => 'reason' in b && b.reason === "the sentence's other figures work out the key")).toBe(false);
  });
});

describe('round 50: names of places and prizes', () => {
  it('reads a moor as a place and an award named after someone as no person', () => {
    const f = factsOf('Dennis Ockenden, 58, of High Scarth Farm, near Garsdale Moor, admitted six offences. Her piece won the Marsh Award for public sculpture in 2019.');
    expect(f.names.find((n) => n.text === 'Garsdale Moor')?.type).toBe('place');
    expect(f.names.some((n) => n.type === 'person' && /Award/.test(n.text))).toBe(false);
  });
});

describe('rounds 49-50: cuts that garbled', () => {
  it('never cuts an attribution as an aside, nor leaves a preposition without its date', () => {
    const long = `Previous incidents, including a shoot-out in March in which ${BLANK} were killed, escalated in part because local officers had no quick way to contact each other, according to a report published in June by the International Crisis Monitor, a Brussels-based think tank.`;
    expect(shortenStem(long)).toContain('according to a report');
    expect(repairStem(`Turnout was 68.4%, the highest since ${BLANK} and more than five points up on four years ago.`)).not.toMatch(/up on\.$/);
  });
  it('writes a date question on "Construction of ..." in lower case', () => {
    const f = factsOf('The pass was first crossed by a mule track. Construction of a gravel road began in 1936 and took four summers.');
    expect(buildDateQuestions(f).map((b) => b.stem).some((s) => /did Construction/.test(s))).toBe(false);
  });
});

describe('round 51: an inserted example', () => {
  it('is no side clause to cut the sentence at', () => {
    const long = `An HSE inspection also found that the metal fabrication company had not carried out a documented risk assessment for the press brake since ${BLANK} and that several operators, including Mr Donnelly, had received no formal training on the machine.`;
    expect(shortenStem(long)).not.toMatch(/several operators\.$/);
  });
});

// Round 62: "Who is described in the article as the defending champions?" keyed one of a pair.
describe('an appositive of several people', () => {
  it('is not asked as who one person is', () => {
    const f = factsOf(readFileSync('tests/fixtures/synthetic/set57-03-badminton-national-championships.txt', 'utf8'));
    const built = buildAppositiveQuestions(f);
    expect(built.filter((b) => 'key' in b && /defending champions/.test(b.stem))).toEqual([]);
  });
});
