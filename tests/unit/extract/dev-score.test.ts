/**
 * Scores what `newsgraph extract` prints for the real development set (../shared/corpus/dev,
 * articles.jsonl with publishedAt) with the real scorer, on both parts of the fixed split
 * (tests/helpers/dev-split.ts). The sealed part was never debugged against: its floors are the
 * honest check that rules generalize. Floors sit a little under the scores reached.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleExtraction } from '../../../src/domain/types';
import { devGold, type DevPart } from '../../helpers/dev-split';
import { extractPaths, score, SHARED, type Score } from '../../helpers/score';

const FLOORS: Record<
  DevPart,
  { articles: number; entities: number; relations: number; events: number; dates: number }
> = {
  open: { articles: 17, entities: 0.91, relations: 0.6, events: 0.62, dates: 33 },
  sealed: { articles: 12, entities: 0.81, relations: 0.36, events: 0.58, dates: 12 },
};

describe.each(['open', 'sealed'] as const)('dev set, %s part (shared/eval/score.mjs)', (part) => {
  let result: Score;
  let extractions: ArticleExtraction[];
  let gold: string;

  beforeAll(async () => {
    extractions = await extractPaths([path.join(SHARED, 'corpus/dev/articles.jsonl')]);
    gold = devGold(part);
    result = score(gold, extractions);
  });
  afterAll(() => fs.rmSync(gold, { recursive: true, force: true }));

  it(`scores the ${FLOORS[part].articles} articles of the part`, () => {
    expect(result.articles).toBe(FLOORS[part].articles);
  });

  it.each(['entities', 'relations', 'events'] as const)('%s F1 holds its floor', (what) => {
    expect(result[what].f1).toBeGreaterThanOrEqual(FLOORS[part][what]);
  });

  it('resolves event dates against publishedAt', () => {
    expect(result.eventDates.right).toBeGreaterThanOrEqual(FLOORS[part].dates);
  });
});
