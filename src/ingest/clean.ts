/**
 * Boilerplate removal. Works line by line: each line is kept verbatim (only its ends trimmed) or
 * dropped whole, so the cleaned text maps back to the original exactly and extraction can quote
 * evidence from what the source really said.
 */
import { createHash } from 'node:crypto';
import type { CleanArticle, RawArticle } from '../domain/types';
import { markHeadlineLists, markImageLabels, markTrailingLinks, type LineState } from './clean/context-rules';
import { classifyLine, creditSuffixLength, type JunkReason } from './clean/line-rules';
import { isHeadlineShaped, isProse, normalizeForCompare } from './clean/line-shape';
import { assemble, type KeptRange } from './clean/offset-map';

export type { JunkReason } from './clean/line-rules';

/** A line the cleaner dropped, for debugging rules against real pages. */
export interface RemovedLine {
  /** 1-based line number in RawArticle.text. */
  line: number;
  text: string;
  reason: JunkReason;
}

/** CleanArticle plus the list of dropped lines. */
export interface CleanResult extends CleanArticle {
  removed: RemovedLine[];
}

interface RawLine {
  /** Offsets in the original of the line without its surrounding whitespace. */
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  const breaks = /\r\n|\n|\r/g;
  let lineStart = 0;
  for (;;) {
    const m = breaks.exec(text);
    const lineEnd = m ? m.index : text.length;
    const body = text.slice(lineStart, lineEnd);
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    lines.push({ start: lineStart + lead, end: lineStart + lead + trimmed.length, text: trimmed });
    if (!m) return lines;
    lineStart = m.index + m[0].length;
  }
}

/**
 * Scraped text files carry their headline as the first line after the page furniture. Promote it
 * to the title when the source gave none (and drop it from the body either way, like the readers
 * do), but only when it stands alone above real prose.
 */
function settleTitle(title: string | null, lines: LineState[]): string | null {
  const first = lines.findIndex((l) => l.text !== '' && l.junk === null);
  if (first < 0) return title;
  const line = lines[first]!;
  if (title !== null) {
    if (normalizeForCompare(line.text) === normalizeForCompare(title)) line.junk = 'title repeated';
    return title;
  }
  const next = lines[first + 1];
  const standsAlone = next === undefined || next.text === '' || next.junk !== null;
  const proseFollows = lines.slice(first + 1).some((l) => l.junk === null && isProse(l.text));
  if (!standsAlone || !proseFollows || !isHeadlineShaped(line.text) || isProse(line.text)) return title;
  line.junk = 'title';
  return line.text;
}

/**
 * Removes page furniture from a raw article (players, share bars, newsletter prompts, copyright and
 * photo-credit lines, bylines, lists of other headlines) and keeps every line of prose. Pure.
 *
 * `toOriginal` maps an offset of `cleanText` to `text`: for any span inside one kept line (or
 * consecutive kept lines that were adjacent in the original),
 * `text.slice(toOriginal(s), toOriginal(e)) === cleanText.slice(s, e)`.
 * When the source had no title, a standalone headline line at the top becomes the title.
 */
export function cleanArticle(raw: RawArticle): CleanResult {
  const rawLines = splitLines(raw.text);
  const lines: LineState[] = rawLines.map((l) => ({
    text: l.text,
    junk: l.text ? classifyLine(l.text) : null,
  }));
  markImageLabels(lines);
  markHeadlineLists(lines);
  markTrailingLinks(lines);
  const title = settleTitle(raw.title, lines);

  const ranges: KeptRange[] = [];
  const removed: RemovedLine[] = [];
  lines.forEach((state, i) => {
    const line = rawLines[i]!;
    if (state.junk !== null) removed.push({ line: i + 1, text: state.text, reason: state.junk });
    else if (state.text !== '')
      ranges.push({ start: line.start, end: line.end - creditSuffixLength(line.text) });
  });
  const { text: cleanText, toOriginal } = assemble(raw.text, ranges);
  return {
    ...raw,
    title,
    cleanText,
    toOriginal,
    contentHash: contentHash(cleanText, title, raw.url, raw.publishedAt),
    removed,
  };
}

/**
 * sha256 hex over the cleaned text and the stored metadata. JSON encoding keeps the fields apart,
 * so moving characters between title and text cannot produce the same hash.
 */
export function contentHash(
  cleanText: string,
  title: string | null,
  url: string | null,
  publishedAt: string | null,
): string {
  return createHash('sha256')
    .update(JSON.stringify([cleanText, title, url, publishedAt]))
    .digest('hex');
}
