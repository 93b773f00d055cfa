import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSources } from '../../../src/ingest/sources';
import { readLines } from '../../../src/ingest/sources/lines';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-jsonl-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeLines(file: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 1; i <= count; i++) out.write(`${line(i)}\n`);
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

describe('a JSONL dump of 5,000 records', () => {
  const count = 5000;
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'dump.jsonl');
    await writeLines(file, count, (i) =>
      i === 2500
        ? '{"id": "broken"'
        : JSON.stringify({
            url: `https://news.example/${i}`,
            text: `Story number ${i} — “quoted”, ünïcode.`,
          }),
    );
  });

  it('streams every record in order, skipping only the bad line', async () => {
    const ids: string[] = [];
    const skipped: string[] = [];
    // A limit far below the file size: JSONL is limited per line, so the dump is still read.
    for await (const item of readSources([file], { maxFileBytes: 200 })) {
      if (item.kind === 'article') ids.push(item.article.id);
      else skipped.push(item.origin);
    }
    expect(ids).toHaveLength(count - 1);
    expect(ids[0]).toBe('https://news.example/1');
    expect(ids[count - 2]).toBe(`https://news.example/${count}`);
    expect(skipped).toEqual([`${file}#2500`]);
  });

  it('yields the first record without reading the rest', async () => {
    const iterator = readSources([file], { maxFileBytes: 200 })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).toMatchObject({
      kind: 'article',
      article: { text: 'Story number 1 — “quoted”, ünïcode.' },
    });
    await iterator.return(undefined);
  });
});

describe('readLines', () => {
  it.each([
    [
      'LF',
      'a\nb\n',
      [
        { number: 1, text: 'a' },
        { number: 2, text: 'b' },
      ],
    ],
    [
      'CRLF',
      'a\r\nb',
      [
        { number: 1, text: 'a' },
        { number: 2, text: 'b' },
      ],
    ],
    [
      'blank lines',
      '\n\nc',
      [
        { number: 1, text: '' },
        { number: 2, text: '' },
        { number: 3, text: 'c' },
      ],
    ],
    ['a BOM', '\ufeffa\n', [{ number: 1, text: 'a' }]],
  ])('splits %s', async (_name, content, expected) => {
    const file = path.join(dir, `lines-${_name}.txt`);
    await writeFile(file, content);
    const lines = [];
    for await (const line of readLines(file, 100)) lines.push(line);
    expect(lines).toEqual(expected);
  });

  it('refuses a line over the limit without stopping, even across read chunks', async () => {
    const file = path.join(dir, 'long.txt');
    await writeFile(file, `short\n${'x'.repeat(200_000)}\nafter\n`);
    const lines = [];
    for await (const line of readLines(file, 1000)) lines.push(line);
    expect(lines).toEqual([
      { number: 1, text: 'short' },
      { number: 2, error: '195.3 KB is over the 1000 B limit (MAX_FILE_BYTES)' },
      { number: 3, text: 'after' },
    ]);
  });

  it('decodes a multi-byte character split across read chunks', async () => {
    const file = path.join(dir, 'split.txt');
    // 64 KiB chunks: put a 3-byte "—" across the first boundary.
    const text = `${'a'.repeat(64 * 1024 - 1)}—b`;
    await writeFile(file, text);
    const lines = [];
    for await (const line of readLines(file, 1e6)) lines.push(line);
    expect(lines).toEqual([{ number: 1, text }]);
  });
});
