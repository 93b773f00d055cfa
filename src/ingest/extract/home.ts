/**
 * The article's home country: the one whose bodies the article names (most qualified bodies and
 * well-known institutions). Unqualified national bodies ("the Navy", "Marines") belong to it.
 */
import type { Mention, Sentence } from './model';
import { institutionCountry, lookupDemonym, lookupPlace } from './lexicon';

/** The most frequent owner country of the bodies mentioned, or null. */
export function homeCountry(mentions: Mention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'Organization') continue;
    const c = m.qualifierCountry ?? institutionCountry(m.lexName ?? m.text);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (k > n) {
      best = c;
      n = k;
    }
  }
  return best;
}

/** The country of the dateline ("BOGOTÁ, Colombia —" → Colombia; "GUATEMALA CITY —" → Guatemala). */
export function datelineCountry(mentions: Mention[]): string | null {
  const d = mentions.filter((m) => m.dateline);
  const last = d[d.length - 1];
  return last ? (lookupPlace(last.lexName ?? last.text)?.country ?? null) : null;
}

/**
 * How much the article is about each country: its mentions that are not qualifiers of a body or a
 * title ("U.S." in "U.S. Navy" says who acts, not what the story is about) plus its demonyms.
 */
export function countryScores(mentions: Mention[], sentences: Sentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  const inc = (c: string): void => void counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const m of mentions) {
    if (m.type !== 'Location' || m.role === 'qualifier') continue;
    const p = lookupPlace(m.lexName ?? m.text);
    if (p?.kind === 'country') inc(p.name);
  }
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (!t.cap) continue;
      const d = lookupDemonym(t.text);
      if (d?.country) inc(d.country);
    }
  }
  return counts;
}

/** The countries an article's unqualified bodies fall back on. */
export interface ArticlePlace {
  dateline: string | null;
  /** The country the article is clearly most about (≥ 1.5× the next), or null. */
  top: string | null;
  /** The country whose bodies the article names most (homeCountry), or null. */
  home: string | null;
  /** How often the top country, and the next one, are named (countryScores). */
  topCount: number;
  nextCount: number;
  /** The two countries most named, whatever their ratio, and how often the third is. */
  first: string | null;
  second: string | null;
  thirdCount: number;
}

/** Reads the dateline, the country scores and the bodies' owner once per article. */
export function articlePlace(mentions: Mention[], sentences: Sentence[]): ArticlePlace {
  const dateline = datelineCountry(mentions);
  const ranked = [...countryScores(mentions, sentences)].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  const [first, second, third] = ranked;
  const top = first && (!second || first[1] >= 1.5 * second[1]) ? first[0] : null;
  return {
    dateline,
    top,
    home: homeCountry(mentions),
    topCount: first?.[1] ?? 0,
    nextCount: second?.[1] ?? 0,
    first: first?.[0] ?? null,
    second: second?.[0] ?? null,
    thirdCount: third?.[1] ?? 0,
  };
}
