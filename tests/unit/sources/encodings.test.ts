import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSources, type SourceItem } from '../../../src/ingest/sources';
import { decodeText } from '../../../src/ingest/sources/read-file';

const TEXT = 'Sheinbaum habló con Rubio el martes.\nSegunda línea.';
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

describe('UTF-16 text with a byte-order mark', () => {
  it.each([
    ['UTF-16LE', utf16le(TEXT)],
    ['UTF-16BE', utf16be(TEXT)],
  ])('%s is decoded, not rejected as binary', (_name, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT });
  });

  it.each([
    ['an odd number of bytes', Buffer.concat([utf16le(TEXT), Buffer.from([0x41])]), /^not valid UTF-16LE/],
    ['NUL characters in it', utf16le('a\u0000b\u0000c\u0000d'), /^binary file/],
    [
      'NUL bytes and no byte-order mark',
      Buffer.from('a\u0000b', 'latin1'),
      /^binary file \(contains NUL bytes\)$/,
    ],
  ])('with %s is skipped with a reason', (_name, bytes, reason) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toMatch(reason);
  });

  it('is read as an article from a .txt file; a UTF-16 .jsonl file is skipped with what to do', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-utf16-'));
    try {
      await writeFile(path.join(dir, 'a.txt'), utf16le(TEXT));
      await writeFile(path.join(dir, 'b.jsonl'), utf16le('{"text": "x"}\n'));
      const items: SourceItem[] = [];
      for await (const item of readSources([dir], { maxFileBytes: 1 << 20 })) items.push(item);
      expect(items[0]).toMatchObject({ kind: 'article', article: { id: 'a.txt' } });
      expect(items[0]!.kind === 'article' && items[0]!.article.text).toContain('Sheinbaum habló con Rubio');
      expect(items[1]).toEqual({
        kind: 'skipped',
        origin: path.join(dir, 'b.jsonl'),
        reason: expect.stringMatching(/^UTF-16LE text: convert it to UTF-8/),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
