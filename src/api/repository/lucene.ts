import { nameKey } from '../../domain/names';

/** Characters with a meaning in Lucene query syntax; each is escaped with a backslash. */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * Bounds of a `search` text. Together they bound the Lucene query built from it: at most `terms`
 * term clauses of at most `termChars` characters, one prefix clause and one phrase, far below
 * Lucene's 1,024-clause limit and its automaton size limit, whatever the characters.
 */
export const SEARCH_BOUNDS = { chars: 200, terms: 10, termChars: 50, prefixMinChars: 2 } as const;

/** `text` escaped so Lucene reads it as plain words. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}

/** A phrase query for a whole name: "…" with everything inside escaped. */
export function phraseQuery(text: string): string {
  return `"${escapeLucene(text.trim())}"`;
}

/** The full-text query for a name's alias lookup: the name as typed or as its key, as phrases. */
export function nameLucene(name: string): string {
  return `${phraseQuery(name)} OR ${phraseQuery(nameKey(name))}`;
}

/** The words of a search text that can match something (a letter or digit in them). */
function searchWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Why `text` cannot be searched (the end of a sentence naming the limit), or null when it can. */
export function searchProblem(text: string): string | null {
  const { chars, terms, termChars } = SEARCH_BOUNDS;
  if (text.length > chars) return `is ${text.length} characters long; the maximum is ${chars}`;
  const words = searchWords(text);
  if (words.length === 0) return 'has no letter or digit: give at least one word';
  if (words.length > terms) return `has ${words.length} words; the maximum is ${terms}`;
  const long = words.find((w) => w.length > termChars);
  if (long) return `has a word of ${long.length} characters; the maximum is ${termChars}`;
  return null;
}

/**
 * A ranked search query: every word (escaped), the last one also as a prefix (when it has at least
 * two characters) so that typing "sheinb" finds Sheinbaum, and the whole input as a boosted phrase.
 * Null when nothing is left. Words beyond SEARCH_BOUNDS are dropped, so the query's cost is bounded
 * even for input that was not checked with `searchProblem` first.
 */
export function searchQuery(text: string): string | null {
  const { terms, termChars, prefixMinChars } = SEARCH_BOUNDS;
  const raw = searchWords(text)
    .slice(0, terms)
    .map((w) => w.slice(0, termChars));
  if (raw.length === 0) return null;
  const words = raw.map(escapeLucene);
  const parts = [...words];
  if (raw[raw.length - 1]!.length >= prefixMinChars) parts.push(`${words[words.length - 1]!}*`);
  if (words.length > 1) parts.push(`${phraseQuery(raw.join(' '))}^2`);
  return parts.join(' ');
}
