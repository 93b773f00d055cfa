import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSources } from '../../../src/ingest/sources';
import { countSourceItems } from '../../../src/ingest/sources/count';

describe('countSourceItems', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-count-'));
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'One article.\n');
    fs.writeFileSync(path.join(dir, 'nested', 'b.md'), '# Title\n\nBody text here.\n');
    fs.writeFileSync(path.join(dir, 'notes.csv'), 'ignored,file\n');
    const lines = Array.from({ length: 7 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Record ${i}.` }));
    fs.writeFileSync(path.join(dir, 'records.jsonl'), lines.join('\n')); // no final newline
    fs.writeFileSync(path.join(dir, 'more.jsonl'), `${lines.slice(0, 3).join('\n')}\n`);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('counts as many items as readSources yields (files, JSONL lines with or without a final newline)', async () => {
    let yielded = 0;
    for await (const _item of readSources([dir], { maxFileBytes: 1e6 })) yielded++;
    // a.txt, b.md, 7 + 3 JSONL lines, and notes.csv reported as skipped.
    expect(yielded).toBe(1 + 1 + 7 + 3 + 1);
    expect(await countSourceItems([dir])).toBe(yielded);
  });
});
