/**
 * Datelines: the place a story was filed from, written before its first sentence.
 */
import type { Mention, Sentence } from './model';

const DASHES = new Set(['—', '–', '-', '--']);
const MONTHS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;

/**
 * "WASHINGTON — …", "BOGOTÁ, Colombia — …", "GUATEMALA CITY (AP) — …": a dateline says where the
 * story was filed, not who took part.
 */
export function dateline(sent: Sentence, m: Mention): Mention {
  if (sent.index > 12) return m;
  const t = sent.tokens;
  // "WASHINGTON (CNN) —": the outlet in a dateline's parentheses filed the story; it takes part in
  // nothing the sentence tells.
  if (m.type !== 'Location') {
    const inParens = t[m.tokenStart - 1]?.text === '(' && t[m.tokenEnd]?.text === ')';
    if (sent.index <= 2 && m.tokenStart <= 6 && inParens && DASHES.has(t[m.tokenEnd + 1]?.text ?? ''))
      m.role = 'qualifier';
    return m;
  }
  let k = m.tokenEnd;
  // An outlet in parentheses may stand between the place and the dash.
  if (t[k]?.text === '(') while (k < t.length && t[k]?.text !== ')' && k < m.tokenEnd + 5) k++;
  if (t[k]?.text === ')') k++;
  // "Santo Domingo.- Authorities …": a dot before the dash (Spanish-language style).
  if (t[k]?.text === '.' && DASHES.has(t[k + 1]?.text ?? '') && t[k + 1]!.start === t[k]!.end) k++;
  const dashNext = DASHES.has(t[k]?.text ?? '');
  // "LATIN AMERICAN HERALD TRIBUNE — MEXICO CITY –": an all-caps outlet and a dash may come first.
  const afterOutlet =
    m.tokenStart >= 2 &&
    DASHES.has(t[m.tokenStart - 1]?.text ?? '') &&
    t.slice(0, m.tokenStart - 1).every((x) => x.text === x.text.toUpperCase()) &&
    m.text === m.text.toUpperCase();
  const first = m.tokenStart === 0 || afterOutlet;
  // "BOGOTÁ, Colombia —": the place after the comma belongs to the dateline too.
  const second = m.tokenStart >= 2 && m.tokenStart <= 4 && t[m.tokenStart - 1]?.text === ',';
  // "Chennai: The high court on Thursday …": a place and a colon open a paragraph's first sentence.
  const colon = first && t[k]?.text === ':' && t.length > k + 4;
  // "Quito, (APP - …) Ecuador declared …": a place, a comma and the agency in parentheses.
  const agency = first && sent.index <= 2 && t[k]?.text === ',' && t[k + 1]?.text === '(';
  // "Tegucigalpa, April 22 Former President …" (wire style): a place, a comma and the day.
  const day =
    first &&
    sent.index <= 2 &&
    t[k]?.text === ',' &&
    MONTHS.test(t[k + 1]?.text ?? '') &&
    /^\d{1,2}$/.test(t[k + 2]?.text ?? '') &&
    (DASHES.has(t[k + 3]?.text ?? '') || t[k + 3]?.cap === true || t[k + 3]?.text === '(');
  if ((dashNext && (first || second) && sent.index <= 2) || colon || agency || day) {
    m.role = 'qualifier';
    m.dateline = true;
  } else if (sent.index <= 2 && first && t[k]?.text === ',' && /^\p{Lu}{3,}/u.test(t[0]?.text ?? '')) {
    // The capitalized city of "BOGOTÁ, Colombia —" before its country.
    const dash = t.findIndex((x, i) => i > k && i <= k + 6 && DASHES.has(x.text));
    if (dash > 0) {
      m.role = 'qualifier';
      m.dateline = true;
    }
  }
  return m;
}
