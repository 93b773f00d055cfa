/** Gold folders for the two parts of the dev split (src/eval/dev-split.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { devPart, type DevPart } from '../../src/eval/dev-split';
import { SHARED } from './score';

export { devPart, type DevPart } from '../../src/eval/dev-split';

/** A temporary gold folder holding one part's gold files; the caller removes it. */
export function devGold(part: DevPart): string {
  const src = path.join(SHARED, 'eval/gold/dev');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsgraph-dev-${part}-`));
  for (const f of fs.readdirSync(src)) {
    if (f.endsWith('.json') && devPart(f) === part) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  }
  return dir;
}
