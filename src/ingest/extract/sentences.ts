/**
 * Sentence splitting with offsets, and detection of lines that are page furniture rather than
 * prose (headline lists, captions, credits, player widgets), which no entity or event comes from.
 */
import type { Sentence } from './model';
import { DOTTED_ABBREVIATIONS, tokenize } from './tokens';

/** Words a title-case headline capitalizes only by its style. */
export const HEADLINE_SMALL_WORDS = new Set(
  'a an the of to in on for and or as at by with vs from amid after over into is are be its his her'.split(
    ' ',
  ),
);

// Words after which "U.S." or a similar initialism ends a sentence rather than starting a name
// ("… extradited to the U.S. Prosecutors say …": a plural of people or papers names no body).
const SENTENCE_STARTERS = new Set(
  `The A An In On At It He She They We But And This That These Those Since After Before While When Meanwhile
However Still Yet So His Her Their Its As For Some Many Most Officials According There Despite Although If
During Earlier Later Last Next Both
Prosecutors Officials Authorities Investigators Lawmakers Police Officers Agents Troops Experts Analysts Critics
Witnesses Residents Documents Records`.split(/\s+/),
);

/**
 * True when a line is furniture: credits ("© 2025 …"), photo captions, timestamps, all-caps bylines, or a
 * headline-style line (no closing punctuation, mostly Capitalized Words) such as a list of other
 * stories. Prose headings in sentence case ("Rubio demands results from Mexico") are kept.
 */
export function isJunkLine(line: string, headline = false): boolean {
  const s = line.trim();
  if (!s) return true;
  if (/^(©|\(c\)|copyright\b)/i.test(s)) return true;
  // A photo caption: "(Photo by X/AFP via Getty Images)", "(AP Photo/X)", "© X / Getty Images".
  if (/\((?:AP |Reuters |AFP )?Photo\b|\bvia Getty Images\b|©[^.]*\bGetty Images\b/i.test(s)) return true;
  if (/^[\d:\s/|•·–—-]*$/.test(s)) return true;
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return true;
  // (A line with a lower-case ASCII letter is not all capitals: the common case, tested first.)
  const letters = /[a-z]/.test(s) ? '' : s.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return true;
  // (The article's own headline, checked word by word already (headline.ts), stays.)
  if (headline) return false;
  if (words.length < 3 && !/[.!?]["”’)]*$/.test(s)) return true;
  if (/[.!?:;"”’)]$/.test(s)) return false;
  const content = words.filter((w) => !HEADLINE_SMALL_WORDS.has(w.toLowerCase()));
  const caps = content.filter((w) => /^[\p{Lu}\p{N}“"‘']/u.test(w)).length;
  return content.length > 0 && caps / content.length >= 0.75;
}

/** Splits a line (one paragraph) into sentence offset ranges relative to the line. */
function splitLine(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  // "… India.”The meeting came …", "… from North Korea.Japan's …": scraped text can lose the space
  // after a closing quote or a full stop (a word of three lower-case letters before it, and one of
  // three letters or more after it, so "News.Az" and "U.S.Army" stay whole).
  const re =
    /[.!?]+["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])|[.!?]+[”"](?=\p{Lu}\p{Ll})|\.(?<=\p{Ll}{3}\.)(?=\p{Lu}\p{Ll}{2,}(?:[\s,’']|$))/gu;
  for (const m of line.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (!isBoundary(line, m.index ?? 0, end)) continue;
    out.push([from, end]);
    from = end;
  }
  out.push([from, line.length]);
  return out
    .map(([a, b]): [number, number] => {
      while (a < b && /\s/.test(line.charAt(a))) a++;
      while (b > a && /\s/.test(line.charAt(b - 1))) b--;
      return [a, b];
    })
    .filter(([a, b]) => b > a);
}

function isBoundary(line: string, dot: number, end: number): boolean {
  if (line.charAt(dot) !== '.') return true;
  const before = /(\S+)$/.exec(line.slice(0, dot + 1))?.[1] ?? '';
  const word = before.replace(/^[("“‘]+/, '').replace(/\.$/, '');
  const next = /^\s+["“‘(]?([\p{L}\p{N}]+)/u.exec(line.slice(end))?.[1] ?? '';
  // "… region of Viña del Mar. Officers …": a month's name after a particle ends a place name.
  const named = /\b(?:del|de|la)\s+\S+$/i.test(line.slice(0, dot));
  if (DOTTED_ABBREVIATIONS.has(word.toLowerCase()) && !named) {
    // "Jan. 11" and "Gen. Smith" continue; "… in Jan. The next" rarely happens.
    return SENTENCE_STARTERS.has(next);
  }
  // A middle initial: "Tierney L. Cross" (but "said in a statement on X. In November …": a
  // single letter after a preposition, then a word that starts sentences, ends one).
  if (/^\p{Lu}$/u.test(word))
    return /\b(?:on|via|at|to|from)\s+\S+$/.test(line.slice(0, dot)) && SENTENCE_STARTERS.has(next);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(next); // "U.S." then a name
  return true;
}

// An all-caps agency and a photographer's name after a caption's last full stop.
const PHOTO_CREDIT =
  /(?<=[.!?])\s+(?:\p{Lu}[\p{Lu}.&'-]*\s+){0,3}\p{Lu}[\p{Lu}.&'-]+\s*\/\s*[\p{L}.' -]{2,40}$/u;

/** Splits `text` into sentences (paragraph = line), dropping furniture lines. Deterministic. */
/** The text's sentences; `headline`: its first line is a title-case headline to keep. */
export function splitSentences(text: string, headline = false): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let paragraph = 0;
  for (const whole of text.split('\n')) {
    // "… in London on Monday, March 17, 2025. THE CANADIAN PRESS/Sean Kilpatrick": a caption's
    // prose is kept without the photo credit after it (offsets stay those of the text).
    const credit = PHOTO_CREDIT.exec(whole);
    const line = credit ? whole.slice(0, credit.index) : whole;
    if (!isJunkLine(line, headline && lineStart === 0)) {
      for (const [a, b] of splitLine(line)) {
        const start = lineStart + a;
        const sentenceText = line.slice(a, b);
        out.push({
          index: out.length,
          start,
          end: lineStart + b,
          text: sentenceText,
          tokens: tokenize(sentenceText, start),
          paragraph,
        });
      }
      paragraph++;
    }
    lineStart += whole.length + 1;
  }
  return out;
}
