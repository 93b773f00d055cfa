import { nameKey } from '../../domain/names';

/** Characters with a meaning in Lucene query syntax; each is escaped with a backslash. */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

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

/**
 * A ranked search query: every word (escaped), the last one also as a prefix so that typing
 * "sheinb" finds Sheinbaum, and the whole input as a boosted phrase. Null when nothing is left.
 */
export function searchQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .map((w) => escapeLucene(w))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const parts = [...words, `${last}*`];
  if (words.length > 1) parts.push(`${phraseQuery(text)}^2`);
  return parts.join(' ');
}
