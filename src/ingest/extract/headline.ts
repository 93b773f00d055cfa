/**
 * A headline in title case ("Mexico Arrests MS-13 Cartel Leader") capitalizes every word, so the
 * rules would read it as one long name, and the sentence splitter drops such lines as page
 * furniture (lists of other stories look the same). The article's first line is its headline in
 * the corpus format; when every word of it that stays capitalized is one the article (or the
 * lexicon) writes as a name, it is written in sentence case, each other word in lower case where
 * the word list or the body has it so ("arrests", "cartel", "leader"), and kept. The text keeps its length, so every offset still
 * points at the same characters.
 */
import { lookupDemonym, lookupOrg, lookupPlace } from './lexicon';
import { CALENDAR_SET, FUNCTION_WORD_SET } from './lexicons/words';
import { isCommonWord, isGivenName } from './lexicons/name-data';
import { TITLES } from './lexicons/titles';
import { HEADLINE_SMALL_WORDS, isJunkLine } from './sentences';
import { escapeRe } from './context';

/** Every word of a title ("secretary", "state", "minister", "defense"). */
const TITLE_WORDS = new Set(TITLES.flat());

/** Letters in capitals: "MS", "U.S.", "US" (never lower-cased as a word like "us"). */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}.&]{2,}$/u;

/** The text with its headline (first line) in sentence case, or null when it has no title-case headline. */
export function untitledHeadline(text: string): { text: string } | null {
  const end = text.indexOf('\n');
  if (end < 0) return null;
  const first = text.slice(0, end);
  const body = text.slice(end + 1);
  // A headline: at least three words, no closing full stop, and a line the splitter would drop as
  // furniture (a headline in sentence case is read as it is).
  if (first.split(/\s+/).length < 3 || /[.!?]["”’)]*$/.test(first.trim()) || !isJunkLine(first)) return null;
  // (Words of a multi-word name the lexicon knows, "United Kingdom", stay as they are.)
  const inName = namesKnown(first);
  let out = first;
  let unknown = 0;
  for (const m of first.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.&]*/gu)) {
    const word = m[0];
    const at = m.index ?? 0;
    if (!/^\p{Lu}/u.test(word) || at === 0 || inName.has(at)) continue;
    const low = word.toLowerCase();
    if (
      !ACRONYM.test(word) &&
      (HEADLINE_SMALL_WORDS.has(low) || (FUNCTION_WORD_SET.has(low) && !CALENDAR_SET.has(low)))
    ) {
      out = lowerAt(out, at);
      continue;
    }
    // (A title keeps its capital before or after another capitalized word, as the rules read
    // titles before names: "Defense Secretary Pete Hegseth".)
    const nextWord = first.slice(at + word.length).match(/^\s+(\S)/u)?.[1] ?? '';
    const inRun = /\p{Lu}/u.test(nextWord) || /\p{Lu}[\p{L}.’'-]*\s+$/u.test(out.slice(0, at));
    if (known(word) || (TITLE_WORDS.has(low) && inRun)) continue;
    if (namedInBody(body, word, out.slice(0, at))) continue;
    if (commonInBody(body, word)) {
      out = lowerAt(out, at);
      continue;
    }
    unknown++;
  }
  // A capitalized word the article never uses again is not evidence enough (a list of other
  // stories, a site's name), nor is a line whose names the prose after it never repeats: the line
  // stays as it was.
  const prose = body.split('\n').find((l) => l.trim() !== '');
  const shared = [...out.matchAll(/\p{Lu}[\p{L}\p{N}.’'&-]*/gu)].some((m) =>
    new RegExp(`\\b${escapeRe(m[0].replace(/[’']s$/, ''))}\\b`, 'u').test(body),
  );
  if (unknown > 0 || !shared || prose === undefined || isJunkLine(prose)) return null;
  return { text: out + text.slice(end) };
}

/** A word the lexicon or the name data knows as a name ("Mexico", "MS", "U.S.", "Marco", "Lt"). */
function known(word: string): boolean {
  const w = word.replace(/[’']s?$/, '');
  if (ACRONYM.test(w)) return true;
  if (/^(?:Dr|Lt|Gen|Col|Sgt|Adm|Capt|Maj|Cmdr|Gov|Sen|Rep|Mr|Mrs|Ms|St|El|Al|La|Le|De|Del)\.?$/.test(w))
    return true;
  // (The name data holds some common words: "Cartel", "Will".)
  return !!(lookupPlace(w) || lookupDemonym(w) || lookupOrg(w) || (isGivenName(w) && !isCommonWord(w)));
}

/** Offsets of the words of two- to four-word names the lexicon knows ("United Kingdom"). */
function namesKnown(line: string): Set<number> {
  const out = new Set<number>();
  const words = [...line.matchAll(/\p{Lu}[\p{L}.’'&]*/gu)];
  for (let i = 0; i < words.length; i++)
    for (let n = 2; n <= 4 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      const first = run[0]?.index ?? 0;
      const last = run[n - 1];
      const span = line.slice(first, (last?.index ?? 0) + (last?.[0].length ?? 0));
      if (!/^[\p{L}.’'&]+(?: [\p{L}.’'&]+)*$/u.test(span) || run[0]?.[0] === 'The') continue;
      if (lookupPlace(span) || lookupOrg(span)) for (const w of run) out.add(w.index ?? 0);
    }
  return out;
}

function lowerAt(s: string, at: number): string {
  return s.slice(0, at) + s.charAt(at).toLowerCase() + s.slice(at + 1);
}

/**
 * The word, written just so, inside a sentence of the body (not at its start), after the same
 * capitalized word it follows in the headline, if it follows one ("Coast Guard"; "Cartel" of
 * "MS-13 Cartel leader" is not "Sinaloa Cartel"'s).
 */
function namedInBody(body: string, word: string, before: string): boolean {
  const w = escapeRe(word.replace(/[’']s$/, ''));
  const prev = /(\p{Lu}[\p{L}\p{N}.’'&-]*)\s+$/u.exec(before)?.[1];
  if (prev) return new RegExp(`${escapeRe(prev)}\\s+${w}\\b`, 'u').test(body);
  return new RegExp(`[\\p{Ll}\\d,;:"“(–—-]\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+)*${w}\\b`, 'u').test(body);
}

/**
 * A word of ordinary vocabulary: a small word, one the word list has, or one the body writes in
 * lower case (itself or its stem: "Arrests" for "arrest").
 */
function commonInBody(body: string, word: string): boolean {
  const low = word.toLowerCase().replace(/[’']$/, '');
  if (CALENDAR_SET.has(low)) return false;
  if (isCommonWord(low)) return true;
  const stems = new Set([low, low.replace(/(?:es|s|ed|d|ing)$/, ''), low.replace(/s$/, '')]);
  for (const s of stems) if (s.length >= 3 && new RegExp(`\\b${escapeRe(s)}`).test(body)) return true;
  return false;
}
