/**
 * Name normalization shared by extraction (within one article) and resolution (across articles).
 * Pure functions; no lexicon of real names.
 */

/**
 * Normalizes a name for matching, exactly as the evaluation scorer's `norm` does: accents folded
 * (NFD, marks removed), lower-cased, possessive 's dropped, dots removed ("U.S." → "us"), other
 * punctuation turned into spaces, a leading article ("the", "a", "an") dropped, spaces collapsed.
 *
 * @example nameKey("The U.S. State Department’s") === "us state department"
 */
export function nameKey(s: string): string {
  // Pure and called for the same few hundred names many times per article: memoized, bounded.
  const hit = nameKeys.get(s);
  if (hit !== undefined) return hit;
  if (nameKeys.size >= 20_000) nameKeys.clear();
  const key = computeNameKey(s);
  nameKeys.set(s, key);
  return key;
}
const nameKeys = new Map<string, string>();

function computeNameKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '')
    .trim();
}

/** Ship-name prefixes for navies and civil registries (USS, HMS, ARC, …), lower-cased. */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set([
  'uss',
  // Sri Lankan, Pakistani, Bangladeshi, Nigerian, Indonesian navies; Canadian coast guard; a
  // Russian ship as the Royal Navy writes it.
  'slns',
  // Royal Thai Navy, Royal Malaysian Navy, Malaysian and Indonesian civil craft, U.S. Coast Guard cutters.
  'htms',
  'kd',
  'km',
  'cgc',
  'pns',
  'bns',
  'nns',
  'kri',
  'ccgs',
  'rfn',
  'brp',
  'mv',
  'mt',
  'usns',
  'uscgc',
  'hms',
  'hmcs',
  'hmas',
  'hmnzs',
  'ins',
  'ars',
  'arc',
  'ara',
  'bap',
  'bae',
  'fs',
  'fgs',
  'its',
  'jds',
  'js',
  'rfs',
  'rss',
  'rokn',
  'roks',
  'tcg',
  'sps',
  'nrp',
  'hnlms',
  'hdms',
  'knm',
  'mv',
  'ms',
  'ss',
  'sv',
  'mt',
  'pla',
  'cns',
  'arm',
  'm/v',
  'm/t',
  'm/l',
  'm/y',
  'm/s',
  // "Coast Guard Cutter Valiant" (classify reads the word in title case only).
  'cutter',
]);

/**
 * The key of a ship's name without its generic prefix, so "USS Gravely", "the Gravely" and
 * "Gravely" match: nameKey, then a leading prefix from SHIP_PREFIXES removed.
 */
export function shipKey(s: string): string {
  // "M/V Ever Given": nameKey reads the slash as a space.
  const key = nameKey(s).replace(/^m [vtlys] (?=\S)/, 'mv ');
  const space = key.indexOf(' ');
  if (space > 0 && SHIP_PREFIXES.has(key.slice(0, space))) return key.slice(space + 1);
  return key;
}

/** Lowercase particles that belong inside a personal name (de, la, del, van, von, bin, al …). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'le',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'e',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
]);

/** Tokens of a person name's key ("Juan Ramón de la Fuente" → ["juan","ramon","de","la","fuente"]). */
export function personTokens(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}

/**
 * The family name of a name written family name first with a hyphenated given name ("Cho Tae-yul",
 * "Moon Jae-in" → "Cho", "Moon"), else null.
 */
export function familyNameFirst(name: string): string | null {
  const m = /^(\p{Lu}\p{Ll}{1,4}) \p{Lu}\p{Ll}+-\p{Ll}+$/u.exec(name.trim());
  return m?.[1] ?? null;
}

/**
 * The surname part of a person name: the last word plus any particles directly before it
 * ("Juan Ramón de la Fuente" → "de la Fuente"; "Marco Rubio" → "Rubio").
 */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  let i = words.length - 1;
  while (i > 0 && NAME_PARTICLES.has((words[i - 1] ?? '').toLowerCase())) i--;
  return words.slice(i).join(' ');
}

/**
 * True when two person names can denote the same person because one extends the other at the
 * front: "Rubio" / "Marco Rubio", "de la Fuente" / "Ramón de la Fuente" / "Juan Ramón de la Fuente".
 * The shorter one must be a suffix of the longer one (by normalized tokens) and must contain at
 * least one token that is not a particle, so "de la" never matches. Different first names
 * ("Eric Trump" / "Donald Trump") are not compatible.
 */
export function personNamesCompatible(a: string, b: string): boolean {
  let ta = personTokens(a);
  let tb = personTokens(b);
  // "Gilberto C. Teodoro Jr." is "Teodoro"; "X Sr." is not "X Jr.".
  const [sa, sb] = [generation(ta), generation(tb)];
  if (sa && sb && sa !== sb) return false;
  if (sa) ta = ta.slice(0, -1);
  if (sb) tb = tb.slice(0, -1);
  if (ta.length === 0 || tb.length === 0) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (!short.some((t) => !NAME_PARTICLES.has(t))) return false;
  const offset = long.length - short.length;
  if (short.every((t, i) => long[offset + i] === t)) return true;
  // "Mohammad Bin Zayed" is "Mohammad Bin Zayed Al Nahyan": a name with its father's, and the
  // family name left off.
  return short.length >= 3 && short.some((t) => PATRONYMIC.has(t)) && short.every((t, i) => long[i] === t);
}

const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/** The generational suffix that ends a person's name ("jr", "sr", "iii"), else null. */
function generation(tokens: string[]): string | null {
  const last = tokens[tokens.length - 1];
  return tokens.length > 1 && last && /^(?:jr|sr|ii|iii|iv)$/.test(last) ? last : null;
}

/**
 * A looser key that survives common misspellings by collapsing doubled letters after nameKey
 * ("Carribean" and "Caribbean" → "caribean"). Use only to look names up in a lexicon.
 */
export function fuzzyKey(s: string): string {
  return nameKey(s).replace(/(\p{L})\1+/gu, '$1');
}

/**
 * True when the capitals of `letters` are the initials of `name`: "TdA" for "Tren de Aragua",
 * "CBP" for "Customs and Border Protection".
 */
export function spellsOut(name: string, letters: string): boolean {
  return initials(name) === letters.replace(/\p{Ll}/gu, '');
}

/**
 * The initials of a multi-word name, skipping lowercase function words and particles
 * ("Associated Press" → "AP", "Customs and Border Protection" → "CBP").
 */
export function initials(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}
