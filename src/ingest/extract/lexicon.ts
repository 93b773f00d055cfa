/**
 * Lookup tables built once from the lexicons: places by normalized name (exact and typo-tolerant),
 * demonyms, and organization names.
 */
import { fuzzyKey, nameKey } from '../../domain/names';
import worldCountries from 'world-countries';
import { COUNTRIES } from './lexicons/countries';
import { KNOWN_ACRONYMS, INSTITUTIONS, MILITARY_BRANCHES } from './lexicons/orgs';
import type { PlaceKind } from './lexicons/places';
import { PLACES } from './lexicons/places';
import { gazetteerCapitals, gazetteerCities, gazetteerSubdivisions } from './lexicons/gazetteer';
import { isGivenName } from './lexicons/name-data';

/** A place as the extractor knows it. */
export interface PlaceInfo {
  name: string;
  kind: PlaceKind;
  /** The country a city or state is in; for a country, itself. */
  country: string | null;
  /** Set for names that only the GeoNames gazetteer knows: the article may still say otherwise. */
  gazetteer?: true;
}

const placeByKey = new Map<string, PlaceInfo>();
const placeByFuzzy = new Map<string, PlaceInfo>();
const demonyms = new Map<string, string | null>();

function addPlace(form: string, info: PlaceInfo): void {
  const key = nameKey(form);
  if (!placeByKey.has(key)) placeByKey.set(key, info);
  const fuzzy = fuzzyKey(form);
  if (fuzzy.length >= 6 && !placeByFuzzy.has(fuzzy)) placeByFuzzy.set(fuzzy, info);
}

for (const c of COUNTRIES) {
  const info: PlaceInfo = { name: c.name, kind: 'country', country: c.name };
  for (const form of [c.name, ...c.aliases]) addPlace(form, info);
  for (const d of c.demonyms) demonyms.set(d.toLowerCase(), c.name);
}
/** The extractor's name of the country with this ISO 3166-1 alpha-2 code, if it knows it. */
const countryByCode = new Map<string, string>();
// English demonyms from world-countries (mledoze/countries, maintained): "Ecuadorean" beside the
// lexicon's "Ecuadorian". Only countries the lexicon already names get them, so no new name can
// shadow a person or a state ("Jordan", "Georgia"). Their alpha-2 codes key the gazetteers.
for (const c of worldCountries) {
  const forms = [c.name.common, c.name.official, ...c.altSpellings];
  const known = forms.map((f) => placeByKey.get(nameKey(f))).find((p) => p?.kind === 'country');
  if (!known) continue;
  countryByCode.set(c.cca2, known.name);
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (d && !demonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), known.name);
  }
}
for (const p of PLACES) {
  const info: PlaceInfo = { name: p.name, kind: p.kind, country: p.country ?? null };
  for (const form of [p.name, ...p.aliases]) addPlace(form, info);
}
// Regional adjectives qualify like demonyms but name no country.
for (const d of `latin american|north american|south american|central american|middle eastern|european|asian|african
|caribbean|western|eastern|northern|southern|hispanic|arab|persian|kurdish|pashtun|baloch|andean|nordic|balkan
|islamist|jihadist|salafist|maoist|marxist|sunni|shiite|shia`
  .split('|')
  .map((x) => x.trim()))
  demonyms.set(d, null);

let subdivisionsAdded = false;
/**
 * First-level subdivisions from the gazetteer, exact names only (no typo tolerance), after the
 * lexicon: a lexicon entry of the same name wins.
 */
function addSubdivisions(): void {
  subdivisionsAdded = true;
  for (const s of gazetteerSubdivisions()) {
    const country = countryByCode.get(s.countryCode);
    const key = nameKey(s.name);
    // "the Somali army": Ethiopia's Somali Region shares its name with a demonym, which wins.
    // ("A'ana" keys as "ana": a name whose key spells a given name is no place for "Ana".)
    const keyName = key.charAt(0).toUpperCase() + key.slice(1);
    if (key !== s.name.toLowerCase() && isGivenName(keyName)) continue;
    if (country && !placeByKey.has(key) && !demonyms.has(s.name.toLowerCase()))
      placeByKey.set(key, { name: s.name, kind: 'state', country, gazetteer: true });
  }
}

/** The place a name denotes, trying the exact key then the typo-tolerant key. */
export function lookupPlace(form: string): PlaceInfo | null {
  if (!subdivisionsAdded) addSubdivisions();
  // Runs are looked up several times each (whole, prefixes, qualifiers): memoize, bounded.
  const hit = placeMemo.get(form);
  if (hit !== undefined) return hit;
  if (placeMemo.size > 50_000) placeMemo.clear();
  const info =
    placeByKey.get(nameKey(form)) ??
    // (A spelling variant, "Philipines" for "Philippines"; not a given name one letter off a
    // country's, "Cameron" for "Cameroon".)
    (isGivenName(form) ? null : placeByFuzzy.get(fuzzyKey(form))) ??
    (/^St\.?\s/.test(form) ? (placeByKey.get(nameKey(saintSpelled(form))) ?? null) : null) ??
    // ("South-east Asia" is Southeast Asia.)
    (/^(?:North|South)-/i.test(form) ? (placeByKey.get(nameKey(form.replace('-', ''))) ?? null) : null);
  placeMemo.set(form, info);
  return info;
}
const placeMemo = new Map<string, PlaceInfo | null>();

/** A gazetteer city, with the population that decides how much context it needs. */
export interface CityInfo extends PlaceInfo {
  population: number;
}

let capitalByKey: Map<string, string> | null = null;
/** The country whose national capital has this name, per GeoNames (for text that says "capital"). */
export function capitalCountry(form: string): string | null {
  if (!capitalByKey) {
    capitalByKey = new Map();
    for (const c of gazetteerCapitals()) {
      const country = countryByCode.get(c.countryCode);
      if (country) capitalByKey.set(nameKey(c.name), country);
    }
  }
  return capitalByKey.get(nameKey(form)) ?? null;
}

let cityByKey: Map<string, CityInfo> | null = null;
/**
 * A city of the gazetteer with this name (the most populous one when several share it), with its
 * population. Not consulted by lookupPlace: a city name is taken as a place only where the
 * article's context supports it (article-pass.ts).
 */
export function lookupCity(form: string): CityInfo | null {
  if (!cityByKey) {
    cityByKey = new Map();
    for (const c of gazetteerCities()) {
      const country = countryByCode.get(c.countryCode);
      const key = nameKey(c.name);
      if (country && !cityByKey.has(key))
        cityByKey.set(key, {
          name: c.name,
          kind: 'city',
          country,
          gazetteer: true,
          population: c.population ?? 0,
        });
    }
  }
  return cityByKey.get(nameKey(form)) ?? cityByKey.get(nameKey(saintSpelled(form))) ?? null;
}

/** "St. Petersburg", "St Kitts": gazetteers spell the abbreviation out. */
function saintSpelled(form: string): string {
  return form.replace(/^St\.?\s+/, 'Saint ');
}

/**
 * The country a form names, as a country name ("U.S.", "Mexico") or a demonym ("Mexican"); a
 * regional adjective ("Latin American") gives a null country. Null when it is neither.
 */
export function lookupCountryForm(form: string): { country: string | null } | null {
  const place = lookupPlace(form);
  if (place?.kind === 'country') return { country: place.name };
  return lookupDemonym(form);
}

const adjectiveOf = new Map(COUNTRIES.filter((c) => c.demonyms[0]).map((c) => [c.name, c.demonyms[0] ?? '']));

/** The country's adjective ("Colombia" → "Colombian"), if the lexicon has one. */
export function countryAdjective(country: string): string | null {
  return adjectiveOf.get(country) ?? null;
}

/** True when the (lower-cased) words are a demonym; the value is its country or null. */
export function lookupDemonym(form: string): { country: string | null } | null {
  const low = form.toLowerCase();
  const key = low.endsWith('s') ? low.replace(/[’']s$/, '') : low;
  return demonyms.has(key) ? { country: demonyms.get(key) ?? null } : null;
}

const orgForms = new Map<string, string>();
for (const [acr, full] of KNOWN_ACRONYMS) {
  orgForms.set(acr, full || acr);
  // British style writes acronyms of four letters or more as words: "Nato", "Opec", "Semar".
  if (/^\p{Lu}{4,}$/u.test(acr)) orgForms.set(acr.charAt(0) + acr.slice(1).toLowerCase(), full || acr);
}
for (const name of INSTITUTIONS.keys()) orgForms.set(nameKey(name), name);
for (const name of MILITARY_BRANCHES) orgForms.set(nameKey(name), name);

/** The full name of a well-known acronym (exact case) or institution/branch name, if any. */
export function lookupOrg(form: string): string | null {
  return orgForms.get(form) ?? orgForms.get(nameKey(form)) ?? null;
}

/** The country a well-known institution belongs to ("Pentagon" → "United States"). */
export function institutionCountry(name: string): string | null {
  return institutionByKey.get(nameKey(name)) ?? null;
}
const institutionByKey = new Map([...INSTITUTIONS].map(([k, v]) => [nameKey(k), v]));

/** True for a body known by a building or single word ("Treasury", "Pentagon"), whatever its country. */
export function isInstitution(name: string): boolean {
  return institutionByKey.has(nameKey(name));
}
