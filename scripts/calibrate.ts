/**
 * Writes src/ingest/extract/calibration.json from the current rules (src/eval/calibrate.ts), or
 * prints the calibration table by confidence bucket for the open and sealed parts of the dev set.
 *
 *   npm run calibrate              # rewrite calibration.json
 *   npm run calibrate -- --report  # print precision by confidence bucket; writes nothing
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { computeCalibration, judgeSet } from '../src/eval/calibrate';
import { BUCKETS, bucketPrecision, type Judged } from '../src/eval/match';

const SHARED = path.resolve(PROJECT_ROOT, '../shared');
const OUT = path.join(PROJECT_ROOT, 'src/ingest/extract/calibration.json');

function table(title: string, judged: Judged[]): string {
  const head = BUCKETS.map(([lo, hi]) => `${lo.toFixed(2)}–${Math.min(hi, 1).toFixed(2)}`);
  const rows = (['entity', 'relation', 'event'] as const).map((kind) => {
    const cells = bucketPrecision(judged.filter((j) => j.kind === kind)).map(([ok, n]) =>
      n ? `${(ok / n).toFixed(2)} (${ok}/${n})` : '—',
    );
    return `| ${kind} | ${cells.join(' | ')} |`;
  });
  return [title, `| kind | ${head.join(' | ')} |`, `| --- |${' --- |'.repeat(head.length)}`, ...rows].join(
    '\n',
  );
}

async function main(): Promise<void> {
  if (process.argv.includes('--report')) {
    for (const set of ['open', 'sealed', 'dev'] as const) {
      console.log(table(`\nprecision by confidence bucket, dev set (${set}):`, await judgeSet(SHARED, set)));
    }
    return;
  }
  const file = await computeCalibration(SHARED);
  fs.writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`wrote ${path.relative(PROJECT_ROOT, OUT)}: ${Object.keys(file.confidence).length} bases`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
