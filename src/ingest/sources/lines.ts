/**
 * Streams a file line by line as exact UTF-8. node:readline would do the splitting, but it decodes
 * invalid bytes to U+FFFD without telling and buffers a line of any length; a JSONL dump needs
 * each bad line reported on its own and a runaway line refused without holding it in memory.
 */
import { createReadStream } from 'node:fs';
import { decodeText, overLimitReason } from './read-file';

/** One line: its 1-based number and its text, or why it could not be read. */
export type FileLine = { number: number; text: string } | { number: number; error: string };

class LineBuffer {
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  add(part: Buffer): void {
    this.size += part.length;
    // Past the limit the line is refused anyway: stop holding its bytes.
    if (this.size <= this.maxBytes) this.chunks.push(part);
    else this.chunks = [];
  }

  get empty(): boolean {
    return this.size === 0;
  }

  take(number: number): FileLine {
    const size = this.size;
    const bytes = Buffer.concat(this.chunks);
    this.chunks = [];
    this.size = 0;
    if (size > this.maxBytes) return { number, error: overLimitReason(size, this.maxBytes) };
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    if (end === 0) return { number, text: '' };
    const decoded = decodeText(bytes.subarray(0, end));
    if (decoded.ok) return { number, text: decoded.text };
    // Whitespace-only lines are blank, not errors.
    return decoded.reason === 'empty file' ? { number, text: '' } : { number, error: decoded.reason };
  }
}

/**
 * Yields the lines of a file one at a time, holding at most one line (up to `maxLineBytes`) in
 * memory. A line over the limit, with a NUL byte, or not valid UTF-8 is yielded as an error and
 * reading continues with the next line.
 */
export async function* readLines(path: string, maxLineBytes: number): AsyncGenerator<FileLine> {
  const buffer = new LineBuffer(maxLineBytes);
  let number = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      buffer.add(chunk.subarray(start, nl));
      number += 1;
      yield buffer.take(number);
      start = nl + 1;
    }
    if (start < chunk.length) buffer.add(chunk.subarray(start));
  }
  if (!buffer.empty) yield buffer.take(number + 1);
}
