import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { ArticleExtraction } from '../../src/domain/types';

/** The read-only evaluation kit beside the project (../shared/eval). */
export const SHARED = path.resolve(PROJECT_ROOT, '../shared');
const SCORER = path.join(SHARED, 'eval/score.mjs');

/** Precision, recall and F1 of one kind of record. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  articles: number;
  entities: PRF;
  relations: PRF;
  events: PRF;
  eventDates: { right: number; of: number };
}

/** What `newsgraph extract <paths>` prints: read, cleaned and extracted exactly as the CLI does. */
export { extractPaths } from '../../src/eval/calibrate';

/**
 * Scores extractions against a gold folder with the real scorer. A missing scorer or gold folder
 * fails, saying where it looked: evaluation is never skipped.
 */
export function score(goldDir: string, extractions: ArticleExtraction[]): Score {
  for (const p of [goldDir, SCORER]) {
    if (!fs.existsSync(p)) throw new Error(`evaluation needs ${p}: check out shared/ next to the project`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-score-'));
  const predicted = path.join(tmp, 'out.json');
  fs.writeFileSync(predicted, JSON.stringify(extractions));
  try {
    const stdout = execFileSync(process.execPath, [SCORER, goldDir, predicted, '--json'], {
      encoding: 'utf8',
    });
    // The scorer prints the JSON report, then one summary line.
    return JSON.parse(stdout.slice(0, stdout.lastIndexOf('}') + 1)) as Score;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
