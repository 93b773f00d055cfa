/**
 * Token-level scanning of one sentence: where titles stand, and the capitalized runs that may be
 * names. Titles break runs, so "U.S. Secretary of State Marco Rubio" yields "U.S." | title |
 * "Marco Rubio".
 */
import { SHIP_PREFIXES } from '../../domain/names';
import type { Token } from './model';
import { lookupDemonym, lookupOrg, lookupPlace } from './lexicon';
import { isCommonWord, isGivenName } from './lexicons/name-data';
import {
  FOREIGN_BODY_HEADS,
  ORG_HEAD_WORDS,
  ORG_TAIL_WORDS,
  POLICY_AREA_WORDS,
  UNIT_HEADS,
} from './lexicons/orgs';
import { PLACE_HEAD_WORDS } from './lexicons/places';
import { COURTESY_TITLES, ONE_WORD_TITLES, TITLES_BY_FIRST, UNDOTTED_RANKS } from './lexicons/titles';
import {
  CALENDAR_SET,
  FUNCTION_WORD_SET,
  HYPHEN_ARTICLES,
  HYPHEN_PREFIXES,
  NAME_PARTICLES,
  VESSEL_NOUNS,
} from './lexicons/words';

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/** A title found in the sentence: token range and its lower-cased key. */
export interface TitleSpan {
  s: number;
  e: number;
  key: string;
  /** "Foreign Ministers X of A and Y of B": one title for the two names that follow. */
  plural?: boolean;
}

/** A run of tokens [s, e) in a sentence. */
export interface Run {
  s: number;
  e: number;
}

export const lower = (t: Token | undefined): string => (t ? t.lower : '');

/** True for a capitalized word that can be part of a name (not a month or a weekday). */
export function isCapWord(t: Token | undefined): boolean {
  if (!t || !t.word || !t.cap) return false;
  return !CALENDAR_SET.has(t.lower.replace(/\.$/, ''));
}

const CALENDAR_ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep oct nov dec mon tue wed thu fri sat sun'.split(' '),
);

/**
 * "Dong Jun", "Li Jun": a month or weekday abbreviation inside a name, after another name word,
 * with no number next to it ("Jun 5", "Jun. 5", "5 Jun").
 */
function nameSyllable(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t?.cap || !CALENDAR_ABBREVIATIONS.has(t.lower.replace(/\.$/, ''))) return false;
  let next = tokens[j + 1];
  if (next?.text === '.') next = tokens[j + 2];
  return !/^\d/.test(next?.text ?? '') && !/^\d/.test(tokens[j - 1]?.text ?? '');
}

/**
 * "Sun Weidong", "Jan de Vries": a month's or weekday's short name opening a name, when a name
 * word (or a particle and one) follows and no number stands next to it ("Jan 5", "Sun 12 May").
 */
function openingSyllable(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !nameSyllable(tokens, i)) return false;
  const next = tokens[i + 1];
  if (!next || next.start !== t.end + 1) return false;
  const word = NAME_PARTICLES.has(next.lower) ? tokens[i + 2] : next;
  return isCapWord(word) && !lookupPlace(word?.text ?? '') && !lookupDemonym(word?.text ?? '');
}

/** Finds titles, longest match first, case-insensitively. */
export function findTitles(tokens: Token[]): TitleSpan[] {
  const out: TitleSpan[] = [];
  // ("Department of Homeland Security Secretary X": an area title inside a body's name leaves only
  // its last word a title; "Security Secretary" is no title there.)
  let bodyUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i < bodyUntil) continue;
    const word = lower(tokens[i]);
    const direct = TITLES_BY_FIRST.get(word);
    const plurals = word.endsWith('s') ? TITLES_BY_FIRST.get(word.slice(0, -1)) : undefined;
    if (!direct && !plurals) continue;
    const singular = plurals?.filter((x) => x.length === 1) ?? [];
    for (const title of [...(direct ?? []), ...singular]) {
      if (i + title.length > tokens.length) continue;
      let ok = true;
      let plural = false;
      for (let k = 0; k < title.length && ok; k++) {
        ok = lower(tokens[i + k]) === title[k];
        // "Foreign Ministers Mauro Vieira … and Diana Mondino": a plural last word, names after it.
        if (
          !ok &&
          k === title.length - 1 &&
          lower(tokens[i + k]) === `${title[k]}s` &&
          isCapWord(tokens[i + k + 1])
        )
          ok = plural = true;
      }
      // "Dr", "Ms" without a dot are titles only as written so ("MS-13" is a gang's name).
      const undotted =
        title.length === 1 &&
        (COURTESY_TITLES.has(title[0]!) || UNDOTTED_RANKS.has(title[0]!)) &&
        !title[0]!.endsWith('.');
      if (
        !ok ||
        (undotted && !/^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text)) ||
        // ("Gen Z voters": an undotted rank goes before a name, not a letter.)
        (undotted && !/^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) ||
        afterVesselNoun(tokens, i) ||
        // ("HMS Queen Elizabeth", "HMS Prince of Wales": a ship named after a title.)
        (SHIP_PREFIXES.has(lower(tokens[i - 1])) && /^\p{Lu}{2,5}$/u.test(tokens[i - 1]?.text ?? '')) ||
        surnameAfterGivenName(tokens, i, title.length) ||
        // ("Prince William County", "King County", "Prince Edward Island": a place named after one.)
        titledPlace(tokens, i, title.length)
      )
        continue;
      if (insideBodyName(tokens, i, i + title.length)) {
        if (title.length > 1 && isCapWord(tokens[i + title.length - 1])) bodyUntil = i + title.length - 1;
        continue;
      }
      // ("Minister of Foreign Relations X": the area's noun after "of foreign" is the title's.)
      const areaNoun =
        /^(?:foreign|external)$/.test(title[title.length - 1] ?? '') &&
        /^(?:Affairs|Relations)$/.test(tokens[i + title.length]?.text ?? '')
          ? 1
          : 0;
      const joined = joinedAreas(tokens, i, title);
      out.push({
        s: joined ?? i,
        e: i + title.length + areaNoun,
        key:
          joined === null
            ? title.join(' ').replace(/ - /g, '-')
            : tokens
                .slice(joined, i + title.length)
                .map((t) => lower(t))
                .join(' '),
        ...(plural ? { plural } : {}),
      });
      i += title.length - 1 + areaNoun;
      break;
    }
  }
  return dualOffices(tokens, out);
}

/**
 * "Qatari Prime Minister and Foreign Minister Sheikh X": two offices held by the one person named
 * after them are one title, when a country's adjective or possessive stands before the first
 * ("the Prime Minister and Foreign Minister X" may be two people).
 */
function dualOffices(tokens: Token[], spans: TitleSpan[]): TitleSpan[] {
  const out: TitleSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const owner = prev ? tokens[prev.s - 1] : undefined;
    if (
      prev &&
      !prev.plural &&
      !span.plural &&
      lower(tokens[prev.e]) === 'and' &&
      span.s === prev.e + 1 &&
      (isCapWord(tokens[span.e]) || tokens[span.e]?.text === ',') &&
      (!!lookupDemonym(owner?.text ?? '') || /^[’']s?$/.test(owner?.text ?? ''))
    ) {
      out[out.length - 1] = { s: prev.s, e: span.e, key: `${prev.key} and ${span.key}` };
      continue;
    }
    out.push(span);
  }
  return out;
}

/**
 * "Public Works and Highways Secretary", "Foreign Affairs and Trade Minister": a department that
 * joins a known policy area with another field. Where the title found at `i` is a secretary or
 * minister (bare, or of an area) written after "<area> and" (and, for a bare one, the field's one
 * or two capitalized words), the token the joined title starts at.
 */
function joinedAreas(tokens: Token[], i: number, title: string[]): number | null {
  const head = title[title.length - 1];
  if (head !== 'secretary' && head !== 'minister') return null;
  // (Only a bare office or an area's: "Interior and Prime Minister X" joins nothing.)
  if (title.length > 1 && !POLICY_AREA_WORDS.has(title.slice(0, -1).join(' '))) return null;
  let at = i;
  if (title.length === 1) {
    // ("… and Highways Secretary": the field's words, capitalized nouns of the language.)
    let k = i - 1;
    while (k >= i - 2 && isCapWord(tokens[k]) && lower(tokens[k]) !== 'and' && isCommonWord(lower(tokens[k])))
      k--;
    if (k === i - 1) return null;
    at = k + 1;
  }
  if (lower(tokens[at - 1]) !== 'and') return null;
  for (let n = 1; n <= 4; n++) {
    const words = tokens.slice(at - 1 - n, at - 1);
    if (words.length < n || !words.every((t) => t.cap)) break;
    // ("Lebanon's Ministry of Interior and …": an area that ends a body's name is no title's.)
    if (POLICY_AREA_WORDS.has(words.map((t) => lower(t)).join(' ')))
      return /^(?:of|for|ministry|department)$/.test(lower(tokens[at - 2 - n])) ? null : at - 1 - n;
  }
  return null;
}

const PLACE_AFTER_TITLE =
  /^(?:County|Counties|Island|Islands|Parish|Sound|Bay|Street|Avenue|Park|Land|Bridge|Harbou?r|Road|Square|Airport|Canal|Strait|Creek|River|Mountains)$/;

/** A royal title that opens a place's name: the capitalized words after it end in a place's word. */
function titledPlace(tokens: Token[], i: number, n: number): boolean {
  if (!/^(?:prince|princess|king|queen)$/.test(lower(tokens[i]))) return false;
  for (let k = i + n; k < i + n + 3 && isCapWord(tokens[k]); k++)
    if (PLACE_AFTER_TITLE.test(tokens[k]!.text)) return true;
  return false;
}

// The last word of each vessel noun ("carrier" of "bulk carrier"): the word right before a title.
const VESSEL_WORDS = new Set(VESSEL_NOUNS.map((n) => n.split(' ').pop() ?? n));

/** "the frigate Admiral Gorshkov", "patrol vessel King Sekhukhune I": a ship named after a title. */
function afterVesselNoun(tokens: Token[], i: number): boolean {
  // ("the survey ship, Admiral Vladimirskiy,": the name in apposition too)
  const noun = tokens[i - 1]?.text === ',' ? tokens[i - 2] : tokens[i - 1];
  return VESSEL_WORDS.has(lower(noun)) && isCapWord(tokens[i + 1]);
}

/**
 * "Erik Prince", "Sarah Major", "Tom King": a capitalized one-word title right after a given name,
 * with no name after it, is the person's surname.
 */
function surnameAfterGivenName(tokens: Token[], s: number, length: number): boolean {
  const t = tokens[s];
  const prev = tokens[s - 1];
  // ("The President of Mexico, X": "The" opening the sentence is in the name data, but no name.)
  if (length !== 1 || !t?.cap || !prev?.cap || !isGivenName(prev.text) || FUNCTION_WORD_SET.has(lower(prev)))
    return false;
  // "Hassan Sheikh Mohamud": an honorific inside a name, between a given name and another name.
  // ("the Royal Diwan Sheikh X": the word before is a body's, so the honorific opens the name.)
  const pp = tokens[s - 2];
  if (MID_NAME_HONORIFICS.has(lower(t)) && (!pp?.cap || TITLES_BY_FIRST.has(lower(pp)))) return true;
  return !tokens[s + 1]?.cap;
}

const MID_NAME_HONORIFICS = new Set(['sheikh', 'sheik', 'sheikha']);

/**
 * "Justice Department", "Department of Justice", "Defense Council": a title word that is part of a
 * body's name is not a title.
 */
function insideBodyName(tokens: Token[], s: number, e: number): boolean {
  const next = tokens[e];
  if (next?.cap && (ORG_TAIL_WORDS.has(next.text) || ORG_HEAD_WORDS.has(next.text))) return true;
  // "Fiscalía General de la República": a foreign body's head word right before the title word.
  if (FOREIGN_BODY_HEADS.has(tokens[s - 1]?.text ?? '')) return true;
  const k = lower(tokens[s - 1]) === 'the' ? s - 2 : s - 1;
  return ['of', 'for', 'on'].includes(lower(tokens[k])) && ORG_HEAD_WORDS.has(tokens[k - 1]?.text ?? '');
}

// "of"/"for"/"on" join a run only after a head word ("Bureau of …", "Gulf of …").
const OF_HEADS = new Set([
  ...ORG_HEAD_WORDS,
  ...PLACE_HEAD_WORDS,
  ...ORG_TAIL_WORDS,
  'Republic',
  'States',
  'State',
  'Secretary',
  'District',
]);

/** Capitalized runs outside titles, with particles and head-bound connectors inside. */
export function findRuns(tokens: Token[], inTitle: boolean[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "22nd Marine Expeditionary Unit": an ordinal opens a unit's name.
    const ordinal = ORDINAL.test(tokens[i]?.text ?? '') && isCapWord(tokens[i + 1]) && !inTitle[i + 1];
    // "Mar-a-Lago": a month's short name opening a hyphenated place name.
    const hyphenPlace = !!tokens[i]?.cap && hyphenJoin(tokens, i + 1) === 4;
    // "claimed by al-Qaeda", "said al-Sudani": a lowercase Arabic article hyphenated to a
    // capitalized word opens the name it belongs to.
    const article =
      HYPHEN_ARTICLES.has(tokens[i]?.text ?? '') &&
      (tokens[i - 1]?.end ?? -1) < tokens[i]!.start &&
      isDash(tokens[i + 1]) &&
      tokens[i + 1]!.start === tokens[i]!.end &&
      tokens[i + 2]?.start === tokens[i + 1]!.end &&
      isCapWord(tokens[i + 2]) &&
      !inTitle[i + 2];
    if (article) {
      let j = i + 3;
      while (
        j < tokens.length &&
        !inTitle[j] &&
        isCapWord(tokens[j]) &&
        (tokens[j - 1]?.end ?? 0) < tokens[j]!.start
      )
        j++;
      runs.push({ s: i, e: j });
      i = j;
      continue;
    }
    if (inTitle[i] || (!isCapWord(tokens[i]) && !ordinal && !hyphenPlace && !openingSyllable(tokens, i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !inTitle[j]) {
      const t = tokens[j];
      // "… the ship Eternity C. The …": an initial's dot before a capitalized function word ends
      // the sentence the splitter kept whole.
      if (/^\p{Lu}\.$/u.test(tokens[j - 1]?.text ?? '') && FUNCTION_WORD_SET.has(lower(t))) break;
      if ((isCapWord(t) || nameSyllable(tokens, j)) && t && (tokens[j - 1]?.end ?? 0) < t.start) {
        j++;
        continue;
      }
      // ("HMS Prince of Wales": "of" inside a name a ship prefix opens.)
      const shipOf =
        SHIP_PREFIXES.has(lower(tokens[i])) && lower(t) === 'of' && isCapWord(tokens[j + 1]) ? 1 : 0;
      const next = shipOf || joinLength(tokens, j, inTitle);
      if (next === 0) break;
      j += next;
    }
    j = joinAnd(tokens, i, j, inTitle);
    // "Military Zone 7 Command", "Naval Region 2 Command": a number inside a body's name.
    if (
      /^\d{1,3}$/.test(tokens[j]?.text ?? '') &&
      ORG_TAIL_WORDS.has(tokens[j + 1]?.text ?? '') &&
      !inTitle[j + 1] &&
      (tokens[j - 1]?.end ?? 0) < (tokens[j]?.start ?? 0)
    )
      j += 2;
    // "Destroyer Squadron 15", "Combined Task Force 150": a unit's number is part of its name.
    if (
      UNIT_HEADS.test(tokens[j - 1]?.text ?? '') &&
      /^\d{1,3}$/.test(tokens[j]?.text ?? '') &&
      (tokens[j - 1]?.end ?? 0) < (tokens[j]?.start ?? 0) &&
      !inTitle[j]
    )
      j++;
    // "trans-Atlantic", "anti-Kremlin": a prefixed adjective, not a name.
    if (prefixedAdjective(tokens, i)) {
      i = j;
      continue;
    }
    // "the Tren de Aragua Venezuelan prison gang": a demonym ending a run of three words or more,
    // before a lower-case noun, describes the noun ("Royal Canadian Mounted Police" goes on).
    if (
      j - i >= 3 &&
      /^\p{Ll}/u.test(tokens[j]?.text ?? '') &&
      lookupDemonym(tokens[j - 1]?.text ?? '') &&
      !lookupPlace(tokens[j - 1]?.text ?? '') &&
      !inTitle[j]
    )
      j--;
    // "Commodore Philip Edward Dennis RN": letters after a person's name are not part of it.
    if (j - i >= 3 && POST_NOMINALS.has(tokens[j - 1]!.text) && isGivenName(tokens[i]!.text)) j--;
    let s = i;
    // Sentence-initial or quoted capitalized function words ("The", "On", "Both") are grammar.
    // An all-caps place abbreviation that spells a function word ("US") is the place.
    while (
      s < j &&
      FUNCTION_WORD_SET.has(lower(tokens[s])) &&
      !capsPlace(tokens[s]) &&
      !ordinalInName(tokens, s)
    )
      s++;
    // "Former Drug Enforcement Administration agent X", "Senior Coast Guard officials said",
    // "Suspected Tren de Aragua members …": a sentence's capitalized "former", "senior" or
    // "suspected" is no part of the name; nor before one known place or body ("Former Tamaulipas
    // governor X", "Senior Pentagon officials").
    if (
      (j - s >= 3 ||
        (j - s === 2 &&
          (lookupPlace(tokens[s + 1]!.text) !== null || lookupOrg(tokens[s + 1]!.text) !== null))) &&
      (s === 0 || !tokens[s - 1]?.word) &&
      /^(?:Former|Retired|Senior|Top|Suspected|Alleged|Accused)$/.test(tokens[s]!.text)
    )
      s++;
    // "Pro-Russia Dodik": a capitalized prefixed adjective opening the run is not part of the name.
    if (
      j - s >= 4 &&
      /^(?:pro|anti)$/.test(lower(tokens[s])) &&
      isCapWord(tokens[s + 2]) &&
      isDash(tokens[s + 1]) &&
      tokens[s + 1]!.start === tokens[s]!.end &&
      tokens[s + 2]!.start === tokens[s + 1]!.end
    )
      s += 3;
    // "Jailed Los Lobos members …": a participle opening the sentence, before a Spanish article
    // ("Imprisoned Cartel bosses …": or before the group noun itself).
    if (
      (s === 0 || !tokens[s - 1]?.word) &&
      /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(tokens[s]!.text) &&
      isCommonWord(tokens[s]!.text) &&
      ((j - s >= 3 && /^(?:Los|Las|El|La)$/.test(tokens[s + 1]?.text ?? '')) ||
        (j - s === 2 && /^(?:Cartels?|Gangs?|Mafias?)$/.test(tokens[s + 1]?.text ?? '')))
    )
      s++;
    // "the President of Türkiye Recep Tayyip Erdoğan": a place then a person named in full.
    // "SSP Nihal Thalduwa": a rank's letters before a person named in full are not the name.
    if (rankLetters(tokens, s, j)) s++;
    // "the State Department Bureau of International Narcotics …": a department, then a bureau of
    // its own: two bodies.
    for (let k = s + 1; k < j - 2; k++) {
      if (
        /^(?:Department|Ministry)$/.test(tokens[k]?.text ?? '') &&
        /^(?:Bureau|Office|Division|Directorate|Agency|Unit|Service)$/.test(tokens[k + 1]?.text ?? '') &&
        /^(?:of|for)$/.test(lower(tokens[k + 2]))
      ) {
        runs.push({ s, e: k + 1 });
        s = k + 1;
        break;
      }
    }
    const cut = placeThenPerson(tokens, s, j);
    if (cut > 0) {
      runs.push({ s, e: cut });
      s = cut;
    }
    // "Arleigh Burke-class destroyers": a class is named after someone, but it is no entity.
    const classOf =
      isDash(tokens[j]) && tokens[j]!.start === tokens[j - 1]?.end && lower(tokens[j + 1]) === 'class';
    if (s < j && !classOf) runs.push({ s, e: j });
    i = j;
  }
  return runs;
}

/** "or First Capital Command": an ordinal capitalized inside a sentence opens a name. */
function ordinalInName(tokens: Token[], s: number): boolean {
  return (
    /^(?:First|Second|Third)$/.test(tokens[s]?.text ?? '') && s > 0 && /^[\p{L},]/u.test(tokens[s - 1]!.text)
  );
}

/**
 * Prefixes that make an adjective of a name ("trans-Atlantic", "pro-Kremlin", "ex-Soviet"): the
 * prefixes a hyphen binds into a name when capitalized ("Anti-Corruption"), and "ex", "neo".
 */
const NAME_PREFIXES = new Set([...HYPHEN_PREFIXES, 'ex', 'neo']);

/** Honours, degrees and services written after a name ("… Dennis RN", "… Smith OBE"). */
const POST_NOMINALS = new Set(
  'RN USN USMC RAN RCN RNZN OBE MBE CBE KBE DBE KC QC PhD MD DSO VC GC MC MP MEP MLA MPP MSP MHA'.split(' '),
);

/** True when the word at i is glued to a prefix and a dash before it ("trans-Atlantic"). */
function prefixedAdjective(tokens: Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const prefix = tokens[i - 2];
  return (
    isDash(dash) &&
    !!prefix &&
    dash!.start === prefix.end &&
    dash!.end === tokens[i]!.start &&
    NAME_PREFIXES.has(prefix.text.toLowerCase())
  );
}

/**
 * An all-caps word of three to five letters (no ship prefix, no place) opening a run of a given
 * name and a surname: a rank or post ("SSP", "DIG"), written before the name.
 */
function rankLetters(tokens: Token[], s: number, e: number): boolean {
  const first = tokens[s]?.text ?? '';
  if (e - s < 3 || !/^\p{Lu}{3,5}$/u.test(first) || SHIP_PREFIXES.has(first.toLowerCase())) return false;
  const next = tokens[s + 1]?.text ?? '';
  return !lookupPlace(first) && isGivenName(next) && /^\p{Lu}\p{Ll}/u.test(next);
}

/**
 * Where a run that opens with a known place continues with a given name and at least one more
 * word ("Türkiye Recep Tayyip Erdoğan" → "Türkiye" | "Recep Tayyip Erdoğan"), else 0.
 */
function placeThenPerson(tokens: Token[], s: number, e: number): number {
  // ("the U.S. Supreme Court", "the Chilean Supreme Court": a court's name ends the run.)
  if (/^(?:Court|Tribunal)$/.test(tokens[e - 1]?.text ?? '')) return 0;
  // ("the Syrian Arab News Agency": a body's head word ends the run; no person is named in it.)
  if (ORG_TAIL_WORDS.has(tokens[e - 1]?.text ?? '') && !isGivenName(tokens[e - 1]?.text ?? '')) return 0;
  for (let k = s + 1; k <= s + 3 && k < e - 1; k++) {
    const place = tokens
      .slice(s, k)
      .map((t) => t.text)
      .join(' ');
    // A particle is no given name ("Santa Rosa de Aguán" is one place).
    // ("Saudi Arabia Faisal bin Farhan": a word that goes on the place is no given name.)
    const given =
      isCapWord(tokens[k]) && isGivenName(tokens[k]!.text) && !lookupPlace(`${place} ${tokens[k]!.text}`);
    // ("charged American Bazile Richardson": a demonym before a person named in full, too.)
    if (given && isCapWord(tokens[k + 1]) && (lookupPlace(place) || lookupDemonym(place))) return k;
  }
  return 0;
}

export function isDash(t: Token | undefined): boolean {
  return t?.text === '-' || t?.text === '–';
}

function capsPlace(t: Token | undefined): boolean {
  return !!t && t.text.length >= 2 && t.text === t.text.toUpperCase() && !!lookupPlace(t.text);
}

/** How many tokens a connector at j joins into the run (0 when it ends the run). */
function joinLength(tokens: Token[], j: number, inTitle: boolean[]): number {
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (!t || !prev) return 0;
  const l = lower(t);
  // "Ali al-Dalaimi": a lowercase Arabic article hyphenated to the capitalized word after it.
  if (HYPHEN_ARTICLES.has(t.text) && prev.end < t.start) {
    const [dash, nx] = [tokens[j + 1], tokens[j + 2]];
    if (
      isDash(dash) &&
      dash!.start === t.end &&
      nx &&
      nx.start === dash!.end &&
      isCapWord(nx) &&
      !inTitle[j + 2]
    )
      return 3;
  }
  // "Côte d’Ivoire", "Valéry Giscard d'Estaing": an elided particle glued to the next name word.
  if (/^[dl][’'][\p{Lu}]\p{Ll}/u.test(t.text) && prev.end < t.start && !inTitle[j]) return 1;
  if (holdersOffice(tokens, j) && !inTitle[j + 1]) return 2;
  // "People’s Liberation Army", "Pakistan People’s Party": a collective noun's ’s inside a name.
  if (/^[’']s$/.test(t.text) && COLLECTIVE_POSSESSORS.has(prev.text) && prev.end === t.start) {
    return isCapWord(tokens[j + 1]) && !inTitle[j + 1] ? 2 : 0;
  }
  // Name particles: "Juan Ramón de la Fuente", "Tren de Aragua".
  if (NAME_PARTICLES.has(l)) {
    let k = j;
    while (k < tokens.length && NAME_PARTICLES.has(lower(tokens[k]))) k++;
    // "Viña del Mar", "Cinco de Mayo": a month's name after a particle is a name word.
    const word = isCapWord(tokens[k]) || (!!tokens[k]?.cap && !!tokens[k]?.word);
    return word && !inTitle[k] ? k - j + 1 : 0;
  }
  // "the Madras high court on Thursday": some outlets write a court's kind in lower case after
  // the place it sits in; the court's name ends there (not "the Trump high court pick").
  if (COURT_KINDS.has(l) && lower(tokens[j + 1]) === 'court' && prev.end < t.start) {
    const after = tokens[j + 2];
    return !after?.word || FUNCTION_WORD_SET.has(lower(after)) ? 2 : 0;
  }
  // "U.S. Embassy in Guatemala": a mission is named by where it sits.
  if (l === 'in' && /^(?:Embassy|Consulate|Mission)$/.test(prev.text)) {
    return isCapWord(tokens[j + 1]) && !inTitle[j + 1] ? 2 : 0;
  }
  // "the High Representative of the European Union for Foreign Affairs": a body known whole
  // ends before "for" (its "for …" belongs to the title).
  if (l === 'for' && lookupOrg(`${tokens[j - 2]?.text ?? ''} ${prev.text}`) && !isCapWord(tokens[j - 3]))
    return 0;
  // "Institute for the Study of War", "Center for the Prevention of Torture": a body's "for the
  // <noun>" goes on with that noun's "of".
  if (
    l === 'of' &&
    lower(tokens[j - 2]) === 'the' &&
    lower(tokens[j - 3]) === 'for' &&
    ORG_HEAD_WORDS.has(tokens[j - 4]?.text ?? '') &&
    isCapWord(tokens[j + 1]) &&
    !inTitle[j + 1]
  )
    return 2;
  if ((l === 'of' || l === 'for' || l === 'on') && OF_HEADS.has(prev.text)) {
    const k = lower(tokens[j + 1]) === 'the' ? j + 2 : j + 1;
    // ("the Polish Foreign Ministry on X (Twitter)": a platform a body posts on is no part of it.)
    if (l === 'on' && PLATFORMS.has(tokens[k]?.text ?? '')) return 0;
    return isCapWord(tokens[k]) && !inTitle[k] ? k - j + 1 : 0;
  }
  return hyphenJoin(tokens, j);
}

const PLATFORMS = new Set([
  'X',
  'Twitter',
  'Facebook',
  'Instagram',
  'Telegram',
  'TikTok',
  'YouTube',
  'Weibo',
  'WeChat',
]);

const OFFICE_HOLDERS =
  /^(?:General|Attorney|Prosecutor|Governor|Mayor|President|Minister|Sheriff|Comptroller|Ombudsman|Auditor|Commissioner|Director|Secretary|Marshal|Counsel)$/;

/**
 * "Attorney General’s Office", "U.S. Attorney’s Office": true when token j is an office holder's
 * ’s right before "Office" — the holder's words and the office are one body's name.
 */
export function holdersOffice(tokens: Token[], j: number): boolean {
  const [prev, t] = [tokens[j - 1], tokens[j]];
  return (
    !!prev &&
    !!t &&
    /^[’']s$/.test(t.text) &&
    prev.end === t.start &&
    OFFICE_HOLDERS.test(prev.text) &&
    tokens[j + 1]?.text === 'Office'
  );
}
const COLLECTIVE_POSSESSORS = new Set(['People', 'Peoples', 'Workers', 'Women', 'Farmers', 'Veterans']);

const COURT_KINDS = new Set(['high', 'supreme', 'district', 'federal', 'regional', 'appeals']);

/**
 * Hyphenated place names ("Guinea-Bissau", "Asia-Pacific") and prefixed words ("Anti-Corruption")
 * stay whole: 2 when the dash at j joins the word after it to the one before, else 0.
 */
function hyphenJoin(tokens: Token[], j: number): number {
  const [prev, t, nx] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  if (koreanGivenName(tokens, j)) return 2;
  if (!prev || !isDash(t) || prev.end !== t!.start || !nx || nx.start !== t!.end) return 0;
  // "General Waker-Uz-Zaman": a hyphenated name the run already joined goes on to its last part.
  const [dash0, first] = [tokens[j - 2], tokens[j - 3]];
  if (
    t!.text === '-' &&
    dash0?.text === '-' &&
    dash0.start === first?.end &&
    dash0.end === prev.start &&
    isCapWord(first) &&
    isCapWord(nx) &&
    !isDash(tokens[j + 2]) &&
    !lookupPlace(nx.text)
  )
    return 2;
  // "Port-au-Prince", "Aix-en-Provence", "Stratford-upon-Avon": a place's name with a
  // hyphenated particle between two capitalized words.
  const [dash2, last] = [tokens[j + 2], tokens[j + 3]];
  if (
    (HYPHEN_PLACE_PARTICLES.has(nx.text) || HYPHEN_ARTICLES.has(nx.text)) &&
    isDash(dash2) &&
    dash2!.start === nx.end &&
    last &&
    last.start === dash2!.end &&
    isCapWord(last)
  )
    return 4;
  // "Anti-mafia District Directorate": a prefix and a lower-case word open the body's name.
  if (!isCapWord(nx)) {
    const opens = HYPHEN_PREFIXES.has(lower(prev)) && /^\p{Ll}+$/u.test(nx.text) && isCapWord(tokens[j + 2]);
    return opens && !COMPOUND_TAILS.has(nx.text) ? 2 : 0;
  }
  if (lookupPlace(`${prev.text}-${nx.text}`) || HYPHEN_PREFIXES.has(lower(prev))) return 2;
  // "Saint-Gilles", "Sainte-Foy": a saint's hyphenated name is one place's.
  if (/^(?:Saint|Sainte|St|Ste)$/.test(prev.text) && t!.text === '-') return 2;
  // "People’s Liberation Army-Navy", "Army-Air Force": a force's branch after its army.
  if (prev.text === 'Army' && /^(?:Navy|Air|Rocket|Marine|Ground)$/.test(nx.text)) return 2;
  // "Meshal Al-Ahmad Al-Jaber", "Abdel Fattah El-Sisi": a capitalized Arabic article or "bin".
  if (/^(?:Al|El|Bin|Ben|Abu|Ibn|Ould|Bint)$/.test(prev.text) && t!.text === '-') return 2;
  // "Export-Import Bank": two words hyphenated before a body's head word name one body.
  const head = tokens[j + 2];
  if (
    t!.text === '-' &&
    head &&
    head.start > nx.end &&
    ORG_TAIL_WORDS.has(head.text) &&
    // ("State-Owned Enterprises Minister X": a portfolio before a title is the title's.)
    !TITLES_BY_FIRST.has(lower(tokens[j + 3])) &&
    !lookupPlace(prev.text) &&
    !lookupPlace(nx.text) &&
    !lookupDemonym(prev.text) &&
    !lookupDemonym(nx.text)
  )
    return 2;
  // "NATO-Ukraine Council", "EU-China Summit": a known body's acronym joined to a partner before a
  // body's head word names one forum.
  if (
    t!.text === '-' &&
    head &&
    head.start > nx.end &&
    ORG_TAIL_WORDS.has(head.text) &&
    /^\p{Lu}{2,6}$/u.test(prev.text) &&
    lookupOrg(prev.text) &&
    !TITLES_BY_FIRST.has(lower(tokens[j + 3]))
  )
    return 2;
  // "Kamla Persad-Bissessar": a double-barrelled surname after a given name (a hyphen, not a dash:
  // "Sampson–Arleigh" lists two ships). "Trump-Xi" (no given name before it) stays two names.
  const given = tokens[j - 2];
  // ("Mr Villarreal-Hernandez": a courtesy title stands for the given name; "President Netumbo
  // Nandi-Ndaitwah": a one-word title before a given name the lists do not know.)
  const surname =
    t!.text === '-' &&
    !!given &&
    given.end < prev.start &&
    isCapWord(given) &&
    !FUNCTION_WORD_SET.has(lower(given)) &&
    (isGivenName(given.text) ||
      COURTESY_TITLES.has(lower(given)) ||
      (ONE_WORD_TITLES.has(lower(tokens[j - 3])) && !lookupPlace(given.text)));
  // "Mohammad-Reza Ashtiani", "Jean-Pierre Raffarin": a hyphenated given name before a surname;
  // a given name the lists do not know counts after a one-word title ("President Qasym-Zhomart
  // Toqaev").
  const after = tokens[j + 2];
  const titled = !!given && given.end < prev.start && ONE_WORD_TITLES.has(lower(given));
  const hyphenGiven =
    t!.text === '-' &&
    (isGivenName(prev.text) || titled) &&
    !!after &&
    after.start > nx.end &&
    // ("Abdul-Malik al-Houthi": the surname may open with a hyphenated article.)
    (isCapWord(after) || (HYPHEN_ARTICLES.has(after.text) && isDash(tokens[j + 3]))) &&
    !lookupPlace(after.text);
  // ("Jose Luis Cepeda-Cortes", "Moises Humberto Rivera-Luna": either part of a surname may also
  // name a place, but not a country.)
  if (surname && lookupPlace(prev.text)?.kind !== 'country' && lookupPlace(nx.text)?.kind !== 'country')
    return 2;
  return hyphenGiven && !lookupPlace(prev.text) && !lookupPlace(nx.text) ? 2 : 0;
}

// Particles hyphenated inside a place's or a group's name ("Port-au-Prince", "Saint-Jean-de-Luz",
// "Lashkar-e-Taiba", "Jamaat-ud-Dawa").
const HYPHEN_PLACE_PARTICLES = new Set(
  `a au aux de du des la le les en sur sous lès upon on in under di del della am an im y e ud`.split(/\s+/),
);

// Words after a hyphen that make a compound adjective, not a name ("Seoul-based", "Kim-led").
const COMPOUND_TAILS = new Set(
  `based led backed born owned made run style class era controlled linked allied friendly related
bound funded sponsored held occupied aligned speaking level wide like type year old`.split(/\s+/),
);

/**
 * "Cho Tae-yul", "Moon Jae-in": a family name, then a two-syllable given name written with a
 * hyphen (the second syllable lower-case, or capitalized as some outlets write "Ahn Gyu-Back").
 */
function koreanGivenName(tokens: Token[], j: number): boolean {
  const [family, first, t, second] = [tokens[j - 2], tokens[j - 1], tokens[j], tokens[j + 1]];
  if (!family || !first || !second || t?.text !== '-') return false;
  if (first.end !== t.start || second.start !== t.end || family.end >= first.start) return false;
  return (
    isCapWord(family) &&
    /^\p{Lu}\p{Ll}{1,4}$/u.test(family.text) &&
    // (A syllable has up to six letters: "Byoung", "Hyeong".)
    /^\p{Lu}\p{Ll}{1,5}$/u.test(first.text) &&
    /^\p{L}\p{Ll}{0,5}$/u.test(second.text) &&
    !COMPOUND_TAILS.has(second.text) &&
    !lookupPlace(first.text) &&
    !lookupPlace(second.text)
  );
}

/** People of a service ("Sailors", "Troops"): no first half of a body's name before "and". */
const PERSONNEL =
  /^(?:Sailors|Soldiers|Troops|Airmen|Guardsmen|Marines|Officers|Agents|Personnel|Crews?|Mariners|Coastguardsmen|Servicemembers|Veterans)$/;

/**
 * "Customs and Border Protection": an "and" joins two runs when the right one ends in a body's
 * head word and the left one is not itself a place or a body ("Mexico and the Navy" stays apart).
 */
function joinAnd(tokens: Token[], s: number, e: number, inTitle: boolean[]): number {
  if (lower(tokens[e]) !== 'and' || !isCapWord(tokens[e + 1]) || inTitle[e + 1]) return e;
  let k = e + 1;
  while (k < tokens.length && !inTitle[k] && isCapWord(tokens[k])) k += 1 + hyphenJoin(tokens, k + 1);
  // "Trinidad and Tobago", "Bosnia and Herzegovina", "Jammu and Kashmir": a place whose name has
  // "and" in it.
  const whole = tokens
    .slice(s, k)
    .map((x) => x.text)
    .join(' ');
  const kind = lookupPlace(whole)?.kind;
  if (kind === 'country' || kind === 'state') return k;
  const tail = tokens[k - 1]?.text ?? '';
  // "Center for Strategic and International Studies", "Institute for Peace and Security": one
  // word after "head for/of" continues past "and" when the right side is no place.
  // ("Bureau of International Narcotics and Law Enforcement Affairs": up to two words after
  // the connector, and up to three on the right when they end in a body's tail word.)
  const ofAt = [e - 2, e - 3].find(
    (x) => ['for', 'of', 'on'].includes(lower(tokens[x])) && ORG_HEAD_WORDS.has(tokens[x - 1]?.text ?? ''),
  );
  const rightIsPlace = tokens.slice(e + 1, k).some((x) => lookupPlace(x.text));
  const rightWords = tokens.slice(e + 1, k).filter((x) => x.word).length;
  const tailWord =
    /^(?:Affairs|Studies|Services|Operations|Development|Security|Enforcement|Societies|Resources|Cooperation)$/.test(
      tokens[k - 1]?.text ?? '',
    );
  if (ofAt !== undefined && !rightIsPlace && (rightWords <= 2 || (rightWords === 3 && tailWord))) return k;
  if (!ORG_TAIL_WORDS.has(tail) || ORG_TAIL_WORDS.has(tokens[e - 1]?.text ?? '')) return e;
  // "USS Mahan and Carrier Air Wing 8": a ship's name is no first half of a body's.
  if (SHIP_PREFIXES.has(lower(tokens[s]))) return e;
  // "Tren de Aragua and Sinaloa Cartel": a group's name of its own shape on the left is a second
  // group, not the first half of one.
  if (/^(?:Tren|Clan|Los|Las|Mara|Barrio|C[aá]rtel|Cartel)$/.test(tokens[s]?.text ?? '') && e - s >= 2)
    return e;
  // "Carteles Unidos and Cartel de Jalisco …": the right side opens a name of its own.
  if (k === e + 2 && NAME_PARTICLES.has(lower(tokens[k]))) return e;
  // ("The UK and European Union": the sentence's capitalized "The" is no part of the left name.)
  const left = tokens.slice(s, e).filter((t) => !lookupPlace(t.text) && !FUNCTION_WORD_SET.has(lower(t)));
  if (left.length === 0 || left.some((t) => ORG_HEAD_WORDS.has(t.text))) return e;
  // "U.S. Sailors and Military Sealift Command mariners", "Our Sailors and Marines": people of a
  // service are no first half of a body's name.
  if (left.length === 1 && PERSONNEL.test(left[0]!.text)) return e;
  // "the AFP and Queensland Police Service": an acronym is a body's whole name.
  if (left.length === 1 && /^\p{Lu}{2,}$/u.test(left[0]!.text)) return e;
  // "President António Costa and European Commission President …": a person's given name and
  // surname are no part of a body ("Bill and Melinda Gates Foundation" has one word on the left).
  if (left.length >= 2 && isGivenName(left[0]!.text) && !isCommonWord(left[0]!.text)) return e;
  // "Vela and National Police Commander X": a lone surname, and a body that qualifies the title
  // after it ("Customs and Border Protection Commissioner X" joins: "Customs" is a word).
  if (left.length === 1 && inTitle[k] && !isCommonWord(left[0]!.text) && !lookupOrg(left[0]!.text)) return e;
  return k;
}
