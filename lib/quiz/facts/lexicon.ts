/** Word lists the fact extractor and the distractor picker share; the data lives in model-fallback/lexicon.json. */
import lexicon from '../model-fallback/lexicon.json';

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

export const TITLES = lower(lexicon.titles);
/** The nouns a description of a person ends on: "defence lawyer", "board chief executive", "restaurant owner". */
export const PERSON_ROLES = lower(lexicon.personRoles);
export const ORG_SUFFIXES = lower(lexicon.orgSuffixes);
export const PLACE_SUFFIXES = lower(lexicon.placeSuffixes);
export const PERSON_VERBS = lower(lexicon.personVerbs);
export const ORGANISATIONS = lower(lexicon.organisations);
export const COUNTRIES = lower(lexicon.countries);
export const CITIES = lower(lexicon.cities);
export const REGIONS = lower(lexicon.regions);
/** Counties of the UK, which no suffix marks as such ("Norfolk", "Cumbria"). */
export const COUNTIES = new Set(lexicon.counties);
export const GIVEN_NAMES = lower(lexicon.givenNames);
export const MONTHS = lexicon.months;
export const MONTH_SET = lower(lexicon.months);
export const WEEKDAYS = lower(lexicon.weekdays);
export const DEMONYMS = lower(lexicon.demonyms);
/** Languages and scripts: "support to Hindi" names no place. */
export const LANGUAGES = lower(lexicon.languages);
export const SPEECH_VERBS = lower(lexicon.speechVerbs);
/** Demonyms no suffix rule turns into their country ("Danish" Denmark), keyed in lower case. */
export const IRREGULAR_DEMONYMS: Readonly<Record<string, string>> = lexicon.irregularDemonyms;
/** The nations of the United Kingdom, which a sports story treats as countries. */
export const HOME_NATIONS: ReadonlySet<string> = new Set(lexicon.homeNations);
/** What a minister's title names as its remit ("Minister of State for Housing"). */
export const REMITS = lower(lexicon.remits);

/**
 * Words whose opposite makes a plain false statement ("rose" / "fell", "before" / "after"), keyed by the word as
 * written; "a|b" swaps both ways, "a>b" only forwards ("lost" has senses "won" does not).
 */
export const CONTRASTS: ReadonlyMap<string, string> = new Map(
  lexicon.contrasts.flatMap((pair) => {
    const [a, b] = pair.split(/[|>]/) as [string, string];
    return pair.includes('|') ? [[a, b], [b, a]] : [[a, b]];
  }),
);

/** Fallback places for distractors, after the shared gazetteer's, when the article has too few of a kind. */
export const POOLS = {
  country: lexicon.countries.filter((c) => c.length > 3 && !/^(Britain|Great Britain|England|Scotland|Wales|America|Northern Ireland)$/.test(c)),
  city: lexicon.cities,
};

/** Spellings of the same body: a distractor from one group never sits beside another spelling of it. */
export const ALIAS_GROUPS: string[][] = [
  ['un', 'u.n.', 'united nations', 'the un', 'the u.n.'],
  ['us', 'u.s.', 'usa', 'u.s.a.', 'united states', 'america', 'united states of america'],
  ['uk', 'u.k.', 'britain', 'great britain', 'united kingdom'],
  ['eu', 'e.u.', 'european union'],
  ['kyiv', 'kiev'],
  ['russia', 'kremlin', 'moscow'],
  ['washington', 'united states', 'us', 'u.s.'],
];

// The letters of a country's dollar or real before its sign: "US$12bn", "NZ$40", "R$310 million", "N$15,000" (Namibia),
// "F$2 million" (Fiji).
export const DOLLAR_LETTERS = '(?:A|C|NZ|US|HK|S|R|MX|NT|N|F|J|TT|EC|BZ|RD|SI|T)';
