/** Plain-text articles: the text as read, with the first line as title when it looks like one. */
import { classifyLine } from '../clean/line-rules';
import { endsLikeSentence, isHeadlineShaped, words } from '../clean/line-shape';

/** A text split into an optional title and the body. */
export interface TitledText {
  title: string | null;
  text: string;
}

const firstLine = (s: string): { line: string; rest: string } => {
  const m = /\r\n|\n|\r/.exec(s);
  return m ? { line: s.slice(0, m.index), rest: s.slice(m.index + m[0].length) } : { line: s, rest: '' };
};

/**
 * Takes the first line as the title only when it looks like a headline (short, no final period,
 * not page furniture such as "© 2025 Station" or "Play Live Radio") and is followed by a blank line
 * or by a paragraph of prose. Scraped files often start straight with the body or with junk, so
 * when in doubt the text is left whole. The returned text starts after the title line.
 */
export function splitTitle(content: string): TitledText {
  const { line, rest } = firstLine(content);
  const candidate = line.trim();
  if (!isHeadlineShaped(candidate) || classifyLine(candidate) !== null || rest.trim() === '') {
    return { title: null, text: content };
  }
  const next = firstLine(rest).line.trim();
  const bodyFollows = next === '' || (words(next).length >= 12 && endsLikeSentence(next));
  if (!bodyFollows) return { title: null, text: content };
  return { title: candidate, text: rest.replace(/^(?:[ \t]*(?:\r\n|\n|\r))+/, '') };
}
