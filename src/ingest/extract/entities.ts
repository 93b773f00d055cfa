/**
 * Groups mentions into entities (one per real-world thing per article) with a canonical name,
 * every alias form used, and a mention count. Sets `mention.entity` on every mention.
 */
import { familyNameFirst, nameKey, personNamesCompatible, personTokens, shipKey } from '../../domain/names';
import type { ExtractedEntity } from '../../domain/types';
import type { Mention } from './model';
import { cartelKey } from './cartels';
import { entityBasis } from './confidence';
import {
  countryAdjective,
  institutionCountry,
  lookupCountryForm,
  lookupDemonym,
  lookupPlace,
} from './lexicon';
import { COUNTRY_PREFIX } from './lexicons/countries';
import {
  ARMED_FORCE_WORDS,
  DEPARTMENT_STYLE_COUNTRY,
  MILITARY_BRANCHES,
  NATIONAL_BODY_WORDS,
  POLICY_AREAS,
} from './lexicons/orgs';
import { isGivenName } from './lexicons/name-data';

interface Group {
  name: string;
  type: ExtractedEntity['type'];
  forms: Set<string>;
  mentions: Mention[];
  /** For bodies: the country that owns it. */
  country: string | null;
  key: string;
  /** For places: true when it is a country or territory. */
  isCountry: boolean;
  /** For places: the lexicon kind. */
  kind: string | null;
}

// Official names that keep an article: "Department of the Treasury", "Department of the Interior".
const WITH_ARTICLE = new Set(['Treasury', 'Interior', 'Navy', 'Army', 'Air Force']);
const AREA_KEYS = new Set(POLICY_AREAS.map((a) => nameKey(a)));
// Departments known by their policy area alone ("the U.S. Treasury said").
const BARE_DEPARTMENTS: Record<string, string> = { treasury: 'Department of the Treasury' };
// "Foreign Ministry" is the Ministry of Foreign Affairs, not "of Foreign".
const AREA_IN_FULL: Record<string, string> = { Foreign: 'Foreign Affairs', Home: 'Home Affairs' };

/** "State Department" → "Department of State" for policy areas; other names unchanged. */
export function officialOrgForm(short: string): string {
  const m = /^(.+?)\s+(Department|Ministry)$/.exec(short.trim());
  if (m?.[1] && m[2] && AREA_KEYS.has(nameKey(m[1]))) {
    const area = AREA_IN_FULL[m[1]] ?? m[1];
    return `${m[2]} of ${WITH_ARTICLE.has(area) ? 'the ' : ''}${area}`;
  }
  return short.trim();
}

/** The key under which a body's names meet, whatever its article, legal form or word order. */
function orgCore(name: string): string {
  // "the Houthi movement" and "the Houthi" name one body.
  // "Department of Treasury" and "Department of the Treasury" name one body.
  return (
    nameKey(officialOrgForm(name.replace(/^the\s+/i, '')))
      .replace(/ movement$/, '')
      // "OJSC Keremet Bank" and "Keremet Bank", "Acme Ltd" and "Acme": a legal form names no other body.
      .replace(/^(?:ojsc|pjsc|cjsc|jsc|ooo|oao|pao|zao|llc) /, '')
      .replace(/ (?:llc|ltd|inc|plc|corp|gmbh|ag|nv|bv|spa|sa de cv)$/, '')
      .replace(/\b(of|for) the /g, '$1 ')
  );
}

const NATIONAL_BODY = new RegExp(`\\b(?:${NATIONAL_BODY_WORDS.join('|')})\\b`);

/** The national body's head word ("Department", "Navy", "military"), if it is one. */
export function isNationalBody(name: string): boolean {
  // "National Task Force West Philippine Sea": a joint task force says nothing of its owner.
  if (/\bTask Force\b/.test(name)) return false;
  // Whole words and phrases: "Centre for National Economic Research" is no "National Guard".
  return NATIONAL_BODY.test(name);
}

const COMPASS_LEAD =
  /^(?:eastern|western|northern|southern|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+/i;

/** A name that says it is a body of water ("English Channel", "Gulf of Aden", "Bay of Bengal"). */
const WATER_NAME =
  /(?:\s(?:Sea|Ocean|Channel|Strait|Straits|Gulf|Bay|Sound)$|^(?:Gulf|Strait|Straits|Bay|Sea) of\s)/;

/** Groups mentions into entities; `homeCountry` owns unqualified national bodies. */
export function groupEntities(
  mentions: Mention[],
  homeCountry: string | null,
  localCountry: string | null = null,
): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const add = (key: string, m: Mention, name: string, country: string | null = null): void => {
    let g = byKey.get(key);
    if (!g) {
      const kind =
        m.type === 'Location'
          ? (lookupPlace(name)?.kind ??
            // ("eastern Mediterranean": a part of a sea is water.)
            lookupPlace(name.replace(COMPASS_LEAD, ''))?.kind ??
            (WATER_NAME.test(name) ? 'water' : null))
          : null;
      g = {
        name,
        type: m.type,
        forms: new Set(),
        mentions: [],
        country,
        key,
        isCountry: kind === 'country',
        kind,
      };
      byKey.set(key, g);
      groups.push(g);
    }
    g.forms.add(m.text);
    if (m.ownerForm) g.forms.add(m.ownerForm);
    if (m.memberForm) g.forms.add(m.memberForm);
    g.mentions.push(m);
    m.entity = g.name;
  };

  // People: longest names first so "Rubio" joins "Marco Rubio". A surname two people of the
  // article share ("Sebastian Marset", then "Marset's brother, Diego Nicolas Marset") is the one
  // introduced first: the story's person, whom the others are told in relation to.
  const firstIntroduced = (gs: Group[]): Group | undefined =>
    gs.sort(
      (a, b) => Math.min(...a.mentions.map((x) => x.start)) - Math.min(...b.mentions.map((x) => x.start)),
    )[0];
  const people = mentions.filter((m) => m.type === 'Person');
  const personGroups: Group[] = [];
  // A nickname ("El Zarco") carries the name it stands for in lexName: it joins that person last.
  const byLength = (a: Mention, b: Mention): number => b.text.length - a.text.length || a.start - b.start;
  const ordered = [
    ...people.filter((m) => !m.lexName).sort(byLength),
    ...people.filter((m) => m.lexName).sort(byLength),
  ];
  for (const m of ordered) {
    const g = m.lexName
      ? personGroups.find(
          (x) => x.forms.has(m.lexName ?? '') || personNamesCompatible(x.name, m.lexName ?? ''),
        )
      : (firstIntroduced(personGroups.filter((x) => personNamesCompatible(x.name, m.text))) ??
        byMiddleName(personGroups, m.text) ??
        byFamilyNameFirst(personGroups, m.text) ??
        bySecondSurname(personGroups, m.text) ??
        bySpellingVariant(personGroups, m.text) ??
        personGroups.find((x) => [...x.forms].some((f) => personNamesCompatible(f, m.text))));
    if (g) {
      g.forms.add(m.text);
      g.mentions.push(m);
      m.entity = g.name;
    } else {
      const ng: Group = {
        name: m.text,
        type: 'Person',
        forms: new Set([m.text]),
        mentions: [m],
        country: null,
        key: '',
        isCountry: false,
        kind: null,
      };
      ng.key = `p:${nameKey(m.text)}`;
      m.entity = m.text;
      personGroups.push(ng);
      groups.push(ng);
    }
  }

  // Bodies: qualified forms first so "State Department" joins "U.S. State Department".
  const orgs = mentions.filter((m) => m.type === 'Organization');
  orgs.sort((a, b) => Number(!!b.qualifierCountry) - Number(!!a.qualifierCountry) || a.start - b.start);
  for (const m of orgs) {
    const short = m.lexName ?? m.shortForm ?? m.text;
    let core = orgCore(short);
    // "Treasury said" and "the Treasury Department" name one body.
    const bare = BARE_DEPARTMENTS[core];
    if (bare) core = orgCore(bare);
    let country = m.qualifierCountry;
    // An acronym's full name may carry its country ("CCG" → "China Coast Guard").
    const lead = !country && m.lexName ? leadingCountry(m.lexName) : null;
    if (lead) {
      core = nameKey(m.lexName?.split(/\s+/).slice(lead.words).join(' ') ?? core);
      country = lead.country;
    }
    if (!country) {
      const qualified = groups.filter((g) => g.type === 'Organization' && g.key.endsWith(`|${core}`));
      if (qualified.length === 1 && qualified[0]) country = qualified[0].country;
      // Several ("China Coast Guard", "Philippine Coast Guard"): the bare form is the one named last.
      else if (qualified.length > 1) country = lastNamedBefore(qualified, m)?.country ?? null;
      else {
        // A known institution's country, or the one its name ends with ("Royal Navy of Oman",
        // "Armed Forces of the Philippines"); else a national body is the article's home country's.
        const named = institutionCountry(short) ?? countryInName(short);
        if (named) country = named;
        else if (isNationalBody(short) && !m.local) country = nationalOwner(short, homeCountry, localCountry);
      }
    }
    // "the U.S. Treasury" is its Department of the Treasury (named so only where it is the U.S.'s).
    const official = bare && country === DEPARTMENT_STYLE_COUNTRY ? bare : short;
    add(`o:${country ?? ''}|${core}`, m, orgName(m, official, country), country);
  }

  for (const m of mentions) {
    if (m.type === 'Location') {
      const place = lookupPlace(m.lexName ?? m.text);
      // ("West Philippine Sea (WPS)": the letters name the place they spell out.)
      const named = m.lexName ?? m.text;
      add(`l:${place ? place.name : nameKey(named)}`, m, place?.name ?? named.replace(/^the\s+/i, ''));
    } else if (m.type === 'Ship') {
      add(`s:${shipKey(m.lexName ?? m.text)}`, m, m.lexName ?? m.text);
    } else if (m.type === 'Cartel') {
      add(`c:${cartelKey(m.lexName ?? m.text)}`, m, m.lexName ?? m.text);
    }
  }
  joinBareBranches(groups);
  return groups;
}

const BRANCH_CORES = new Set([...MILITARY_BRANCHES].map((b) => nameKey(b)));

/**
 * "Navy patrol vessel HMS Tyne …", then "The Royal Navy has …": a bare branch of a country's
 * forces names the one body of that country whose name ends with it, where there is exactly one.
 */
function joinBareBranches(groups: Group[]): void {
  for (const bare of [...groups]) {
    if (bare.type !== 'Organization' || !bare.country) continue;
    const core = bare.key.slice(bare.key.indexOf('|') + 1);
    if (!BRANCH_CORES.has(core)) continue;
    const longer = groups.filter(
      // (Not a ministry named after the branch: "Secretariat of the Navy" is no navy.)
      (g) =>
        g !== bare &&
        g.type === 'Organization' &&
        g.country === bare.country &&
        g.key.endsWith(` ${core}`) &&
        !/ of /.test(g.key),
    );
    const [into] = longer;
    if (longer.length !== 1 || !into) continue;
    for (const f of bare.forms) into.forms.add(f);
    for (const m of bare.mentions) {
      m.entity = into.name;
      into.mentions.push(m);
    }
    groups.splice(groups.indexOf(bare), 1);
  }
}

/** The country a name starts with ("China Coast Guard" → China, 1 word), if any. */
function leadingCountry(name: string): { country: string; words: number } | null {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const country = lookupCountryForm(words.slice(0, n).join(' '))?.country;
    if (country) return { country, words: n };
  }
  return null;
}

/**
 * "Lokke" for "Lars Lokke Rasmussen": a one-word name that is the middle word of exactly one
 * person named with three words or more (double surnames), within one article.
 */
function byMiddleName(people: Group[], form: string): Group | undefined {
  const key = nameKey(form);
  if (!key || key.includes(' ')) return undefined;
  const hits = people.filter((g) => {
    const words = personTokens(g.name);
    return words.length >= 3 && words.slice(1, -1).includes(key);
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "Juan Orlando Hernandez" after "Juan Orlando Hernandez Alvarado": a name of three words or more
 * that the name of exactly one person continues with one more word (a second surname) is theirs.
 */
function bySecondSurname(people: Group[], form: string): Group | undefined {
  const words = personTokens(form);
  if (words.length < 3) return undefined;
  const hits = people.filter((g) => {
    const full = personTokens(g.name);
    return full.length === words.length + 1 && words.every((w, i) => full[i] === w);
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "Mamadi Doumbouya" after "Mamady Doumbouya": a transliteration that differs by one letter in
 * one word of a name of two words or more, the other words equal, is the same person when exactly
 * one person matches.
 */
function bySpellingVariant(people: Group[], form: string): Group | undefined {
  const words = personTokens(form);
  if (words.length < 2) return undefined;
  const hits = people.filter((g) => {
    const full = personTokens(g.name);
    if (full.length !== words.length) return false;
    const differ = full.map((w, i) => [w, words[i] ?? ''] as const).filter(([a, b]) => a !== b);
    if (differ.length !== 1) return false;
    const [a, b] = differ[0]!;
    // "Daniel" and "Daniela", "Mario" and "Maria": a gendered ending makes another given name.
    return (
      a.length >= 5 &&
      oneEdit(a, b) &&
      !(genderedPair(a, b) && isGivenName(capitalized(a)) && isGivenName(capitalized(b)))
    );
  });
  return hits.length === 1 ? hits[0] : undefined;
}

const capitalized = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Two given names that differ only in a final vowel ("Daniel"/"Daniela", "Mario"/"Maria"). */
function genderedPair(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.length === short.length + 1) return long.startsWith(short) && /[aeo]$/.test(long);
  return a.slice(0, -1) === b.slice(0, -1) && /[aeo]$/.test(a) && /[aeo]$/.test(b);
}

/** True when a and b differ by one substituted, inserted or deleted letter. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * "Dong" after "Dong Jun", "Cho" after "Cho Tae-yul": a one-word form that ends no name but opens
 * exactly one two-word name in the article is that person's family name, written first.
 */
function byFamilyNameFirst(people: Group[], form: string): Group | undefined {
  const key = nameKey(form);
  if (!key || key.includes(' ')) return undefined;
  const hits = people.filter((g) => {
    const words = personTokens(g.name);
    // ("Faisal" after "Faisal bin Farhan": the given name before a patronymic.)
    return (
      (words.length === 2 && words[0] === key) ||
      nameKey(familyNameFirst(g.name) ?? '') === key ||
      (words[0] === key && ['bin', 'ibn', 'bint'].includes(words[1] ?? ''))
    );
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/** Of several groups, the one with the latest mention before m (none if none comes before). */
function lastNamedBefore(groups: Group[], m: Mention): Group | null {
  let best: Group | null = null;
  let at = -1;
  for (const g of groups) {
    for (const x of g.mentions) {
      if (x.start < m.start && x.start > at) {
        at = x.start;
        best = g;
      }
    }
  }
  return best;
}

/**
 * Who owns an unqualified national body: "the Justice Department" is American usage; a "Ministry"
 * is never a U.S. body, so it belongs to the country the article is about (dateline or most
 * named), when that is not the United States; the armed forces belong to the home country.
 */
const US_AREAS =
  '(?:State|the Treasury|Treasury|Defense|War|Justice|the Interior|Interior|Agriculture|Commerce|Labor|Health and Human Services|Housing and Urban Development|Transportation|Energy|Education|Veterans Affairs|Homeland Security)';
const US_DEPARTMENT = new RegExp(`^(?:Department of ${US_AREAS}|${US_AREAS} Department)$`);

function nationalOwner(short: string, home: string | null, local: string | null): string | null {
  // The U.S.'s are its fifteen executive departments; a "Department of National Defense" or "of
  // Foreign Affairs" is another country's (the Philippines', Canada's, Ireland's …).
  const elsewhere = local && local !== DEPARTMENT_STYLE_COUNTRY ? local : null;
  if (/Department/.test(short)) {
    const name = short.replace(/^the\s+/i, '');
    if (US_DEPARTMENT.test(name)) return DEPARTMENT_STYLE_COUNTRY;
    // "Department of Defence": the Pentagon in British spelling, or Australia's where the article is.
    if (US_DEPARTMENT.test(name.replace('Defence', 'Defense'))) return elsewhere ?? DEPARTMENT_STYLE_COUNTRY;
    return elsewhere;
  }
  if (/Ministry/.test(short)) return elsewhere;
  // "the Navy", "Marines" are the home country's; a force with a name of its own ("People's
  // Liberation Army", "Army Corps of …") says nothing of whose it is.
  if (!/Secretariat/.test(short) && !BARE_FORCE.test(short)) return null;
  // (The U.S. has departments, no secretariats: a "Secretariat of Security" in a U.S. story is
  // the other country's.)
  if (/Secretariat/.test(short) && home === DEPARTMENT_STYLE_COUNTRY) return elsewhere;
  // ("Sheinbaum is sending 10,000 National Guard troops to Mexico's northern border" in a story
  // whose only qualified body is the "U.S. Air Force": the story's country and its bodies' owner
  // disagree, and a bare force is either's.)
  if (local && home && local !== home) return null;
  return home;
}

const BARE_FORCE = new RegExp(`^(?:the\\s+)?(?:${ARMED_FORCE_WORDS.join('|')})$`, 'i');

// Bodies every country has under the same name: a portfolio's ministry, a branch of the armed
// forces, the police, the top courts.
const EVERY_COUNTRYS_BODY = new RegExp(
  `^(?:(?:[A-Z][a-z]+ ){1,2}Ministry|Ministry of (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,2}|(?:National |Federal )?Police|(?:Supreme|Constitutional) Court|${[...MILITARY_BRANCHES].join('|')})$`,
);

function orgName(m: Mention, short: string, country: string | null): string {
  const written = short.replace(/^the\s+/i, '');
  const official = officialOrgForm(written);
  const prefix = country ? COUNTRY_PREFIX[country] : undefined;
  // "Colombia's navy" is the Colombian Navy.
  const adjective =
    !prefix && m.qualifierCountry && /[’']s\s+\p{Ll}/u.test(m.text)
      ? countryAdjective(m.qualifierCountry)
      : null;
  if (adjective) return `${adjective} ${official}`;
  // "Russia's Foreign Ministry", "China's Foreign Ministry": a body every country has is named by
  // its country ("Russian Foreign Ministry"), so two countries' ministries stay two entities.
  if (!prefix && m.qualifierCountry && m.text === short && EVERY_COUNTRYS_BODY.test(written)) {
    const demonym = countryAdjective(m.qualifierCountry);
    if (demonym) return `${demonym} ${written}`;
  }
  // A demonym qualifier ("British Royal Navy") is part of the name as written.
  // ("United States Justice Department": the qualifier is the words before the short form.)
  const qualifierText =
    m.shortForm && m.text.endsWith(m.shortForm)
      ? m.text.slice(0, m.text.length - m.shortForm.length).trim()
      : (m.text.split(/\s+/)[0] ?? '');
  const demonymQualified = m.qualifierCountry && !lookupPlace(qualifierText);
  if (m.qualifierCountry && (!prefix || demonymQualified)) return m.text;
  if (prefix && (m.qualifierCountry || /^Department of /.test(official))) return `${prefix} ${official}`;
  return m.lexName ?? official;
}

/** The ExtractedEntity records, canonical name first among aliases removed. */
export function toEntities(groups: Group[]): ExtractedEntity[] {
  return groups.map((g) => {
    const aliases = new Set<string>();
    for (const f of g.forms) {
      if (nameKey(f) === nameKey(g.name)) continue;
      // "Washington has requested …" names the United States here, but "Washington" is another
      // place's name: as an alias it would make the city and the country one entity in whichever
      // graph saw this article first (resolution matches aliases across articles).
      const other = g.type === 'Location' ? lookupPlace(f) : null;
      if (other && other.name !== g.name) continue;
      aliases.add(f);
    }
    for (const m of g.mentions) {
      if (
        m.title &&
        m.title.title === m.title.title.replace(/^\p{Ll}/u, '') &&
        /^\p{Lu}/u.test(m.title.title)
      ) {
        aliases.add(`${m.title.title} ${m.text}`);
      }
    }
    return {
      name: g.name,
      type: g.type,
      aliases: [...aliases].sort(),
      mentions: g.mentions.length,
      basis: entityBasis(g),
    };
  });
}

export type { Group as EntityGroup };

/** The country a body's name ends with after "of" ("Royal Navy of Oman" → Oman), if any. */
function countryInName(name: string): string | null {
  // Only a state's own bodies (a "University of X" is no part of the state X).
  if (!/\b(?:Navy|Army|Air Force|Armed Forces|Forces|Police|Guard|Marines|Ministry|Government)\b/.test(name))
    return null;
  const tail = / of (?:the )?([\p{Lu}][\p{L} .’'-]+)$/u.exec(name)?.[1];
  const place = tail ? lookupPlace(tail) : null;
  if (place?.kind === 'country') return place.name;
  // "Royal Netherlands Navy", "Royal Canadian Navy": a country or its demonym inside the name.
  const inside = new Set(
    name
      .split(/\s+/)
      .slice(1)
      .map((w) => lookupCountryForm(w)?.country ?? lookupDemonym(w)?.country ?? null)
      .filter((c): c is string => !!c),
  );
  return inside.size === 1 ? [...inside][0]! : null;
}
