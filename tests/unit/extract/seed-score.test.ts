/**
 * Runs the real scorer (shared/eval/score.mjs) on what `newsgraph extract` produces for the seed
 * corpus (read, cleaned and extracted as the CLI does) and holds the scores above the project's
 * thresholds. When shared/ is missing the test fails, saying where it looked.
 */
import path from 'node:path';
import { extractPaths, score, SHARED, type Score } from '../../helpers/score';

describe('seed corpus scores (shared/eval/score.mjs)', () => {
  let result: Score;

  beforeAll(async () => {
    result = score(
      path.join(SHARED, 'eval/gold/seed'),
      await extractPaths([path.join(SHARED, 'corpus/seed')]),
    );
  });

  it('scores all five seed articles', () => {
    expect(result.articles).toBe(5);
  });

  it.each([
    ['entities', 0.95],
    ['relations', 0.85],
    ['events', 0.87],
  ] as const)('%s F1 ≥ %p', (what, min) => {
    expect(result[what].f1).toBeGreaterThanOrEqual(min);
  });
});
