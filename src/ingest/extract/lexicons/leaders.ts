/**
 * Heads of state and government from the CIA World Factbook (public domain; monthly snapshots
 * 2016–2026 of github.com/factbook/factbook.json, CC0), built by scripts/leaders-from-factbook.ts.
 * It answers two questions: which country's "President" is the "President Donald Trump" an article
 * names with no country beside him (the article still has to state the title and name the
 * country), and whether a lone capitalized word is a leader's surname ("Trump's campaign").
 */
import data from './factbook-leaders.json';

/** One Factbook entry as factbook-leaders.json holds it: the country under the gazetteer's name. */
export interface Leader {
  country: string;
  title: string;
  name: string;
  since: string;
}

interface Entry {
  country: string;
  title: string;
  /** The Factbook's surname (written in capitals there), folded: all of it must be in the name. */
  surname: string[];
  /** Its other name words, folded: given names, second surnames, particles. */
  rest: string[];
  since: string;
}

const fold = (s: string): string[] =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);

const ROMAN = /^[ivx]+$/;

let bySurname: Map<string, Entry[]> | null = null;

function index(): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const l of data as Leader[]) {
    const words = l.name.split(/[\s-]+/);
    const caps = words.filter((w) => /\p{Lu}{2,}/u.test(w) && w === w.toUpperCase());
    const surname = caps.flatMap(fold).filter((w) => !ROMAN.test(w) || caps.length === 1);
    if (!surname.length) continue;
    const rest = words.filter((w) => !caps.includes(w)).flatMap(fold);
    const entry = { country: l.country, title: l.title.toLowerCase(), surname, rest, since: l.since };
    const key = surname[surname.length - 1]!;
    out.set(key, [...(out.get(key) ?? []), entry]);
  }
  return out;
}

/** True when every word of the article's name is one the Factbook's name has (a first given name may be a short form of its). */
function sameName(words: string[], e: Entry): boolean {
  if (!e.surname.every((s) => words.includes(s))) return false;
  return words.every(
    (w, i) =>
      e.surname.includes(w) ||
      e.rest.includes(w) ||
      // ("King Felipe VI" for "FELIPE VI": a regnal number the index set aside.)
      (i > 0 && ROMAN.test(w)) ||
      // ("Ferdinand Marcos Jr." for "Ferdinand MARCOS": a generational suffix.)
      (i > 0 && /^(?:jr|sr)$/.test(w)) ||
      // ("Joe Biden" for "Joseph R. BIDEN": a first given name shortened, same initial.)
      (i === 0 && words.length > 1 && !!e.rest[0] && e.rest[0][0] === w[0] && w.length >= 3),
  );
}

/**
 * The countries (named as the gazetteer names them) where a person of this name held this
 * head-of-state or head-of-government title (lower case: "president", "prime minister") by the
 * given day, each once; [] when the Factbook has none.
 */
export function leaderCountries(name: string, title: string, day: Date | null): string[] {
  bySurname ??= index();
  const words = fold(name);
  const by = day?.toISOString().slice(0, 10);
  const out = new Set<string>();
  for (const w of words) {
    for (const e of bySurname.get(w) ?? []) {
      if (e.title !== title || !sameName(words, e)) continue;
      // (Not someone who took the office only after the article.)
      if (by && e.since > by) continue;
      out.add(e.country);
    }
  }
  return [...out];
}

let surnames: Set<string> | null = null;

/** True when the word is the whole one-word surname of a head of state or government. */
export function isLeaderSurname(word: string): boolean {
  bySurname ??= index();
  surnames ??= new Set(
    [...bySurname.values()].flat().flatMap((e) => (e.surname.length === 1 ? [e.surname[0]!] : [])),
  );
  const w = fold(word);
  return w.length === 1 && surnames.has(w[0]!);
}
