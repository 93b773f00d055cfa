/**
 * Shape tests for one line of text: what a sentence, a headline or a label looks like. The cleaner
 * decides junk by shape rather than by names, so these are shared by the cleaner and the plain-text
 * reader's title guess.
 */

/** Words of a line: runs of non-space characters. */
export function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => w.length > 0);
}

// A sentence may end inside closing quotes or brackets: `…not on the table.”` or `(AP).`
const SENTENCE_END = /[.!?…][\s"'”’)\]»]*$/;

/** True when the line ends like a sentence (final period, question or exclamation mark). */
export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim());
}

/**
 * True when the line reads as prose: it ends like a sentence, or it is long enough that a missing
 * final period is more likely a scraping accident than a label. A colon counts for long lines
 * ("In an interview aired last week, he said:").
 */
export function isProse(line: string): boolean {
  const t = line.trim();
  const n = words(t).length;
  if (endsLikeSentence(t)) return n >= 3;
  if (/[:;,]$/.test(t)) return n >= 6;
  return n >= 25;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** True when the line has letters and none of them is lowercase ("TIERNEY L. CROSS", "NYTNS"). */
export function isAllCaps(line: string): boolean {
  return LETTER.test(line) && !LOWER.test(line);
}

// Short words that stay lowercase in title case ("Talks Amid Pressure on the Border").
const MINOR_WORDS = new Set(
  (
    'a an the and or nor but of in on to for at by with as from vs vs. via amid after over into per up ' +
    'off out than upon about is are be'
  ).split(' '),
);

/**
 * Share of capitalized words among the words that title case would capitalize: 1 for "Trump Signs
 * Executive Order to Prevent Strike", low for sentence case. Words starting with a digit or a
 * symbol ("25%", "$500") are neutral.
 */
export function titleCaseRatio(line: string): number {
  let counted = 0;
  let capitalized = 0;
  for (const w of words(line)) {
    const first = w.replace(/^["'“‘([]+/, '').charAt(0);
    if (!LETTER.test(first) || MINOR_WORDS.has(w.toLowerCase())) continue;
    counted += 1;
    if (UPPER.test(first)) capitalized += 1;
  }
  return counted === 0 ? 0 : capitalized / counted;
}

/**
 * True when the line could be a headline: 3–25 words, at most 200 characters, not ending with a
 * period or a clause mark (a question mark is fine), and starting with a letter, a digit or a quote.
 */
export function isHeadlineShaped(line: string): boolean {
  const t = line.trim();
  const n = words(t).length;
  if (n < 3 || n > 25 || t.length > 200) return false;
  // A question or exclamation can be a headline; a period or a clause mark cannot.
  if (/[.:;,…][\s"'”’)\]»]*$/.test(t)) return false;
  return /^[\p{L}\p{N}"'“‘]/u.test(t);
}

/** True when the line is a title-case headline ("Bolsonaro to Be Moved to Papuda Prison After Order"). */
export function isTitleCaseHeadline(line: string): boolean {
  return isHeadlineShaped(line) && !isAllCaps(line) && titleCaseRatio(line) >= 0.75;
}

/** Collapses whitespace and case so that two renderings of the same title compare equal. */
export function normalizeForCompare(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
