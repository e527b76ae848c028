import { describe, expect, it } from 'vitest';
import { cleanText, isFurniture, isProse } from '@/lib/quiz/text/1-clean';

const paragraphs = (text: string) => cleanText(text).blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);

describe('cleanText', () => {
  it.each([
    ['header lines', 'Title: A story\nSource: https://x.y\nLicense: CC BY\n\nMali asked the peacekeepers to leave at once.', ['Mali asked the peacekeepers to leave at once.']],
    // Round 42: a study's reference line was asked about.
    ['a journal reference line', 'Jackdaws remember faces for years, the team found.\n\nJournal reference: Linton F. et al., "Long-term recognition of faces", Proceedings of the Royal Society B, 2025.', ['Jackdaws remember faces for years, the team found.']],
    ['YAML front matter', '---\ntitle: "Front"\nsource: x\n---\nMali asked the peacekeepers to leave at once.', ['Mali asked the peacekeepers to leave at once.']],
    ['a dateline', 'Thursday, August 29, 2019 \n\nThe Queen agreed to suspend Parliament for weeks.', ['The Queen agreed to suspend Parliament for weeks.']],
    [
      'headline fragments between paragraphs',
      'The force has held on to northern cities, including Gao.\nJunta remains with 1,000 Wagner soldiers against Islamist militants and Tuareg separatists\nUN troops patrol camps for displaced people every day.\nHow Mali demanded the withdrawal of UN troops\nThe massacre was committed by “armed white men”, that is, Wagner’s troops\nOn June 14, the government issued a statement.',
      ['The force has held on to northern cities, including Gao.', 'UN troops patrol camps for displaced people every day.', 'On June 14, the government issued a statement.'],
    ],
    [
      'author bios in other words',
      'Prices rose by 3 percent in March across the region.\n\nHarriet Okonjo covers housing, planning and regional economics for the Yorkshire Ledger. She previously reported for the Manchester Evening Post.\n\nJoanna Wiśniewska is an environment reporter based in Kraków. She covers energy.\n\nTom Bradshaw has covered football in the north-west for 18 years.\n\nMaria Ellison covers shipping and trade for the paper.\n\nJames Pemberton is our planning correspondent.\n\nDr Helen Achterberg is health and science correspondent. She worked as a GP in Bristol for nine years.\n\nMarcus Delaney covers cyber security, privacy and technology regulation. He joined in 2019.\n\nHarriet Ellwood is the Education Correspondent for the Valleys Courier.\n\nPieter van Damme writes about art, museums and heritage.\n\nHannah Oduya is the Kelbridge Courier’s transport correspondent.\n\nDaniel Okoro writes profiles and features for the Northern Weekend Review. He is a keen but mediocre chess player.',
      ['Prices rose by 3 percent in March across the region.'],
    ],
    [
      'a dateline opening the story',
      'PORT ALDIN — The Social Democratic Party won the most seats in the regional election.\n\nLONDON (Reuters) - Prices rose by 3 percent in March, officials said.',
      ['The Social Democratic Party won the most seats in the regional election.', 'Prices rose by 3 percent in March, officials said.'],
    ],
    [
      // Round 24: list items end on ";" and are blocks of their own, apart from the line that introduces them.
      'a list of findings',
      "The board's main findings included:\n- the docking-mode indicator was small and poorly lit;\n- the master had been on duty for 11 hours, within legal limits;\n- bridge crews had received no training since 2019.",
      ['the docking-mode indicator was small and poorly lit;', 'the master had been on duty for 11 hours, within legal limits;', 'bridge crews had received no training since 2019.'],
    ],
    [
      // Round 63: the standfirst under the headline, above the byline, retells the story; a byline at the end leaves
      // the paragraphs above it alone.
      'a standfirst above the byline',
      "Market hall traders threaten to walk out over 18% rent rise\n\nStallholders say the increase could empty a building that has hosted a market since 1889.\n\nBy Priya Lanyon | Tuesday 11 March 2025, 6:42pm\n\nTraders have warned that a third of them could leave after the council confirmed an 18% rise.",
      ['Traders have warned that a third of them could leave after the council confirmed an 18% rise.'],
    ],
    [
      // Round 64: with no byline between them, the standfirst names the person in full, and so does the story's lead.
      'a standfirst that the lead names its person again after',
      "The sea doesn't care who you are: the crab fisher who runs the lifeboat\n\nKerensa Polglase joined the crew at 17 to prove a point. Now she runs it.\n\nAt six o'clock on a grey morning, Kerensa Polglase is already on the slipway.\n\nPolglase has served on the crew since 1999.",
      ["At six o'clock on a grey morning, Kerensa Polglase is already on the slipway.", 'Polglase has served on the crew since 1999.'],
    ],
    [
      // A review of round 65's rules: "By Monday, the council had ..." was read as a byline and dropped, and a club's
      // lead as a standfirst.
      'nothing from a paragraph opening "By Monday," nor from a club\'s lead',
      'Council budget vote\n\nThe council met on Friday to agree its budget for the year.\n\nBy Monday, the council had received 400 objections to the plan.\n\nAshbury Rovers won the county cup on Saturday.\n\nAshbury Rovers beat Eastmere 2-1 at the Moor on a wet evening.\n\nRovers led by a goal at half-time.',
      ['The council met on Friday to agree its budget for the year.', 'By Monday, the council had received 400 objections to the plan.', 'Ashbury Rovers won the county cup on Saturday.', 'Ashbury Rovers beat Eastmere 2-1 at the Moor on a wet evening.', 'Rovers led by a goal at half-time.'],
    ],
    [
      // A lead and the next paragraph that both name a place are both the story.
      'nothing from a lead whose next paragraph names its place again',
      'Marathon record falls\n\nCardiff Bay hosted its biggest race on Sunday.\n\nCardiff Bay will host the race again next year.',
      ['Cardiff Bay hosted its biggest race on Sunday.', 'Cardiff Bay will host the race again next year.'],
    ],
    [
      // Round 64: a closing byline with its bio on one line became a statement's option.
      'a closing byline with the bio after it',
      'The crew got back to bed at four.\n\nBy Lowenna Carthew. Lowenna Carthew is a freelance writer based in west Cornwall who writes about coastal communities.\n\nWords by Owen Bradbury. Owen Bradbury is a features writer for The Pennine Weekender and writes about rural work. Published 17 February 2024.',
      ['The crew got back to bed at four.'],
    ],
    [
      'a byline after the story',
      'Market hall traders threaten to walk out\n\nTraders have warned that a third of them could leave.\n\nThe rise takes effect from 1 April.\n\nThe market has stood since 1889.\n\nBy Priya Lanyon',
      ['Traders have warned that a third of them could leave.', 'The rise takes effect from 1 April.', 'The market has stood since 1889.'],
    ],
    [
      // Round 23: a bio in the present perfect.
      'a bio that says how long the author has held the post',
      'Halbrook agreed to buy Corvane for £3.2 billion.\n\nOwen Mackesy has been business editor since 2019 and previously reported on markets from Frankfurt.',
      ['Halbrook agreed to buy Corvane for £3.2 billion.'],
    ],
    [
      // Round 20: a live page's items that say they are no part of the story.
      'a live item marked as other news',
      'Power cuts rose to 64,000 homes by the afternoon, the operator said.\n\nIn news unrelated to the storm: the rail union says it will ballot 8,000 members.\n\nAway from the weather, a retired nurse has claimed a £7.4m lottery jackpot.\n\nFootball now. Marlow Athletic have signed a midfielder for £12m.\n\nAway from the coast, gusts reached 60mph in the hills overnight.',
      ['Power cuts rose to 64,000 homes by the afternoon, the operator said.', 'Away from the coast, gusts reached 60mph in the hills overnight.'],
    ],
    [
      // Session 7: a press release's dateline carries its date.
      'a dateline with its date',
      'NORTHBRIDGE, 6 May 2025 - The Greenmoor Wildlife Trust today opened a new reserve.\n\nAUSTIN, Texas, March 3, 2024 — Officials said the plant would close.',
      ['The Greenmoor Wildlife Trust today opened a new reserve.', 'Officials said the plant would close.'],
    ],
    [
      'a hatnote over an encyclopedia page',
      'This article is about the market town in Shropshire. For the village in Devon, see Brennford Cross.\nBrennford is a market town on the River Severn with about 12,000 people.',
      ['Brennford is a market town on the River Severn with about 12,000 people.'],
    ],
    [
      'source line and author bio',
      'Bamako says Russian troops are in Mali only to train the army.\nSource: Hot News\n\nAshley Bailey is a talented author and journalist known for her writing on trending topics. She works hard.',
      ['Bamako says Russian troops are in Mali only to train the army.'],
    ],
    [
      'markdown residue',
      '## Washington, Kyiv headed toward deal\n\ndate: 2025-02-23, from: VOA News USA\n\nThe United States and Ukraine said Sunday they are heading toward an agreement.\n\n<br> \n\n<https://www.voanews.com/a/x.html>\n\n![A caption here](https://img/x.jpg)',
      ['The United States and Ukraine said Sunday they are heading toward an agreement.'],
    ],
    [
      'a Wikipedia tail',
      'Avalanche was a criminal syndicate involved in phishing attacks.\nReferences[edit]\n^ McMillan, Robert (2010). "Report". Retrieved 2010-05-17.\nThis page was last edited on 20 May 2023, at 15:51 (UTC).',
      ['Avalanche was a criminal syndicate involved in phishing attacks.'],
    ],
    [
      'a photo credit, a contributor line and a press release’s notes to editors',
      'Rescuers searched the village of Ghebi on Friday morning.\n\nResidents stand outside a damaged house in Ghebi on Friday. (AP Photo/Giorgi Mamaladze)\n\nAssociated Press writer Giorgi Mamaladze contributed from Oni.\n\nENDS\n\nNotes to editors\n\nThe union has 4,100 members at the company.',
      ['Rescuers searched the village of Ghebi on Friday morning.'],
    ],
    // Round 28: a bio box on one line became a statement's option.
    ['a one-line author box', 'Members voted by 83% to walk out.\n\nAbout the author: Owen Pryce joined as employment correspondent in 2016 after eight years covering industry.', ['Members voted by 83% to walk out.']],
    // Round 29: a one-line bio that "writes obituaries and features on ..." became a "who" question.
    ['a bio that writes on a beat', 'Selander died in Stockholm on 11 January.\n\nErik Halvorsen writes obituaries and features on Nordic science and culture.', ['Selander died in Stockholm on 11 January.']],
    // Round 78: the bylined writer's bio, its outlet's name too long for the bio pattern, became a "who" question.
    [
      "the byline writer's bio",
      "By Rebecca Thorne | Darwin | Wednesday 28 August 2024\n\nWaiting times fell to 11 weeks.\n\nRebecca Thorne is the Top End Health Review's health and community affairs reporter. She has reported from the Northern Territory since 2015.",
      ['Waiting times fell to 11 weeks.'],
    ],
    ['an author box', 'Side-channel attacks leak secrets through timing and power.\n\n## About the author\n\nChetan Jaiswal is a professor of computer science at a college.', ['Side-channel attacks leak secrets through timing and power.']],
    ['hard-wrapped prose', 'The mission has struggled to protect\ncivilians and its own troops for a decade.', ['The mission has struggled to protect\ncivilians and its own troops for a decade.']],
    ['list bullets', '- A timing attack looks for small differences in how long operations take.', ['A timing attack looks for small differences in how long operations take.']],
  ])('drops %s', (_name, input, expected) => {
    expect(paragraphs(input)).toEqual(expected);
  });

  // Round 13: a feed page's other items (roadworks, a court case, the weather) were asked about as the story's facts.
  it('keeps only the main story of a news feed, under its own headline', () => {
    const item = (time: string, head: string, body: string) => `${time} | NEWS\n\n${head}\n\n${body}\n\nShare | Comments (4)\n\n----------\n\n`;
    const feed =
      'Humber Today\n\n----------\n\n' +
      item('17:32', 'Seven branch libraries to close', 'Seven of the city’s 16 branch libraries will close by September. The cabinet voted six to three on Wednesday. Campaigners handed in a petition with 18,640 signatures.') +
      item('16:58', 'Lane closures extended', 'National Highways has extended overnight closures of the A63 by two weeks.') +
      item('16:21', 'Man jailed over warehouse fire', 'A 34-year-old man has been jailed for two years and four months for arson.');
    const clean = cleanText(feed);
    expect(clean.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text).join(' ')).toMatch(/^Seven of the city’s 16 branch libraries[^]*18,640 signatures\.$/);
    expect(clean.title).toBe('Seven branch libraries to close');
  });

  it('keeps every section of an article whose sections are set off by rules', () => {
    const essay = 'The first part explains the method in detail here.\n\n-----\n\nThe second part gives the results of the survey.\n\n-----\n\nThe third part discusses what the results mean.\n\n-----\n\nThe fourth part closes with recommendations for schools.';
    expect(paragraphs(essay)).toHaveLength(4);
  });

  it.each([
    ['Title: Queen Elizabeth agrees\nSource: x\n\nBody text goes here and it is long enough.', 'Queen Elizabeth agrees'],
    ['---\ntitle: "From front matter"\n---\nBody text goes here and it is long enough.', 'From front matter'],
    // The content/ files, as gray-matter writes them: a long title folded onto the next lines, '' inside single quotes.
    ['---\ntitle: >-\n  Scientists report correlation between\n  statues and water\nsource: x\n---\nBody text goes here and it is long enough.', 'Scientists report correlation between statues and water'],
    ["---\ntitle: 'A deal for ''critical minerals'' rights'\n---\nBody text goes here and it is long enough.", "A deal for 'critical minerals' rights"],
    ['Body text goes here and it is long enough.', undefined],
    // Round 43: a breadcrumb trail above the headline.
    ['JudoWorld Review\nResults > IJF World Tour > Grand Prix Linz 2025\n\nTakeuchi rolls back the years as Beridze claims gold\n\nHina Takeuchi won the final in Linz on Saturday.', 'Takeuchi rolls back the years as Beridze claims gold'],
    // Round 29: a page pasted without a "Title:" line, its section label above the headline.
    ['Obituaries\n\nMargit Selander, hydrographer who charted the Bothnian Sea, dies aged 88\n\nMargit Selander died in Stockholm on 11 January.', 'Margit Selander, hydrographer who charted the Bothnian Sea, dies aged 88'],
  ])('reads the title of %j', (input, title) => {
    expect(cleanText(input).title).toBe(title);
  });

  it('keeps offsets into the raw text', () => {
    const raw = 'Title: T\r\n\r\n  First paragraph is right here and long.  \r\nSecond paragraph follows it in the text.\r\n';
    for (const b of cleanText(raw).blocks) expect(raw.slice(b.start, b.end)).toBe(b.text);
  });

  it('keeps headings as section markers', () => {
    const blocks = cleanText('## History of leaking\n\nThe idea is not new at all, as history shows.').blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
  });
});

describe('line tests', () => {
  it.each([
    ['Source: Hot News', true],
    // Round 50: a bio whose outlet's name runs long ("is Coastline Arts Review's visual arts editor").
    ["Daniel Ashworth is Coastline Arts Review's visual arts editor. He has written about public art for 15 years.", true],
    ['From Monday, the free park-and-ride service will run every 20 minutes.', false],
    ['Read more: how the Sahel became the centre', true],
    ['Photo: Reuters', true],
    ['^ a b Greene, Tim. "Worst Phishing Pest". Retrieved 2010-05-17.', true],
    ['Retrieved from "https://en.wikipedia.org/w/index.php"', true],
    ['Saturday, January 26, 2019 ', true],
    ['((WN))  Given that some key data is from 2004, how well?', true],
    ['MS Although we used gun ownership data from 2004.', true],
    ['Mali has asked U.N. peacekeepers to leave immediately.', false],
    ['UN troops patrol camps for displaced people.', false],
    // Round 69: the publication's own promotion.
    ['Follow The Deccan Ledger on WhatsApp for district news alerts.', true],
    ['Get the Yallambee Star newsletter every Friday morning. Subscribe now.', true],
    // Round 78: a briefing's promotion, ending on its call.
    ['Get the Deccan Business Line morning briefing: markets, companies and policy, every weekday at 7 am. Subscribe here.', true],
    ['Residents who wish to object can register now.', false],
    ['Followers of the band travelled from Leeds on Friday to see them.', false],
    ['Follow-up scans, including an X-ray, found no lasting damage.', false],
    ['Get Out director Jordan Peele spoke to X about the film.', false],
  ])('isFurniture(%j) is %s', (line, expected) => {
    expect(isFurniture(line)).toBe(expected);
  });

  it.each([
    ['MINUSMA was launched in 2013 after rebels took over.', true],
    ['“If I stay, I will almost be discredited,” he added.', true],
    ['How Mali demanded the withdrawal of UN troops', false],
    ['Main pageContentsCurrent events', false],
    ['Short one.', false],
  ])('isProse(%j) is %s', (line, expected) => {
    expect(isProse(line)).toBe(expected);
  });
});

// A review of this session's rules: a line that names a writer and goes on with the story is the story's.
describe('a writer named in the story', () => {
  it('is kept with the line that goes on', () => {
    const text = 'Professor Anna Hill writes widely on flood risk for the Environment Agency. Her new study found that 40% of homes in the valley are at risk.';
    const cleaned = cleanText(text);
    expect(cleaned.blocks.map((b) => text.slice(b.start, b.end))).toEqual([text]);
  });
});
