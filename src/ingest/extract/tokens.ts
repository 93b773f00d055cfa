/**
 * A small tokenizer that keeps offsets. Hyphens and dashes are their own tokens so "U.S.-Mexico"
 * yields both places; possessive ’s is its own token so "Mexico’s" yields "Mexico".
 */
import type { Token } from './model';

/** Abbreviations that keep their dot ("Jan.", "Gen."); dotted initialisms are handled by the regex. */
export const DOTTED_ABBREVIATIONS = new Set(
  `jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen lt col maj capt sgt adm cmdr sen rep gov
st jr sr inc corp ltd co no vs mt ft gens sens reps brig pres prof hon md mohd muhd mst supt insp cpl
cst const det rs comr kompol`.split(/\s+/),
);

// Merchant-vessel prefixes with a slash ("M/V", "M/T"), dotted initialisms (U.S., U.N.), words with
// inner apostrophes or dots (O'Brien), numbers, ’s, and any other single non-space character.
const TOKEN_RE =
  /\b[Mm]\/[VTLYSvtlys]\b|(?:\p{L}\.){2,}|[’']s\b|\p{L}[\p{L}\p{M}\p{N}]*(?:[’'](?!(?:s|t|d|m|ll|re|ve)\b)\p{L}[\p{L}\p{M}]*)*\.?|\p{N}{1,3}(?:st|nd|rd|th)\b|\p{N}[\p{N},.:]*\p{N}%?|\p{N}%?|\S/gu;

/** Tokenizes `text` (a slice of the article starting at `offset`). */
export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  // (An exec loop: matchAll's iterator and regex copy cost more than the matching on short texts.)
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const start = m.index + offset;
    // A trailing dot belongs to the token only for known abbreviations and single initials ("L.").
    // The dot that ends the sentence is the full stop ("… Defence Minister Dong Jun.").
    if (t.length > 1 && t.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(t)) {
      const bare = t.slice(0, -1);
      const last = text.slice(m.index + t.length).trim() === '';
      if (last || (!DOTTED_ABBREVIATIONS.has(bare.toLowerCase()) && !/^\p{Lu}$/u.test(bare))) {
        out.push(makeToken(bare, start));
        out.push(makeToken('.', start + bare.length));
        continue;
      }
    }
    out.push(makeToken(t, start));
  }
  return joinIntercardinals(out);
}

/** "South-east Asia": an intercardinal direction written with a hyphen is one word. */
function joinIntercardinals(tokens: Token[]): Token[] {
  for (let i = tokens.length - 3; i >= 0; i--) {
    const a = tokens[i]!;
    if (a.text.length !== 5) continue;
    const [dash, b] = [tokens[i + 1]!, tokens[i + 2]!];
    if (
      /^[NnSs](?:orth|outh)$/.test(a.text) &&
      dash.text === '-' &&
      dash.start === a.end &&
      b.start === dash.end &&
      /^(?:[Ee]ast|[Ww]est)(?:ern)?$/.test(b.text)
    )
      tokens.splice(i, 3, makeToken(`${a.text}-${b.text}`, a.start));
  }
  return tokens;
}

function makeToken(text: string, start: number): Token {
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    cap: /^\p{Lu}/u.test(text),
    word: /^[\p{L}\p{N}]/u.test(text),
  };
}
