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

/** The upper end of the 95 % Wilson score interval of ok successes in n trials. */
function wilsonUpper(ok: number, n: number): number {
  const z = 1.96;
  const p = ok / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return (centre + spread) / (1 + (z * z) / n);
}

describe('confidence calibration', () => {
  let dev: Judged[];

  beforeAll(async () => {
    dev = await judgeSet(SHARED, 'dev');
  });

  it('calibration.json is reproduced by npm run calibrate', async () => {
    expect(await computeCalibration(SHARED)).toEqual(table);
  });

  // A bucket of five records moves by 0.2 with one record, so a higher bucket may fall below a lower
  // one only by its own sampling error: the upper end of its 95 % Wilson interval must still reach
  // every lower bucket's precision (4/5 against 23/28 passes; 30/64 against 23/28 would not).
  it.each(['entity', 'relation', 'event'] as const)('%s: higher bucket, higher precision', (kind) => {
    const buckets = bucketPrecision(dev.filter((j) => j.kind === kind)).filter(([, n]) => n >= 5);
    expect(buckets.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < buckets.length; i++) {
      const [ok, n] = buckets[i] ?? [0, 1];
      for (const [lowOk, lowN] of buckets.slice(0, i))
        expect(wilsonUpper(ok, n)).toBeGreaterThanOrEqual(lowOk / lowN);
    }
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
