/**
 * A paragraph that opens with its first words in capitals ("SEAN MCGOVERN, A leading member of
 * …", a house style of some newspapers) names someone the rules could not read: capitals are
 * letters, not evidence. The opening words are written in ordinary case, each as the article
 * spells it elsewhere ("McGovern") or else capitalized; the text keeps its length, so every offset
 * still points at the same characters.
 */
import { lookupPlace } from './lexicon';

// Two to four words in capitals at a paragraph's start, then a comma and a lower-case word (an
// article may come first), a bracketed age or a lower-case verb. ("WASHINGTON (AP) —",
// "NEW YORK, Dec 4 —": datelines go on differently, and a place is left alone anyway.)
const SHOUTED_OPENING =
  /(^|\n)((?:[A-Z][A-Z’'.-]+ ){1,3}[A-Z][A-Z’'.-]+)(?=,\s+(?:(?:A|An|The)\s+)?[a-z]|\s+\(\d{1,3}\)|\s+[a-z])/g;

/** The text with shouted paragraph openings in ordinary case (same length). */
export function unshout(text: string): string {
  if (!/(?:^|\n)[A-Z][A-Z’'.-]+ [A-Z][A-Z’'.-]+/.test(text)) return text;
  return text.replace(SHOUTED_OPENING, (_all, lead: string, words: string) => {
    const cased = words
      .split(' ')
      .map((w) => spelledElsewhere(text, w) ?? w.charAt(0) + w.slice(1).toLowerCase())
      .join(' ');
    return lookupPlace(cased) ? `${lead}${words}` : `${lead}${cased}`;
  });
}

/** The word as the article writes it in mixed case elsewhere ("McGovern" for "MCGOVERN"). */
function spelledElsewhere(text: string, word: string): string | null {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`\\b${escaped}\\b`, 'gi')))
    if (m[0] !== word && /\p{Ll}/u.test(m[0])) return m[0];
  return null;
}
