/**
 * Rules that need a line's neighbours: the alt-text label above a photo credit, lists of unrelated
 * headlines, and the links left after the last paragraph. They only ever turn kept lines into junk.
 */
import type { JunkReason } from './line-rules';
import { isHeadlineShaped, isProse, isTitleCaseHeadline, words } from './line-shape';

/** One line of the article during cleaning. */
export interface LineState {
  /** The trimmed line; empty for a blank line. */
  text: string;
  /** null while the line is kept (or blank). */
  junk: JunkReason | null;
}

const isBlank = (l: LineState): boolean => l.text === '';
const isKept = (l: LineState): boolean => !isBlank(l) && l.junk === null;

const CREDIT_LIKE: ReadonlySet<JunkReason> = new Set<JunkReason>(['photo credit', 'caps label', 'separator']);

/**
 * A short label directly above a photo credit is the image's alt text or caption title
 * ("Secretary of State Jane Doe" over "JOHN ROE / AGENCY"), not a sentence of the story.
 */
export function markImageLabels(lines: LineState[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (!isKept(line) || next.junk === null || !CREDIT_LIKE.has(next.junk)) continue;
    if (words(line.text).length <= 10 && !isProse(line.text)) line.junk = 'image label';
  }
}

/**
 * Runs of three or more title-case headlines (blank or junk lines may sit between them) are a list
 * of links to other stories; so are the headline-shaped lines after a "More On This Topic" header.
 */
export function markHeadlineLists(lines: LineState[]): void {
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= 3) for (const i of run) lines[i]!.junk = 'headline list';
    run = [];
  };
  let afterRelatedHeader = false;
  lines.forEach((line, i) => {
    if (line.junk === 'related links') {
      afterRelatedHeader = true;
      return;
    }
    if (!isKept(line)) return;
    if (afterRelatedHeader && isHeadlineShaped(line.text) && !isProse(line.text)) {
      line.junk = 'headline list';
      return;
    }
    afterRelatedHeader = false;
    if (isTitleCaseHeadline(line.text)) run.push(i);
    else flush();
  });
  flush();
}

/**
 * After the last line of prose, two or more short non-prose lines are links, tags or credits left
 * by the scraper. A single such line is kept: it may be a sign-off that still carries a name.
 */
export function markTrailingLinks(lines: LineState[]): void {
  let lastProse = -1;
  lines.forEach((line, i) => {
    if (isKept(line) && isProse(line.text)) lastProse = i;
  });
  if (lastProse < 0) return;
  const tail = lines.map((line, i) => ({ line, i })).filter(({ line, i }) => i > lastProse && isKept(line));
  if (tail.length < 2 || tail.some(({ line }) => words(line.text).length > 20)) return;
  for (const { line } of tail) line.junk = 'trailing links';
}
