/**
 * The fixed split of the real development set (../shared/corpus/dev, 29 articles): an article whose
 * file name starts with an odd number is **sealed** (never debugged against: only scored), an even
 * number is **open** (error analysis allowed). The rule was fixed before any extraction rule was
 * changed for issue #8 and depends on nothing but the file name.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SHARED } from './score';

export type DevPart = 'open' | 'sealed';

/** Which part an article id ("41_otay-mesa-fentanyl-sinks.txt") belongs to. */
export function devPart(articleId: string): DevPart {
  const n = Number.parseInt(path.basename(articleId), 10);
  if (!Number.isInteger(n)) throw new Error(`dev article ${articleId} has no leading number`);
  return n % 2 === 1 ? 'sealed' : 'open';
}

/** A temporary gold folder holding one part's gold files; the caller removes it. */
export function devGold(part: DevPart): string {
  const src = path.join(SHARED, 'eval/gold/dev');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsgraph-dev-${part}-`));
  for (const f of fs.readdirSync(src)) {
    if (f.endsWith('.json') && devPart(f) === part) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  }
  return dir;
}
