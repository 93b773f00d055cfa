/**
 * Classifies one capitalized run (a token range of a sentence) as a ship, cartel, place or body,
 * or leaves it for the article-level person pass. Pure and lexicon-driven.
 */
import { SHIP_PREFIXES } from '../../domain/names';
import type { Mention, Sentence } from './model';
import { lookupCity, lookupCountryForm, lookupDemonym, lookupOrg, lookupPlace } from './lexicon';
import { FOREIGN_BODY_HEADS, ORG_HEAD_WORDS, ORG_TAIL_WORDS, UNIT_HEADS } from './lexicons/orgs';
import { PLACE_HEAD_WORDS, PLACE_TAIL_WORDS } from './lexicons/places';
import { isCommonWord, isGivenName } from './lexicons/name-data';
import { DOCUMENT_TAILS, NAME_PARTICLES } from './lexicons/words';
import { isCapWord } from './runs';

// Currencies named after a place ("U.S. dollars"; "Mexican pesos" is a demonym already). Not
// "won" or "pounds", which are verbs too ("South Korea won", "Israel pounds Gaza").
const CURRENCY =
  /^(?:dollars?|pesos?|euros?|yuan|yen|rupees?|rubles?|roubles?|francs?|shekels?|dinars?|rials?|riyals?|dirhams?|baht|ringgit|rupiah)$/i;

const GANG_TAILS = new Set(['Cartel', 'Gang', 'Clan', 'Mafia', 'Syndicate', 'Brotherhood']);
const GANG_NEXT = new Set(['cartel', 'gang', 'clan', 'mafia', 'syndicate']);

/** The text of tokens [s, e) as it stands in the article. */
export function spanText(sent: Sentence, s: number, e: number): string {
  const a = sent.tokens[s];
  const b = sent.tokens[e - 1];
  if (!a || !b) return '';
  return sent.text.slice(a.start - sent.start, b.end - sent.start);
}

/** Builds a mention over tokens [s, e) of a sentence. */
export function makeMention(
  sent: Sentence,
  s: number,
  e: number,
  type: Mention['type'],
  extra: Partial<Mention> = {},
): Mention {
  const a = sent.tokens[s];
  const b = sent.tokens[e - 1];
  return {
    start: a?.start ?? sent.start,
    end: b?.end ?? sent.start,
    text: spanText(sent, s, e),
    type,
    lexName: null,
    sentence: sent.index,
    tokenStart: s,
    tokenEnd: e,
    role: 'plain',
    title: null,
    qualifierCountry: null,
    shortForm: null,
    basis: `${type.toLowerCase()}:pattern`,
    ...extra,
  };
}

/** A leading country or demonym of a run ("U.S." in "U.S. Navy"): its country and length. */
function leadingQualifier(
  sent: Sentence,
  s: number,
  e: number,
): { country: string | null; n: number } | null {
  for (let n = Math.min(3, e - s - 1); n >= 1; n--) {
    const found = lookupCountryForm(spanText(sent, s, s + n));
    // "China's Taiwan Affairs Office", "Mainland Affairs Council": the place is what the body
    // deals with, not whose it is.
    if (found && sent.tokens[s + n]?.text === 'Affairs') return null;
    if (found) return { country: found.country, n };
  }
  return null;
}

function isOrgCore(sent: Sentence, s: number, e: number): string | null {
  const first = sent.tokens[s];
  const last = sent.tokens[e - 1];
  if (!first || !last) return null;
  const text = spanText(sent, s, e);
  const known = lookupOrg(text);
  if (known) return known;
  if (e - s >= 2 && ORG_TAIL_WORDS.has(last.text.replace(/\.$/, ''))) return text;
  // "Madras high court" (runs.ts joins a lower-case court kind only after a capitalized word).
  if (e - s >= 3 && last.text === 'court' && first.cap) return text;
  // "Asia Pacific Economic Cooperation" (a "military cooperation agreement" or a ministry "of
  // International Relations and Cooperation" is no body of its own).
  if (e - s >= 3 && last.text === 'Cooperation' && sent.tokens[e - 2]?.text === 'Economic') return text;
  // "Embassy in Guatemala" (after its country: "U.S. Embassy in Guatemala").
  if (/^(?:Embassy|Consulate|Mission)$/.test(first.text) && sent.tokens[s + 1]?.text === 'in') return text;
  // "Bureau of …", and "Central University of Ecuador": a head word followed by of/for/on;
  // "Royal Air Force of Oman": a body's last word, then "of" and a place.
  for (let k = s; k < e - 2; k++) {
    const word = sent.tokens[k]?.text ?? '';
    const of = sent.tokens[k + 1]?.text.toLowerCase();
    if (ORG_HEAD_WORDS.has(word) && (of === 'of' || of === 'for' || of === 'on')) return text;
    if (k > s && ORG_TAIL_WORDS.has(word) && of === 'of' && lookupPlace(spanText(sent, k + 2, e)))
      return text;
  }
  return null;
}

/** "X Brigade of the Policía Nacional": the unit (ending in a body's word) and the body, apart. */
function unitOfForeignBody(sent: Sentence, s: number, e: number): Mention[] | null {
  const toks = sent.tokens;
  for (let k = s + 1; k < e - 3; k++) {
    if (!ORG_TAIL_WORDS.has(toks[k]?.text ?? '') || toks[k + 1]?.text !== 'of') continue;
    const at = k + 2 + (toks[k + 2]?.text === 'the' ? 1 : 0);
    if (e - at < 2 || !FOREIGN_BODY_HEADS.has(toks[at]?.text ?? '')) continue;
    return [
      makeMention(sent, s, k + 1, 'Organization', { basis: 'org:head' }),
      makeMention(sent, at, e, 'Organization', { basis: 'org:head' }),
    ];
  }
  return null;
}

const INSTALLATION =
  /^(?:(?:Naval|Air|Joint|Marine Corps|Army|Coast Guard|Space Force)\s+)(?:(?:Weapons|Air|Support|Reserve|Expeditionary)\s+)?(?:Station|Base|Air Station|Air Base|Training Center)\s+\p{Lu}/u;

/** The body that ends right before token e - 1, with that last word added to its name. */
function withLastWord(sent: Sentence, found: Mention[], e: number): Mention[] {
  const last = sent.tokens[e - 1]!;
  return found.map((m) =>
    m.tokenEnd === e - 1 && m.type === 'Organization'
      ? {
          ...m,
          end: last.end,
          text: spanText(sent, m.tokenStart, e),
          tokenEnd: e,
          lexName: null,
          shortForm: m.shortForm === null ? null : `${m.shortForm} ${last.text}`,
        }
      : m,
  );
}

const REGIONAL_COMPONENT = /^(?:North|South|East|West|Central|Pacific|Atlantic|Europe|Africa|Korea|Japan)$/;

const UNIT_NUMBER =
  /^(?:\d{1,3}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty)$/;

const OFFICE_AREA_WORDS =
  /^(?:School|Water|Fire|Utility|Sanitation|Irrigation|Judicial|Court|Congressional|Legislative|Electoral|Police|Policing|Military|Naval|Air|Defen[cs]e|Command|Health|Hospital|Transit|Park|Parks|Business|Improvement)$/;

const OFFICE_AFTER_AREA =
  /^(?:Judge|Judges|Court|Courts|Attorney|Attorneys|Attorney['’]s|Magistrate|Council|Commander|Command|Director|Office|Manager|Governor|Chief)$/;

const LEGAL_SUFFIX = /^(?:ltd|llc|inc|corp|plc|gmbh|co)\.?$/i;

const STORM = /^(?:Storm|Hurricane|Typhoon|Super Typhoon|Cyclone|Tropical Storm|Tropical Cyclone)\s+\p{Lu}/u;

/**
 * Classifies tokens [s, e). Returns the mentions found (a run may hold a qualifier and a body), or
 * null when nothing in the lexicons or patterns decides: the person pass looks at those later.
 */
export function classifyRun(sent: Sentence, s: number, e: number): Mention[] | null {
  const toks = sent.tokens;
  const first = toks[s];
  const last = toks[e - 1];
  if (!first || !last) return null;
  const text = spanText(sent, s, e);
  // "Destroyer Squadron 15", "Carrier Strike Group Twelve": the unit is typed by its name; the
  // number stays part of it.
  if (e - s >= 2 && UNIT_NUMBER.test(last.text) && UNIT_HEADS.test(toks[e - 2]?.text ?? ''))
    return withLastWord(sent, classifyRun(sent, s, e - 1) ?? [], e);
  // "U.S. Army South", "U.S. Naval Forces Europe": a force's regional component, named by the
  // region after the force.
  if (
    e - s >= 2 &&
    REGIONAL_COMPONENT.test(last.text) &&
    /^(?:Army|Navy|Forces|Command|Fleet|Marines|Force)$/.test(toks[e - 2]?.text ?? '')
  ) {
    const found = classifyRun(sent, s, e - 1);
    if (found?.some((m) => m.tokenEnd === e - 1 && m.type === 'Organization'))
      return withLastWord(sent, found, e);
  }

  // Ships: "USS Gravely" (the prefix is written in capitals; "PLA Air Force", "PLA Eastern Theater
  // Command": a body's head noun last names the body, not a ship).
  if (
    e - s >= 2 &&
    SHIP_PREFIXES.has(first.text.toLowerCase()) &&
    first.text === first.text.toUpperCase() &&
    !BODY_TAIL.test(spanText(sent, s, e))
  ) {
    // "USS Iwo Jima Amphibious Ready Group": the group is named after its ship; the ship is in it.
    const group =
      /\s(?:Carrier Strike Group|Strike Group|Amphibious Ready Group|Expeditionary Strike Group|Battle Group|Task Group)$/.exec(
        spanText(sent, s, e),
      );
    const words = group ? group[0].trim().split(/\s+/).length : 0;
    if (group && e - words - s >= 2) {
      return [
        makeMention(sent, s, e - words, 'Ship', {
          shortForm: spanText(sent, s + 1, e - words),
          basis: 'ship:prefix',
        }),
        makeMention(sent, s + 1, e, 'Organization', { basis: 'org:head' }),
      ];
    }
    return [makeMention(sent, s, e, 'Ship', { shortForm: spanText(sent, s + 1, e), basis: 'ship:prefix' })];
  }
  // "the Cutter Valiant", "Coast Guard Cutter Joseph Doyle": the service's word for its ships.
  const cutter = toks.slice(s, e - 1).findIndex((t) => t.text === 'Cutter');
  if (
    cutter >= 0 &&
    e - (s + cutter) <= 4 &&
    (cutter === 0 || /\bCoast Guard$/.test(spanText(sent, s, s + cutter)))
  ) {
    const at = s + cutter;
    const ship = makeMention(sent, at, e, 'Ship', {
      shortForm: spanText(sent, at + 1, e),
      basis: 'ship:prefix',
    });
    return cutter === 0 ? [ship] : [...(classifyRun(sent, s, at) ?? []), ship];
  }

  // "X Technology Co., LTD.": a company's legal suffix after a comma is no body of its own.
  if (e - s === 1 && LEGAL_SUFFIX.test(first.text)) return [];
  // "Storm Ciaran", "Hurricane Melissa", "Typhoon Kalmaegi": a named storm is no entity.
  if (STORM.test(text)) return [];
  // "the Southern District of New York": a federal court district, a body (its state is no
  // place named there).
  if (/^(?:Southern|Northern|Eastern|Western|Central|Middle) District of \p{Lu}/u.test(text))
    return [makeMention(sent, s, e, 'Organization', { basis: 'org:head' })];
  // "Central Narcotics Brigade of the Policía Nacional": a unit, then the foreign body it is of.
  const unitOf = unitOfForeignBody(sent, s, e);
  if (unitOf) return unitOf;
  // "Policía Nacional", "Fiscalía General de la República": a foreign body's head word first.
  if (e - s >= 2 && FOREIGN_BODY_HEADS.has(first.text))
    return [makeMention(sent, s, e, 'Organization', { basis: 'org:head' })];
  // "the Ford and her Carrier Strike Group": a kind of unit, with no name of its own.
  if (GENERIC_UNIT.test(text) && !UNIT_NUMBER.test(toks[e]?.text ?? '')) return [];

  const cartel = cartelMention(sent, s, e);
  if (cartel) return [cartel];

  // "the Arab Republic of Egypt", "the Islamic Republic of Iran": a state's formal name.
  const formal = /^(?:[\p{Lu}][\p{L}-]*\s+){1,3}Republic of (?:the\s+)?(.+)$/u.exec(text);
  const formalCountry = formal?.[1] ? lookupPlace(formal[1]) : null;
  if (formalCountry?.kind === 'country')
    return [makeMention(sent, s, e, 'Location', { lexName: formalCountry.name, basis: 'place:gazetteer' })];
  const place = lookupPlace(text);
  // "the Baltic nations", "Caribbean countries": a sea's short name used as a region's adjective.
  if (
    place?.kind === 'water' &&
    e - s === 1 &&
    /^(?:nations|states|countries|republics|region|members|allies|neighbou?rs|governments|leaders)$/i.test(
      toks[e]?.text ?? '',
    )
  )
    return [];
  // "20,868.9 U.S. dollars", "Hong Kong dollars": a currency is named after its place, not at it.
  if (place && CURRENCY.test(toks[e]?.text ?? '')) return [];
  if (place) {
    const basis = place.gazetteer ? 'place:geonames' : 'place:gazetteer';
    return [makeMention(sent, s, e, 'Location', { lexName: place.name, basis })];
  }
  // "Latin American", "Venezuelan": adjectives, decided as no entity.
  if (lookupDemonym(text)) return [];
  // "Caribbean News Global", "Palestine Solidarity Network Aotearoa": a place first and a body's
  // word inside, with no other place, name or body's word after it, is one body's name.
  if (e - s >= 3 && lookupPlace(first.text)) {
    const inner = toks.slice(s + 1, e - 1).findIndex((t) => ORG_TAIL_WORDS.has(t.text));
    const after = inner >= 0 ? toks.slice(s + 2 + inner, e) : [];
    if (
      after.length > 0 &&
      after.every(
        (t) =>
          isCapWord(t) &&
          !lookupPlace(t.text) &&
          !isGivenName(t.text) &&
          !ORG_TAIL_WORDS.has(t.text) &&
          !ORG_HEAD_WORDS.has(t.text) &&
          !UNIT_HEADS.test(t.text),
      )
    )
      return [makeMention(sent, s, e, 'Organization', { basis: 'org:head' })];
  }

  // Bodies, with an optional leading country or demonym that qualifies them.
  // A regional adjective ("Andean Policy Institute") is part of a body's name, not its owner.
  const lead = leadingQualifier(sent, s, e);
  // "the U.S.-Mexico Security Implementation Group": a pair of countries owns a joint body; the
  // second alone does not.
  const paired = /^[-–]$/.test(toks[s - 1]?.text ?? '') && toks[s - 1]?.start === toks[s - 2]?.end;
  if (paired && lead?.country && e - s - lead.n >= 2) {
    const rest = classifyRun(sent, s + lead.n, e);
    if (rest?.every((m) => m.type === 'Organization')) return rest;
  }
  const q = lead?.country ? lead : null;
  const coreStart = q ? s + q.n : s;
  // "the Indian Ministry said": a country's word and one body word name that country's body.
  const single =
    q && e - coreStart === 1 && ORG_TAIL_WORDS.has(last.text) && /^\p{Lu}\p{Ll}+$/u.test(last.text)
      ? last.text
      : null;
  const org = isOrgCore(sent, coreStart, e) ?? single;
  if (org) {
    const out: Mention[] = [];
    const qualifierText = q ? spanText(sent, s, s + q.n) : '';
    if (q?.country && lookupPlace(qualifierText)) {
      out.push(
        makeMention(sent, s, s + q.n, 'Location', {
          lexName: q.country,
          role: 'qualifier',
          basis: 'place:gazetteer',
        }),
      );
    }
    out.push(
      makeMention(sent, s, e, 'Organization', {
        basis: org !== text ? 'org:known' : 'org:head',
        lexName: q ? null : org !== text ? org : null,
        qualifierCountry: q?.country ?? null,
        shortForm: q ? spanText(sent, coreStart, e) : null,
      }),
    );
    return out;
  }

  // "Naval Station Norfolk", "Naval Weapons Station Yorktown", "Joint Base Lewis-McChord": a
  // military installation named head first.
  if (INSTALLATION.test(text)) return [makeMention(sent, s, e, 'Location', { basis: 'place:head' })];
  // "Exclusive Economic Zone": a legal term every coastal state has, written title-case.
  if (GENERIC_ZONE.test(text)) return [];
  // "National Task Force West Philippine Sea", "Joint Task Force Bravo": a force named for its
  // area is a body ("Andrews Air Force Base" stays a place).
  const force = toks.slice(s + 1, e - 1).findIndex((t) => FORCE_WORDS.has(t.text)) + s + 1;
  if (e - s >= 3 && force > s && !FACILITY_TAILS.has(last.text) && namesArea(sent, force + 1, e)) {
    return [makeMention(sent, s, e, 'Organization', { basis: 'org:head' })];
  }
  // "the Islamic State group", "the Wagner group": a name before "group" names a body.
  if (
    e - s >= 2 &&
    /^(?:group|militia|militants|fighters)$/.test(toks[e]?.text ?? '') &&
    !lookupPlace(text)
  ) {
    return [makeMention(sent, s, e, 'Organization', { basis: 'organization:context' })];
  }
  // "Gulf of Aden", "Sea of Japan" (a water word heads a place only with "of": "Sea Viper"
  // missiles are none).
  const headed =
    PLACE_HEAD_WORDS.has(first.text) && (!WATER_HEADS.has(first.text) || toks[s + 1]?.text === 'of');
  // "a Honda City": an indefinite article before a name is a thing of that name, not the place.
  if (PLACE_TAIL_WORDS.has(last.text) && /^an?$/i.test(toks[s - 1]?.text ?? '')) return [];
  // "the Laredo Port of Entry", "San Ysidro Port of Entry": a crossing named after its town is one
  // facility; "Port of Entry" alone names none.
  if (/^Port of Entry$/.test(spanText(sent, Math.max(s, e - 3), e))) {
    return e - s >= 4 ? [makeMention(sent, s, e, 'Location', { basis: 'place:head' })] : [];
  }
  // "Port-au-Prince Haiti": a known place, then its country with no comma between.
  if (e - s >= 2 && lookupPlace(last.text)?.kind === 'country') {
    const place = lookupPlace(spanText(sent, s, e - 1));
    if (place && place.kind !== 'country')
      return [
        makeMention(sent, s, e - 1, 'Location', { lexName: place.name, basis: 'place:gazetteer' }),
        makeMention(sent, e - 1, e, 'Location', {
          lexName: lookupPlace(last.text)!.name,
          basis: 'place:gazetteer',
        }),
      ];
  }
  // ("Los Angeles Unified School District", "Eastern Military Region", "RCMP Federal Policing
  // Pacific Region": an office's area names the office, a body.)
  const areaWord = /^(?:District|Region)$/.test(last.text);
  const officeArea = areaWord && toks.slice(s, e - 1).some((t) => OFFICE_AREA_WORDS.test(t.text));
  if (officeArea) return [makeMention(sent, s, e, 'Organization', { basis: 'org:head' })];
  // ("U.S. District Judge X", "the Southern Region Commander": the unit word opens an office.)
  const officeAfter = areaWord && OFFICE_AFTER_AREA.test(toks[e]?.text ?? '');
  // ("the Saudi Red Sea city of Jeddah": a demonym before a known sea or region only qualifies it.)
  const afterDemonym = e - s >= 3 && lookupDemonym(first.text) ? lookupPlace(spanText(sent, s + 1, e)) : null;
  if (afterDemonym && (afterDemonym.kind === 'water' || afterDemonym.kind === 'region'))
    return [
      makeMention(sent, s + 1, e, 'Location', { lexName: afterDemonym.name, basis: 'place:gazetteer' }),
    ];
  if (e - s >= 2 && (PLACE_TAIL_WORDS.has(last.text) || headed) && !officeAfter) {
    // "Esmeraldas Province" is the province "Esmeraldas" (not "Buenos Aires Province" beside the
    // city: only a known subdivision's name).
    const region = PLACE_TAIL_WORDS.has(last.text) ? lookupPlace(spanText(sent, s, e - 1)) : null;
    const lexName =
      region?.kind === 'state' && /^(?:Province|State|Department|Region)$/.test(last.text)
        ? region.name
        : null;
    return [makeMention(sent, s, e, 'Location', { basis: 'place:head', lexName })];
  }

  // A run that starts with a place or demonym: split it ("Mexico Navy ships" is rare, but
  // "Venezuela Caracas" or a demonym before a name is not). "Dallas Humber, 34," is a person: an
  // age in apposition follows only people.
  const aged =
    toks[e]?.text === ',' && /^\d{1,3}$/.test(toks[e + 1]?.text ?? '') && toks[e + 2]?.text === ',';
  // "the Vienna Convention", "the Paris Agreement": a document, and the place is not in the story.
  if (e - s >= 2 && DOCUMENT_TAILS.has(last.text)) return [];
  if (e - s >= 2 && !aged) {
    for (let n = Math.min(4, e - s - 1); n >= 1; n--) {
      // "San José del Cabo": a place before a particle begins a longer name.
      if (NAME_PARTICLES.has(toks[s + n]?.text ?? '')) continue;
      const head = spanText(sent, s, s + n);
      // A gazetteer-only name does not split a run: "San Pedro Sula" is one city.
      const found = lookupPlace(head);
      const p = found?.gazetteer ? null : found;
      // ("Colorado Springs", "Mexico City": a city of the place's country named after it is one
      // name.)
      const city = p ? lookupCity(text) : null;
      if (city && (p?.name === city.country || p?.country === city.country))
        return [makeMention(sent, s, e, 'Location', { lexName: city.name, basis: 'place:geonames' })];
      if (p || lookupDemonym(head)) {
        const rest = classifyRun(sent, s + n, e);
        const headMention = p
          ? [makeMention(sent, s, s + n, 'Location', { lexName: p.name, basis: 'place:gazetteer' })]
          : [];
        return rest ? [...headMention, ...rest] : headMention.length ? headMention : null;
      }
    }
  }
  return null;
}

const GENERIC_UNIT =
  /^(?:Carrier Strike Group|Strike Group|Carrier Battle Group|Battle Group|Amphibious Ready Group|Expeditionary Strike Group|Task Force|Task Group|Surface Action Group|Marine Expeditionary Unit)s?$/;
const GENERIC_ZONE =
  /^(?:(?:Exclusive|Special) Economic Zones?|Economic Zones?|Contiguous Zones?|Air Defen[cs]e Identification Zones?|Territorial Waters)$/;
const FORCE_WORDS = new Set([
  'Force',
  'Forces',
  'Command',
  'Brigade',
  'Division',
  'Fleet',
  'Squadron',
  'Battalion',
]);
const FACILITY_TAILS = new Set(['Base', 'Station', 'Barracks', 'Airfield', 'Camp', 'Facility', 'Academy']);

/** The words after a force's head name an area: a compass point or a place ("Bravo" does not). */
function namesArea(sent: Sentence, s: number, e: number): boolean {
  const rest = spanText(sent, s, e);
  return (
    /^(?:North|South|East|West|Central)$/.test(rest) ||
    !!lookupPlace(rest) ||
    PLACE_TAIL_WORDS.has(rest.split(' ').pop() ?? '')
  );
}

const WATER_HEADS = new Set(['Sea', 'Gulf', 'Strait', 'Straits', 'Bay', 'Ocean']);

/** "Sinaloa Cartel", "the Gulf cartel", "Cartel de Santa Rosa de Lima", "the Barrio gang". */
function cartelMention(sent: Sentence, s: number, e: number): Mention | null {
  const toks = sent.tokens;
  const first = toks[s];
  const last = toks[e - 1];
  const next = toks[e];
  if (!first || !last) return null;
  let coreEnd = -1;
  let end = e;
  let word = '';
  if (e - s >= 2 && GANG_TAILS.has(last.text)) {
    coreEnd = e - 1;
    word = last.text;
  } else if (next && GANG_NEXT.has(next.text) && toks[e + 1]?.text !== '-') {
    coreEnd = e;
    end = e + 1;
    word = next.text;
  } else if (/^drug$/i.test(next?.text ?? '') && /^cartel$/i.test(toks[e + 1]?.text ?? '')) {
    // "the Medellin drug cartel"
    coreEnd = e;
    end = e + 2;
    word = 'cartel';
  } else if (
    /^C[aá]rtel$/.test(first.text) &&
    e - s >= 2 &&
    (NAME_PARTICLES.has((toks[s + 1]?.text ?? '').toLowerCase()) || isCapWord(toks[s + 1]))
  ) {
    // "Cartel de Santa Rosa de Lima", "Cartel Jalisco Nueva Generación": Spanish word order.
    return makeMention(sent, s, e, 'Cartel', { lexName: spanText(sent, s, e), basis: 'cartel:word' });
  }
  if (coreEnd < 0) return null;
  const core = spanText(sent, s, coreEnd);
  // "Mexican cartel", "Mexico cartel", "Drug Cartel": generic, not a name ("Former Mexican cartel
  // kingpin X": nor after a sentence's capitalized modifier).
  const bare = core.replace(
    /^(?:Former|Senior|Top|Suspected|Alleged|Accused|Notorious|Powerful|Rival|Jailed|Imprisoned)\s+/,
    '',
  );
  if (lookupDemonym(bare) || lookupPlace(bare)?.kind === 'country' || /^drug$/i.test(bare)) return null;
  // "Jailed gang leaders …", "Imprisoned Cartel bosses …": an ordinary word capitalized by the
  // sentence, then the group noun, names no group.
  if (
    coreEnd - s === 1 &&
    s === firstWordIndex(sent) &&
    /\p{Ll}(?:ed|ing)$/u.test(first.text) &&
    isCommonWord(first.text)
  )
    return null;
  // "Ecuadorean crime gang Los Lobos": a demonym and generic words before the noun, the name after.
  // ("the 18th Street gang": a numbered street names the gang.)
  const numbered = /^\d+(?:st|nd|rd|th)$/.test(toks[e - 2]?.text ?? '') && toks[e - 1]?.text === 'Street';
  if (
    coreEnd === e &&
    /^(?:crime|criminal|drug|street|prison|rival)$/i.test(toks[e - 1]?.text ?? '') &&
    !numbered
  )
    return null;
  const canonicalWord = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  // "the Los Choneros gang": a Spanish plural group name is the whole name; the noun only says what it is.
  const plural = /^(?:Los|Las)\s+\p{Lu}/u.test(core) && !GANG_TAILS.has(word);
  return makeMention(sent, s, end, 'Cartel', {
    lexName: plural ? core : `${core} ${canonicalWord}`,
    basis: 'cartel:word',
  });
}

/** Head nouns that end a body's name, never a ship's. */
const BODY_TAIL =
  /\s(?:Force|Forces|Command|Army|Navy|Corps|Ministry|Department|Agency|Council|Committee|Office|Service|Police|Academy|University|Headquarters|Division|Brigade|Regiment|Battalion)$/;

/** Index of the sentence's first word token (after quotes or a dash). */
function firstWordIndex(sent: Sentence): number {
  return sent.tokens.findIndex((t) => t.word);
}
