/**
 * The article's home country: the one whose bodies the article names (most qualified bodies and
 * well-known institutions). Unqualified national bodies ("the Navy", "Marines") belong to it.
 */
import type { Mention } from './model';
import { institutionCountry } from './lexicon';

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
