/**
 * Builds the cleaned text from kept ranges of the original and maps offsets back. Kept text is
 * copied verbatim, so any span inside one kept range maps to an identical slice of the original;
 * only the separators between ranges are synthetic.
 */

/** A half-open range [start, end) of the original text that survives cleaning. */
export interface KeptRange {
  start: number;
  end: number;
}

interface Segment {
  clean: number;
  raw: number;
  length: number;
}

/** The cleaned text and its map back to the original. */
export interface Assembled {
  text: string;
  toOriginal(offset: number): number;
}

/**
 * Joins kept ranges: "\n" where the original had exactly one newline between them (a hard-wrapped
 * paragraph stays one segment, so spans across its lines map exactly too), "\n\n" otherwise.
 */
export function assemble(raw: string, ranges: readonly KeptRange[]): Assembled {
  const segments: Segment[] = [];
  const parts: string[] = [];
  let cleanLength = 0;
  let prevEnd = -1;
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    const last = segments[segments.length - 1];
    if (last && raw.slice(prevEnd, r.start) === '\n') {
      parts.push(raw.slice(prevEnd, r.end));
      last.length += r.end - prevEnd;
      cleanLength += r.end - prevEnd;
    } else {
      if (last) {
        parts.push('\n\n');
        cleanLength += 2;
      }
      segments.push({ clean: cleanLength, raw: r.start, length: r.end - r.start });
      parts.push(raw.slice(r.start, r.end));
      cleanLength += r.end - r.start;
    }
    prevEnd = r.end;
  }
  const text = parts.join('');
  return { text, toOriginal: (offset) => mapOffset(segments, text.length, offset) };
}

/**
 * Offsets inside a segment map linearly; an offset on a synthetic separator maps to the end of the
 * segment before it, so the map is monotonic and never points into removed text mid-word.
 */
function mapOffset(segments: readonly Segment[], cleanLength: number, offset: number): number {
  const o = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), cleanLength) : 0;
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.clean <= o) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return 0;
  const seg = segments[found]!;
  return seg.raw + Math.min(o - seg.clean, seg.length);
}
