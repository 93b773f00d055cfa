/**
 * Reads one file as text (UTF-8, or UTF-16 with a byte-order mark), or says in one line why it
 * cannot be an article: too large, empty, binary or in another encoding. A bad file is skipped;
 * the run goes on.
 */
import { open, readFile, stat } from 'node:fs/promises';

/** The text of a file, or why it was skipped. */
export type FileText = { ok: true; text: string } | { ok: false; reason: string };

/** "12.3 MB", "5 MB", "900 B": the units people set MAX_FILE_BYTES in. */
export function formatBytes(n: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (n >= size) return `${Number((n / size).toFixed(1))} ${unit}`;
  }
  return `${n} B`;
}

/** The reason given for a file or record over the size limit. */
export function overLimitReason(size: number, maxFileBytes: number): string {
  return `${formatBytes(size)} is over the ${formatBytes(maxFileBytes)} limit (MAX_FILE_BYTES)`;
}

// C0 controls other than tab, newline, form feed and carriage return: rare in text, common in binaries.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** The UTF-16 encoding a byte-order mark announces, or null. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Decodes bytes as UTF-8 (dropping a byte-order mark), or as UTF-16 when a UTF-16 byte-order mark
 * says so (Windows tools write "Unicode" text that way), or explains why they are not text. A NUL
 * byte or more than 1 in 10 control characters means binary; invalid UTF-8 or UTF-16 is reported
 * as such rather than decoded with replacement characters that would end up in the graph.
 */
export function decodeText(bytes: Uint8Array): FileText {
  const utf16 = utf16Bom(bytes);
  if (!utf16 && bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: utf16
        ? `not valid ${utf16.toUpperCase()} despite its byte-order mark: convert it, e.g. iconv -f utf-16 -t utf-8`
        : 'not valid UTF-8 (Latin-1 or another encoding?): convert it, e.g. iconv -f latin1 -t utf-8',
    };
  }
  if (utf16 && text.includes('\u0000')) return { ok: false, reason: 'binary file (contains NUL characters)' };
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length / 10) return { ok: false, reason: 'binary file (mostly control characters)' };
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text };
}

/** Reads a whole file as text after checking its size against the limit (without reading it). */
export async function readTextFile(path: string, maxFileBytes: number): Promise<FileText> {
  const { size } = await stat(path);
  if (size === 0) return { ok: false, reason: 'empty file' };
  if (size > maxFileBytes) return { ok: false, reason: overLimitReason(size, maxFileBytes) };
  return decodeText(await readFile(path));
}

/**
 * Looks at the first 8 KB of a file that is streamed rather than read whole (JSON Lines); null
 * when it may be UTF-8 text, else why it is skipped.
 */
export async function sniffBinary(path: string): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
    const head = buffer.subarray(0, bytesRead);
    // Streamed files are read line by line as UTF-8; say what to do rather than "binary".
    const utf16 = utf16Bom(head);
    if (utf16) return `${utf16.toUpperCase()} text: convert it to UTF-8, e.g. iconv -f utf-16 -t utf-8`;
    return head.includes(0) ? 'binary file (contains NUL bytes)' : null;
  } finally {
    await handle.close();
  }
}
