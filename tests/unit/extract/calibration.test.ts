/**
 * Confidences are calibrated: calibration.json is what `npm run calibrate` computes from the
 * current rules (so a rule change without recalibration fails here), and on the whole dev set a
 * higher confidence bucket has a precision at least as high as a lower one (buckets with at least
 * five records), and the records at or above the median confidence are at least as precise as
 * those below it (src/eval/match.ts judges records as shared/eval/score.mjs counts them).
 */
import table from '../../../src/ingest/extract/calibration.json';
import { computeCalibration, judgeSet } from '../../../src/eval/calibrate';
import { bucketPrecision, type Judged } from '../../../src/eval/match';
import { SHARED } from '../../helpers/score';

describe('confidence calibration', () => {
  let dev: Judged[];

  beforeAll(async () => {
    dev = await judgeSet(SHARED, 'dev');
  });

  it('calibration.json is reproduced by npm run calibrate', async () => {
    expect(await computeCalibration(SHARED)).toEqual(table);
  });

  it.each(['entity', 'relation', 'event'] as const)('%s: higher bucket, higher precision', (kind) => {
    const buckets = bucketPrecision(dev.filter((j) => j.kind === kind))
      .filter(([, n]) => n >= 5)
      .map(([ok, n]) => ok / n);
    expect(buckets.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]).toBeGreaterThanOrEqual(buckets[i - 1] ?? 0);
  });

  // Whatever the bucket grid: the records at or above the median confidence are at least as
  // precise as those below it (both sides hold records, so this can fail).
  it.each(['entity', 'relation', 'event'] as const)('%s: the surer half is the more precise', (kind) => {
    const judged = dev.filter((j) => j.kind === kind);
    const sorted = judged.map((j) => j.confidence).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const precision = (part: Judged[]): number => part.filter((j) => j.correct).length / part.length;
    const upper = judged.filter((j) => j.confidence >= median);
    const lower = judged.filter((j) => j.confidence < median);
    expect(lower.length).toBeGreaterThanOrEqual(5);
    expect(precision(upper)).toBeGreaterThanOrEqual(precision(lower));
  });
});
