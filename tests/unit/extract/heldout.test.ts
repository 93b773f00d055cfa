/**
 * Runs the extractor over the held-out articles (tests/fixtures/heldout: six hand-written news
 * stories, annotated by hand before the rules that generalize were written) and scores the output
 * with the real scorer (shared/eval/score.mjs). The floors sit a little under the scores reached,
 * so a rule that helps the seed set but hurts unseen text fails here. A missing scorer fails the
 * test, saying where it looked: it is never skipped.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import { extractPaths, score, type Score } from '../../helpers/score';

const fixtures = path.join(PROJECT_ROOT, 'tests/fixtures/heldout');

describe('held-out articles (tests/fixtures/heldout, scored by shared/eval/score.mjs)', () => {
  let result: Score;

  beforeAll(async () => {
    result = score(path.join(fixtures, 'gold'), await extractPaths([path.join(fixtures, 'articles.jsonl')]));
  });

  it('scores all six held-out articles', () => {
    expect(result.articles).toBe(6);
  });

  // Reached when the floors were set: entities 0.97, relations 0.77, events 0.73, dates 26/31.
  // Relations and events were 0.81 / 0.87 before issue #8: titles no longer take the dateline's or
  // the article's country, and every named speaker now makes a STATEMENT, which this hand-written
  // gold (unlike the independent dev gold) mostly leaves out. See docs/extraction.md.
  it.each([
    ['entities', 0.94],
    ['relations', 0.74],
    ['events', 0.7],
  ] as const)('%s F1 ≥ %p', (what, min) => {
    expect(result[what].f1).toBeGreaterThanOrEqual(min);
  });

  it('resolves most event dates against publishedAt', () => {
    expect(result.eventDates.right).toBeGreaterThanOrEqual(24);
  });
});
