/**
 * Stage 1: find the article's prose in raw text. Nothing is rewritten: every block keeps its offsets into the
 * original string, so evidence can always be sliced back out of it.
 */
import { CITATION_MARK, countWords } from './words';
import { classifyPlace } from '../model/gazetteer';

export interface Block {
  kind: 'paragraph' | 'heading';
  start: number;
  end: number;
  text: string;
  /** Set on a paragraph that opened with a list bullet ("- St Aidan's Church, a Grade I listed building, ..."). */
  item?: boolean;
}

export interface CleanText {
  title?: string;
  /** The year of the article's own date line ("Saturday, January 12, 2019", "NORTHBRIDGE, 6 May 2025 -"), if any. */
  published?: number;
  blocks: Block[];
}

interface Line {
  start: number;
  end: number;
  text: string;
  item?: boolean;
}

const HEADER_LINE = /^(title|source|license|licence|author|byline|date|url|published|updated)\s*:\s*(.*)$/i;
const FURNITURE_LINE =
  /^(journal reference(?=\s*:)|citation(?=\s*:)|doi(?=\s*:)|source|sources|photo|photograph|image|picture|caption|credit|credits|read more|read also|also read|see also|related|related stories|watch|listen|follow us|subscribe|share this|advertisement|copyright|©|categories|hidden categories|retrieved from|this page was last edited|text is available under|from wikipedia|from [^,]{2,40}, the (?:free|open) (?:online )?(?:encyclopedia|encyclopaedia|dictionary|\w+ reference)(?: of [\w ]{2,40})?$|jump to content|jump to navigation|main menu|navigation|tools|personal tools|some material in this report|reporting by|editing by|additional reporting|click here|sign up|language links are|date:|you can support|this article is about|for other uses|not to be confused with|"[^"]*" redirects here)\b/i;
const DATELINE =
  /^((monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?((january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(january|february|march|april|may|june|july|august|september|october|november|december),?\s+\d{4}|\d{4}-\d{2}-\d{2})\b.{0,40}$/i;
const BYLINE = /^(by|written by|words by|story by|[Rr]eport(?:ing)? by)\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}\s*(,.*)?$/;
// ("By Priya Lanyon | Tuesday 11 March 2025, 6:42pm", "By Dan Fairhurst – Sport": a date or desk after the name.)
// (Never "By Monday, the council had ..." or "By March, ...": a time, not a writer; a review of round 65.)
const BYLINE_WITH_DATE =
  /^(?:By|Written by|Words by|Story by)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Then|Now|Tonight|Today|Midday|Midnight|Noon|Dawn|Lunchtime|Autumn|Spring|Summer|Winter)\b)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[|–—-].*|,\s*[^.!?]*)?$/u;
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’-]+(\s+(?:(?:van|de|der|den|von|da|di|du|le|la|bin|al|el)\s+)?\p{Lu}[\p{L}.'’-]+){0,3}\s+(?:(?:is|was|has been)\s+(?:(?:an?|the|our|this paper's)\s+)?([\p{L}’'-]+\s+){0,6}(?:[Aa]uthor|[Ww]riter|[Jj]ournalist|[Rr]eporter|[Cc]olumnist|[Bb]logger|[Ee]ditor|[Cc]orrespondent|[Cc]ontributor)\b|(?:covers|has covered|writes about|has written about|reports on|has reported on)\s+[^.]{3,120}(?:\s+(?:for|since)\s+|\.)|writes\s+(?!that\b)\p{Ll}+\s+(?:and\s+\p{Ll}+\s+)?(?:on|about|for)\s+[^.]{3,100}\.(?:\s+(?:He|She|They)\s[^.]*\.)*$)/u;
// Sections after which a page holds no more article prose (Wikipedia tails, author boxes).
const TAIL_HEADING =
  /^(references|notes|footnotes|citations|external links|see also|further reading|bibliography|sources|about the author|about the authors|related articles|more from|comments|notes to editors|editors' notes|editor's notes|ends|-?\s*ends\s*-?|media contacts?|press contacts?|for more information)$/i;
const LINK_LIST_HEADING = /^(?:read more|read also|also read|related|related stories|related links|more on this story|watch|listen)\s*:?$/i;
const SENTENCE_END = /[.!?]["'”’)\]]*$/;
const ITEM_END = /[;,]\s*(?:and|or)?$/;
const CITATION_TAIL = new RegExp(`(?:${CITATION_MARK})+$`, 'i');

/** Split into lines with their offsets; `\r` is kept out of the line text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

// "PORT ALDIN — The party won ...", "LONDON (Reuters) - ...": a dateline opening the first paragraph.
// ("NORTHBRIDGE, 6 May 2025 - ", "AUSTIN, Texas, March 3, 2024 — ": a date may follow the place.)
const DATELINE_LEAD =
  /^(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][a-z]+)?(?:,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?\s*(?:\((?:Reuters|AP|AFP|dpa|UPI)\))?\s+[—–-]{1,2}\s+)/;

/** Trim a line's span to its visible text: list bullets, quote marks of markdown and an opening dateline. */
function trimLine(line: Line): Line {
  const unbulleted = line.text.replace(/^\s*((?:[-*•>]|\d+\.)\s+)?/, '');
  const lead = line.text.length - unbulleted.replace(DATELINE_LEAD, '').length;
  const body = line.text.slice(lead).trimEnd();
  const item = /^\s*[-*•]\s/.test(line.text) || undefined;
  return { start: line.start + lead, end: line.start + lead + body.length, text: body, ...(item && { item }) };
}


/** True for lines that are page furniture, never article prose. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (FURNITURE_LINE.test(t) || DATELINE.test(t) || BYLINE.test(t)) return true;
  if (/^\^/.test(t)) return true; // reference list entry
  // ("© 2025 Lanka Commerce Review (Pvt) Ltd. Licensed under CC BY 4.0.": "©" is no word, so the pattern above, which
  // ends on a word boundary, misses it before a space; round 98.)
  if (/^(?:©|\(c\)\s)/i.test(t)) return true;
  // A caption ending on its photo credit ("... on Friday. (AP Photo/Giorgi Mamaladze)"), a wire contributor line.
  if (/\((?:AP|AFP|Reuters|EPA|PA|Getty)?\s*(?:Photo|Images?|Picture)[^)]*\)$/i.test(t)) return true;
  if (/^[\p{L} .'’-]{0,60}\bcontributed (?:to this report|reporting|from)\b/u.test(t)) return true;
  if (/^\d{1,2}[:.]\d{2}\s*(?:\||[-–—]\s)/.test(t) && countWords(t) <= 6) return true; // a feed item's time: "17:32 | COUNCIL"
  if (/^!\[/.test(t) || /^<[^>]*>$/.test(t) || /^(<br\s*\/?>\s*)+$/i.test(t)) return true;
  if (/^(https?:\/\/|www\.)\S+$/i.test(t)) return true;
  if (/^\(\(.*?\)\)/.test(t)) return true; // interview markers such as ((WN))
  if (/^[—–-]\s*\S/.test(t) && countWords(t) <= 5) return true; // sign-off "—Professor Siegel"
  if (/^\[.*\]\(.*\)$/.test(t)) return true; // a bare markdown link
  // ("By Lowenna Carthew. Lowenna Carthew is a freelance writer ...": a closing byline with the bio after it; round 64.)
  // ("Words by Owen Bradbury. Owen Bradbury is a features writer ... Published 17 February 2024.": round 67.)
  if (AUTHOR_BIO.test(t) || AUTHOR_BIO.test(t.replace(/^(?:(?:Words|Written|Story)\s+by|By)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\.\s+/u, '').replace(/\s+Published\s+[^.]*\.$/, ''))) return true;
  // "About the author: Owen Pryce joined as employment correspondent in 2016 ...": a bio box on one line.
  if (/^about the authors?\s*[:–—-]/i.test(t)) return true;
  // "Follow The Deccan Ledger on WhatsApp for district news alerts.", "Get the Star newsletter every Friday": the
  // publication's own promotion (round 69).
  // (Not "Follow-up scans, including an X-ray, ...": the platform is named after "on" or "via", a newsletter after "get".)
  if (/^[fjgsd]/i.test(t) && /^(?:follow|join|get|sign up for|download)(?![-\w]).{0,90}(?:\b(?:on|via)\s+(?:whatsapp|telegram|facebook|instagram|twitter|x|threads|tiktok|youtube|linkedin|google news)\b|\b(?:newsletter|news alerts|our app)\b)/i.test(t) && countWords(t) <= 20) return true;
  // ("Get the Deccan Business Line morning briefing: markets, companies and policy, every weekday at 7 am. Subscribe
  // here.": a promotion that ends on its call; round 78.)
  if (/(?:^|[.!:]\s+)(?:Subscribe|Sign up|Register)(?: for free)?\s+(?:here|now|today)[.!]?$/.test(t) && countWords(t) <= 30) return true;
  // ("Enjoyed this story? Support independent court reporting in Namibia - subscribe from N$49 a month.": the page's
  // appeal for money; round 86.)
  if (/^(?:(?:Did you )?[Ee]njoy(?:ed)? this (?:story|article)\?|(?:Please\s+)?(?:Support|Help fund)\s+(?:us|our|independent|local|quality|public-interest|this)\b|Donate\b)/i.test(t) && /\b(?:subscri\w*|donat\w*|support us|membership|become a member)\b/i.test(t) && countWords(t) <= 40) return true;
  // ("Share your memories of Peg Arsenault in the comments below or email ...": the page asking its readers; round 82.)
  if (/^(?:Share your (?:memories|thoughts|stories|story|views|experience)|Have your say|Tell us what you think|Leave a comment|Join the conversation)\b/i.test(t) && countWords(t) <= 30) return true;
  // Interview answers prefixed with the speaker's initials ("MS Although ..."): too garbled to quote.
  if (/^[A-Z]{2}\s+[A-Z][a-z]/.test(t) && !/^(UN|US|UK|EU|AI)\s/.test(t)) return true;
  return false;
}

/** A line that reads as prose: enough words and a sentence-final mark. */
export function isProse(line: string): boolean {
  const t = line.trim().replace(CITATION_TAIL, '');
  return countWords(t) >= 5 && SENTENCE_END.test(t);
}

function headingText(t: string): string | undefined {
  const md = /^#{1,6}\s+(.*?)\s*#*$/.exec(t);
  if (md) return md[1];
  const wiki = /^(.{1,80}?)\[edit\]$/.exec(t);
  if (wiki) return wiki[1];
  return undefined;
}

const YAML_KEY = /^[\w-]+\s*:(?:\s|$)/;

/** A YAML scalar's quotes taken off: 'it''s' is "it's", "say \"hi\"" is 'say "hi"'. */
function unquoteYaml(value: string): string {
  if (/^'.*'$/.test(value)) return value.slice(1, -1).replace(/''/g, "'").trim();
  if (/^".*"$/.test(value)) return value.slice(1, -1).replace(/\\(["\\])/g, '$1').trim();
  return value;
}

/** Drop YAML front matter and the leading header lines; returns the title and where the body starts. */
function readHeader(lines: Line[]): { title?: string; first: number } {
  let i = 0;
  let title: string | undefined;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  if (lines[i]?.text.trim() === '---') {
    const close = lines.findIndex((l, j) => j > i && l.text.trim() === '---');
    if (close > i) {
      const front = lines.slice(i + 1, close).map((l) => l.text);
      front.forEach((line, j) => {
        const m = /^title\s*:\s*(.*)$/i.exec(line.trim());
        if (!m) return;
        // A long title is folded onto the next lines ("title: >-" then the words), as YAML writers do; the lines are
        // trimmed here, so the fold ends at the next key.
        const rest = front.slice(j + 1);
        const end = rest.findIndex((l) => YAML_KEY.test(l.trim()));
        const value = /^(?:[>|][+-]?)?$/.test(m[1]!) ? rest.slice(0, end === -1 ? rest.length : end).join(' ') : m[1]!;
        title = unquoteYaml(value.replace(/\s+/g, ' ').trim()) || undefined;
      });
      i = close + 1;
    }
  }
  for (; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t === '') continue;
    const m = HEADER_LINE.exec(t);
    if (!m) break;
    if (/^title$/i.test(m[1]!) && m[2]) title ??= m[2].trim();
  }
  return { title, first: i };
}

// A live page's item that says it is no part of the story: "In news unrelated to the storm:", "Away from the weather,",
// "Football now."
const OFF_TOPIC = /^(?:In (?:other|unrelated) news\b|In news unrelated to\b|Unrelated to\b|Away from the (?:storm|weather|war|election|match|game|crisis)\b|(?:Football|Sport|Sports|Business|Politics|Weather|Entertainment) now\.)/i;

/** Stage 1 entry: the article's paragraphs and headings, furniture and headline fragments dropped. */
export function cleanText(text: string): CleanText {
  const published = readPublished(splitLines(text).slice(0, 60));
  const lines = splitLines(text).map(trimLine);
  const { title, first } = readHeader(lines);
  const blocks: Block[] = [];
  let open: Line | undefined; // paragraph being built from hard-wrapped lines
  const close = () => {
    // (A list item may end on ";" or "; and", the list's own punctuation.)
    const prose = open && (isProse(open.text) || (open.item && countWords(open.text) >= 5 && ITEM_END.test(open.text)));
    if (open && prose && !OFF_TOPIC.test(open.text) && !writers.some((w) => isWriterBio(open!.text, w))) blocks.push({ kind: 'paragraph', ...open });
    open = undefined;
  };
  // Set after "Related:" or "Read more:": the links listed under it are other stories' headlines.
  let linkList = false;
  // The names of the bylines met so far: a paragraph that opens on one ("Rebecca Thorne is the Top End Health Review's
  // health and community affairs reporter.") is the writer's bio, however it goes on (round 78).
  const writers: string[] = [];
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (t === '') {
      close();
      continue;
    }
    if (linkList && line.item) continue;
    linkList = LINK_LIST_HEADING.test(t);
    if (linkList) {
      close();
      continue;
    }
    const heading = headingText(t);
    if (heading !== undefined) {
      close();
      if (TAIL_HEADING.test(heading.trim())) break;
      blocks.push({ kind: 'heading', ...line });
      continue;
    }
    if (TAIL_HEADING.test(t)) {
      close();
      break;
    }
    // "Stallholders say the increase ... could empty a building ...", between the headline and the byline: the
    // standfirst, which retells the story as a headline does.
    const writer = BYLINE_NAME.exec(t.trim())?.[1];
    // (Not an outlet's byline: "By BBC News", "By Associated Press".)
    if (writer && !OUTLET_WORD.test(writer) && (BYLINE_WITH_DATE.test(t.trim()) || BYLINE.test(t.trim()))) writers.push(writer);
    if (BYLINE_WITH_DATE.test(t.trim())) {
      close();
      demoteStandfirst(blocks);
      continue;
    }
    if (isFurniture(t)) {
      close();
      continue;
    }
    // Each list item is its own block: "The board's findings included:" does not run on into "- the operator, ...".
    if (line.item && open) close();
    if (open) {
      open = { ...open, end: line.end, text: text.slice(open.start, line.end) };
    } else {
      open = line;
    }
    if (SENTENCE_END.test(t.replace(CITATION_TAIL, ''))) {
      close();
      continue;
    }
    // No final mark: a hard-wrapped line continues when the next line starts in lower case; otherwise this is a
    // headline fragment or a caption sitting between paragraphs.
    const next = lines[i + 1]?.text ?? '';
    if (!/^[a-z(“"'‘]/.test(next)) {
      const fragment = open;
      open = undefined;
      if (fragment.start === line.start && countWords(t) <= 20) blocks.push({ kind: 'heading', ...fragment });
    }
  }
  close();
  demoteSummaryLead(blocks);
  const story = keepLeadStory(lines.slice(first), blocks);
  // A feed's kept story is headed by its own headline, not the site's.
  const storyTitle = story === blocks ? undefined : story.find((b) => b.kind === 'heading')?.text.trim();
  return { title: storyTitle ?? title ?? readHeadline(story), ...(published && { published }), blocks: story };
}

const BYLINE_NAME = /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Ss]tory by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})/u;
const OUTLET_WORD = /\b(?:News|Press|Associated|Agency|Service|Staff|Reporters?|Desk|Wire|Times|Post|Herald|Daily|Weekly|Review|Team)\b/;
// What a bio says of its writer next: "is", "has reported", "joined", "covers", "writes about".
const BIO_VERB = /^\s+(?:is|was|has|joined|covers|writes|reports|edits)\b/;

/** Does the paragraph open on the byline's writer, described as a bio does? */
function isWriterBio(paragraph: string, writer: string): boolean {
  return paragraph.startsWith(writer) && BIO_VERB.test(paragraph.slice(writer.length));
}

/** Paragraphs above the byline, under the headline, read as headings: the standfirst is no part of the story's prose. */
function demoteStandfirst(blocks: Block[]): void {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  if (!blocks.some((b) => b.kind === 'heading') || paragraphs.length === 0 || paragraphs.length > 2) return;
  for (const b of paragraphs) b.kind = 'heading';
}

/**
 * "Kerensa Polglase joined the crew at 17 to prove a point. ...", under the headline, then "At six o'clock ..., Kerensa
 * Polglase is already on the slipway": a story names a person in full once; a short paragraph whose full name the next
 * one introduces again is the standfirst, even with no byline between them (round 64).
 */
function demoteSummaryLead(blocks: Block[]): void {
  const first = blocks.findIndex((b) => b.kind === 'paragraph');
  const next = blocks[first + 1];
  if (first < 1 || !blocks.slice(0, first).every((b) => b.kind === 'heading') || next?.kind !== 'paragraph') return;
  const lead = blocks[first]!;
  // (A person's standfirst speaks of him or her; a club's, a firm's or a storm's does not: a review of round 65.)
  if (countWords(lead.text) > 45 || !/\b(?:she|he|her|his)\b/i.test(lead.text)) return;
  // (The person the standfirst opens on, whom the story goes on to call by the surname alone: "Cardiff Bay" in both a
  // marathon's lead and its next paragraph is no one.)
  const name = OPENING_FULL_NAME.exec(lead.text)?.[0];
  if (!name || classifyPlace(name) || !next.text.includes(name)) return;
  const [given, ...rest] = name.split(' ');
  const surname = rest.join(' ');
  const later = blocks.slice(first + 1).map((b) => b.text).join('\n');
  if (new RegExp(`(?<!${given} )\\b${surname}\\b`, 'u').test(later)) lead.kind = 'heading';
}
const OPENING_FULL_NAME = /^\p{Lu}\p{Ll}+\s(?:(?:Le|De|La|Van|Von)\s)?\p{Lu}[\p{Ll}'’-]+(?=\s\p{Ll})/u;

/**
 * A page pasted without a "Title:" line: its headline is the first heading of five words or more above the first
 * paragraph ("Obituaries" is a section label; "Margit Selander, hydrographer who charted ..., dies aged 88" the headline).
 */
function readHeadline(blocks: Block[]): string | undefined {
  const firstParagraph = blocks.findIndex((b) => b.kind === 'paragraph');
  // ("Results > IJF World Tour > Grand Prix Linz 2025": a site's breadcrumb trail, not the story's headline.)
  const top = blocks.slice(0, firstParagraph < 0 ? 0 : firstParagraph);
  // ("Other names: selške citre, "valley zither"" beside "Strings: 22–29": an infobox's field, not the headline; round 86.
  // A headline may hold a colon too: "Salt Road review: a chattel house crosses St Philip".)
  const isField = (i: number) => INFOBOX_FIELD.test(top[i]!.text) && [top[i - 1], top[i + 1]].some((b) => b?.kind === 'heading' && INFOBOX_FIELD.test(b.text));
  return top.find((b, i) => b.kind === 'heading' && countWords(b.text) >= 5 && !BREADCRUMB.test(b.text) && !isField(i))?.text.trim();
}
const INFOBOX_FIELD = /^\p{Lu}[\p{L}’' –-]{1,40}:\s/u;
const BREADCRUMB = /\s[>»›|]\s/;
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const FULL_DATE = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTH_NAMES})\\s+(1[89]\\d\\d|20\\d\\d)\\b|\\b(?:${MONTH_NAMES})\\s+\\d{1,2},\\s+(1[89]\\d\\d|20\\d\\d)\\b`);

// "Tartu, 12 March 2025, 18:40 EET", "WELLINGTON, 18 June 2025": a place, a full date, maybe a time, nothing else (not a
// caption's "Flood damage in Derna, 12 September 2023", nor an infobox's "Born: 4 June 1931").
const PLACE = `\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}`;
const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)';
// (Also "Leeds | Friday 14 March 2025, 17:42 GMT", "NEUQUÉN, Argentina, 9 October 2023", "Sat 3 May 2025 21.48 BST".)
const PLACE_DATE_LINE = new RegExp(
  `^(?:(?:Last\\s+)?(?:edited|updated|published)(?:\\s+on)?\\s+|${PLACE}(?:,\\s+${PLACE})?\\s*[,|–—-]\\s+)?(?:${WEEKDAY_NAME},?\\s+)?(?:\\d{1,2}\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2},?)\\s+(?:1[89]|20)\\d\\d(?:(?:,?\\s+|\\s+[–-]\\s+)\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+\\p{Lu}{2,5})?)?(?:\\s+\\([^()]{2,40}\\)|\\s*\\|.{0,30})?$`,
  'u',
);

/** The year of the first date line near the top: a line that is only a date, a "Date:"/"Published:" header, or a dateline. */
function readPublished(lines: Line[]): number | undefined {
  for (const l of lines) {
    const t = l.text.trim();
    const header = HEADER_LINE.exec(t);
    // ("Published 3 February 2026, 21:47 GMT": a date line without the colon of a header.)
    // ("Tartu, 12 March 2025, 18:40 EET": a short line of a place, a full date and a time; round 80.)
    const dated = DATELINE.test(t) || PLACE_DATE_LINE.test(t) || (header && /^(?:date|published|updated)$/i.test(header[1]!)) || DATELINE_LEAD.test(t) || /^(?:first\s+)?(?:published|posted|updated|last updated)\s+(?:on\s+)?\S.{0,50}$/i.test(t);
    const year = dated ? /\b(1[89]\d\d|20\d\d)\b/.exec(DATELINE_LEAD.exec(t)?.[0] ?? t)?.[1] : undefined;
    if (year) return Number(year);
    // "By Helen Carraway, Local Democracy Reporting Service | Thursday 14 March 2024, 6.42pm": a byline's full date.
    const bylineDate = /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Ss]tory by)\s+\p{Lu}/u.test(t) ? FULL_DATE.exec(t) : null;
    if (bylineDate) return Number(bylineDate[1] ?? bylineDate[2]);
    // ("SIBIU, Romania — Published 11 June 2025, 16:42 | Updated ...", "SANTA CRUZ DE TENERIFE, 3 March 2025",
    // "WEATHER | Posted 15 July 2025, 5:10 PM": a short line, no sentence, opening on a dateline's capitals or saying
    // when it was posted; round 98.)
    const shortDated = countWords(t) <= 16 && !/[.!?]["”’)]?$/.test(t) && (/^\p{Lu}{2,}/u.test(t) || /\b(?:published|posted|updated)\b/i.test(t)) ? FULL_DATE.exec(t) : null;
    if (shortDated) return Number(shortDated[1] ?? shortDated[2]);
  }
  return undefined;
}

// A news feed's item ends on a rule or its share line ("Share | Comments (48)"), and opens on a time ("17:32 | COUNCIL").
const ITEM_RULE = /^[-–—_=*]{5,}$/;
const ITEM_MARK = /^(?:share\b|comments?\s*\(\d+\)|\d{1,2}[:.]\d{2}\s*(?:\||[-–—]\s))/i;

/**
 * A feed page holds several stories, and only one is the article: its other items (roadworks, a court case, the
 * weather) are no facts of the story. On a page of three or more items with feed marks, the story with the most prose
 * is kept.
 */
function keepLeadStory(lines: Line[], blocks: Block[]): Block[] {
  const cuts = lines.filter((l) => ITEM_RULE.test(l.text) || /^share\b/i.test(l.text)).map((l) => l.start);
  if (cuts.length < 3 || lines.filter((l) => ITEM_MARK.test(l.text)).length < 4) return blocks;
  const itemOf = (b: Block) => cuts.filter((c) => c < b.start).length;
  const words = new Map<number, number>();
  for (const b of blocks) if (b.kind === 'paragraph') words.set(itemOf(b), (words.get(itemOf(b)) ?? 0) + countWords(b.text));
  if (words.size < 3) return blocks;
  const lead = [...words].reduce((best, item) => (item[1] > best[1] ? item : best))[0];
  return blocks.filter((b) => itemOf(b) === lead);
}
