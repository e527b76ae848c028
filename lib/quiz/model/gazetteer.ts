// Typed, pure look-ups over the JSON that `npm run gazetteer` derives from WordNet 3.1 and two name lists.
// The generator uses them for same-kind distractors; the invariants use them to spot an alias of the key.
import namesData from './names.json';
import knownYearsData from './known-years.json';
import organisationsData from './organisations.json';
import placesData from './places.json';

export interface Country {
  name: string;
  aliases: string[];
  continent?: string;
  /** A WordNet part-holonym below the continent, e.g. "Maghreb", "British Isles". */
  region?: string;
  /** From the WordNet gloss ("in northwestern Africa" -> "northwest"); a proxy for neighbours, WordNet has no borders. */
  compass?: string;
  capital?: string;
}

export interface UsState {
  name: string;
  aliases: string[];
  capital?: string;
}

export interface City {
  name: string;
  aliases?: string[];
  country?: string;
  state?: string;
  continent?: string;
  /** A national capital. */
  capital?: boolean;
}

export type OrganisationKind = 'international' | 'alliance' | 'un-agency' | 'terrorist' | 'news-agency' | 'government-agency' | 'ngo' | 'university' | 'journal' | 'platform';

export interface Organisation {
  name: string;
  acronyms: string[];
  aliases: string[];
  kind: OrganisationKind;
}

export type PlaceKind = 'country' | 'capital' | 'city' | 'us-state';

const places: { source: string; countries: Country[]; usStates: UsState[]; cities: City[] } = placesData;
const organisations = organisationsData as { source: string; organisations: Organisation[] };
const names: { source: string; male: string[]; female: string[]; either: string[]; family: string[] } = namesData;

/** Given names by gender (in one name list only); `givenNames` holds these and the ones of either gender. */
export const maleGivenNames: readonly string[] = names.male;
export const femaleGivenNames: readonly string[] = names.female;
export const givenNames: readonly string[] = [...names.male, ...names.female, ...names.either];
export const familyNames: readonly string[] = names.family;
export const gazetteerSources = { places: places.source, organisations: organisations.source, names: names.source } as const;

// The generator asks about the same few hundred phrases many times per article; a bounded memo keeps that cheap.
const MEMO_LIMIT = 20_000;
const normalised = new Map<string, string>();

/** Folds case, accents, dots and a leading "the": "the U.N." and "Côte d'Ivoire" meet "UN" and "Cote d'Ivoire". */
export function normaliseName(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  // ASCII text needs no Unicode decomposition.
  const folded = (/^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'"))
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
  if (normalised.size >= MEMO_LIMIT) normalised.clear();
  normalised.set(text, folded);
  return folded;
}

/** An acronym only matches when written in capitals, so "us" the pronoun is not the United States. */
const acronymForms = new Map<string, boolean>();

function isAcronymForm(text: string): boolean {
  let found = acronymForms.get(text);
  if (found === undefined) {
    found = /^[A-Z][A-Z0-9&-]*$/.test(text.replace(/\./g, '').trim().replace(/^the\s+/i, ''));
    if (acronymForms.size >= MEMO_LIMIT) acronymForms.clear();
    acronymForms.set(text, found);
  }
  return found;
}

interface Entry<T> {
  byName: Map<string, T>;
  byAcronym: Map<string, T>;
}

function indexEntries<T extends { name: string }>(items: readonly T[], namesOf: (item: T) => string[], acronymsOf: (item: T) => string[]) {
  const entry: Entry<T> = { byName: new Map(), byAcronym: new Map() };
  for (const item of items) {
    for (const n of [item.name, ...namesOf(item)]) if (!entry.byName.has(normaliseName(n))) entry.byName.set(normaliseName(n), item);
    for (const a of acronymsOf(item)) if (!entry.byAcronym.has(normaliseName(a))) entry.byAcronym.set(normaliseName(a), item);
  }
  return entry;
}

function lookUp<T>(entry: Entry<T>, text: string): T | undefined {
  const key = normaliseName(text);
  return (isAcronymForm(text) ? entry.byAcronym.get(key) : undefined) ?? entry.byName.get(key);
}

const splitAcronyms = (aliases: readonly string[]) => ({
  full: aliases.filter((a) => !isAcronymForm(a)),
  short: aliases.filter((a) => isAcronymForm(a)),
});

const countryIndex = indexEntries(places.countries, (c) => splitAcronyms(c.aliases).full, (c) => splitAcronyms(c.aliases).short);
const stateIndex = indexEntries(places.usStates, (s) => splitAcronyms(s.aliases).full, (s) => splitAcronyms(s.aliases).short);
// National capitals first, so "Paris" finds France's before the one in Texas.
const cityIndex = indexEntries(
  [...places.cities].sort((a, b) => Number(b.capital ?? false) - Number(a.capital ?? false)),
  (c) => c.aliases ?? [],
  () => [],
);
const organisationIndex = indexEntries(organisations.organisations, (o) => o.aliases, (o) => o.acronyms);
const givenSet = new Set(givenNames.map(normaliseName));
const familySet = new Set(names.family.map(normaliseName));

export function findCountry(name: string): Country | undefined {
  return lookUp(countryIndex, name);
}

export function isKnownCountry(name: string): boolean {
  return findCountry(name) !== undefined;
}

export function findUsState(name: string): UsState | undefined {
  return lookUp(stateIndex, name);
}

export function findCity(name: string): City | undefined {
  return lookUp(cityIndex, name);
}

export function findOrganisation(name: string): Organisation | undefined {
  return lookUp(organisationIndex, name);
}

export function isKnownOrganisation(name: string): boolean {
  return findOrganisation(name) !== undefined;
}

export function getCapitalOf(country: string): string | undefined {
  return findCountry(country)?.capital;
}

/** Countries come first: "Niger" and "Georgia" are read as countries, not as the river or the US state. */
export function classifyPlace(name: string): PlaceKind | undefined {
  if (isKnownCountry(name)) return 'country';
  const city = findCity(name);
  if (city?.capital) return 'capital';
  if (findUsState(name)) return 'us-state';
  return city ? 'city' : undefined;
}

// Compass words as points on a unit map of the continent; WordNet has no borders, so distance stands in for them.
const COMPASS_POINTS: Record<string, [number, number]> = {
  north: [0, 1],
  south: [0, -1],
  east: [1, 0],
  west: [-1, 0],
  central: [0, 0],
  northeast: [Math.SQRT1_2, Math.SQRT1_2],
  northwest: [-Math.SQRT1_2, Math.SQRT1_2],
  southeast: [Math.SQRT1_2, -Math.SQRT1_2],
  southwest: [-Math.SQRT1_2, -Math.SQRT1_2],
};

/** Smaller is nearer; undefined when the two are not on the same continent. */
function measureDistance(from: Country, to: Country): number | undefined {
  if (!from.continent || from.continent !== to.continent) return undefined;
  const [ax, ay] = COMPASS_POINTS[from.compass ?? 'central'] ?? [0, 0];
  const [bx, by] = COMPASS_POINTS[to.compass ?? 'central'] ?? [0, 0];
  // A shared WordNet region (Maghreb, Middle East) counts as a step closer.
  return Math.hypot(ax - bx, ay - by) - (from.region && from.region === to.region ? 0.5 : 0);
}

/**
 * Countries of the same continent, those in the same part of it first (Mali: Algeria, Mauritania, Senegal ..., then
 * Burkina Faso, Niger ...). A ranking by region, not a list of borders.
 */
// A microstate is no plausible rival for a country of the story ("eastern Germany / Poland / Andorra").
const MICROSTATES = new Set(['Andorra', 'Monaco', 'Liechtenstein', 'San Marino', 'Vatican City', 'Holy See', 'Nauru', 'Tuvalu', 'Palau']);

export function countriesNear(name: string, limit = 8): string[] {
  const from = findCountry(name);
  if (!from) return [];
  return places.countries
    .filter((c) => c !== from && !MICROSTATES.has(c.name))
    .map((c) => ({ name: c.name, distance: measureDistance(from, c) }))
    .filter((c): c is { name: string; distance: number } => c.distance !== undefined)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => c.name);
}

/** Places of the same kind as `name` for distractors: neighbouring countries, their capitals, cities of the same country, other states. */
export function sameKindPlaces(name: string, limit = 8): string[] {
  const kind = classifyPlace(name);
  if (kind === 'country') return countriesNear(name, limit);
  if (kind === 'us-state') {
    const state = findUsState(name)!;
    return places.usStates.filter((s) => s !== state).map((s) => s.name).slice(0, limit);
  }
  const city = findCity(name);
  if (!city) return [];
  if (kind === 'capital' && city.country) {
    return countriesNear(city.country, limit * 2)
      .map((c) => getCapitalOf(c))
      .filter((c): c is string => c !== undefined && c !== city.name)
      .slice(0, limit);
  }
  const sameArea = (c: City) => (city.state ? c.state === city.state : city.country ? c.country === city.country : c.continent === city.continent);
  return [...new Set(places.cities.filter((c) => c !== city && sameArea(c)).map((c) => c.name))].slice(0, limit);
}

const RELATED_KINDS: Record<OrganisationKind, OrganisationKind[]> = {
  international: ['international', 'alliance', 'un-agency'],
  alliance: ['alliance', 'international'],
  'un-agency': ['un-agency', 'international'],
  terrorist: ['terrorist'],
  'news-agency': ['news-agency'],
  'government-agency': ['government-agency'],
  ngo: ['ngo'],
  university: ['university'],
  journal: ['journal'],
  platform: ['platform'],
};

const MEDICAL_JOURNAL = /\b(Lancet|Medicine|Medical|BMJ|Pediatrics)\b/;

/** Organisations of the same kind; asked with an acronym ("NATO") it answers with acronyms (UN, EU, OPEC) so the forms match. */
/** The kind of a listed body, or of a university or journal the list lacks ("Binghamton University"). */
export function findOrganisationKind(name: string): OrganisationKind | undefined {
  return findOrganisation(name)?.kind ?? (/\b(University|College)\b/.test(name) ? 'university' : /\bJournal\b/.test(name) ? 'journal' : undefined);
}

export function organisationsLike(name: string, limit = 8): string[] {
  const from = findOrganisation(name);
  const ownKind = findOrganisationKind(name);
  if (!ownKind) return [];
  const wantAcronym = isAcronymForm(name);
  const found: string[] = [];
  // A medical journal competes with medical journals, any other with the general ones (never The Lancet for archaeology).
  const medical = MEDICAL_JOURNAL.test(name);
  for (const kind of RELATED_KINDS[ownKind]) {
    for (const o of organisations.organisations) {
      if (o.kind !== kind || o === from) continue;
      if (kind === 'journal' && MEDICAL_JOURNAL.test(o.name) !== medical) continue;
      const text = wantAcronym ? o.acronyms[0] : o.name;
      if (text && !found.includes(text)) found.push(text);
    }
  }
  return found.slice(0, limit);
}

/** Every name the gazetteer knows for the same entity as `name`, itself included; empty when it knows none. */
export function listAliases(name: string): string[] {
  const country = findCountry(name);
  if (country) return [country.name, ...country.aliases];
  const organisation = findOrganisation(name);
  if (organisation) return [organisation.name, ...organisation.acronyms, ...organisation.aliases];
  const state = findUsState(name);
  if (state) return [state.name, ...state.aliases];
  const city = findCity(name);
  if (city) return [city.name, ...(city.aliases ?? [])];
  return [];
}

export function isGivenName(word: string): boolean {
  return givenSet.has(normaliseName(word));
}

export function isFamilyName(word: string): boolean {
  return familySet.has(normaliseName(word));
}

const knownYears = (knownYearsData as { years: Record<string, number[]> }).years;

/** Years an encyclopedia states about a named person or group ("Mandela": 1918, 1994), by full name or surname. */
export function listKnownYears(name: string): number[] {
  return knownYears[name] ?? knownYears[name.split(/\s+/).at(-1)!] ?? [];
}
