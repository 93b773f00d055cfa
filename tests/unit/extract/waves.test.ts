/**
 * Runs the extractor over the fresh real-article waves (tests/fixtures/waves: 162 articles from
 * about 150 outlets, annotated without sight of the extractor) and scores them with the real scorer
 * (shared/eval/score.mjs): the open waves, and the sealed ones only as a whole. The floors sit a
 * little under the scores reached, with relation precision held on both, so a rule that adds
 * false facts on unseen news fails here. A missing scorer fails the test: it is never skipped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import { extractPaths, score, type Score } from '../../helpers/score';

const waves = path.join(PROJECT_ROOT, 'tests/fixtures/waves');
const SPLITS = {
  open: [
    'w73',
    'w74',
    'w75',
    'w76',
    'w78',
    'w80',
    'w81',
    'w82',
    'w83',
    'w84',
    'w87',
    'w88',
    'w90',
    'w93',
    'w94',
    'w96',
    'w97',
    'w101',
    'w103',
  ],
  sealed: [
    'w77',
    'w79',
    'w85',
    'w86',
    'w89',
    'w91',
    'w92',
    'w95',
    'w98',
    'w99',
    'w100',
    'w102',
    'w104',
    'w105',
  ],
} as const;

/** One split's gold in a scratch folder, and its articles' paths. */
function split(names: readonly string[]): { gold: string; articles: string[] } {
  const gold = fs.mkdtempSync(path.join(os.tmpdir(), 'waves-gold-'));
  for (const w of names)
    for (const f of fs.readdirSync(path.join(waves, w, 'gold')))
      fs.copyFileSync(path.join(waves, w, 'gold', f), path.join(gold, f));
  return { gold, articles: names.map((w) => path.join(waves, w, 'articles.jsonl')) };
}

describe('fresh real-article waves (tests/fixtures/waves, scored by shared/eval/score.mjs)', () => {
  const result: Partial<Record<keyof typeof SPLITS, Score>> = {};

  beforeAll(async () => {
    for (const [name, names] of Object.entries(SPLITS) as [keyof typeof SPLITS, readonly string[]][]) {
      const { gold, articles } = split(names);
      result[name] = score(gold, await extractPaths(articles));
      fs.rmSync(gold, { recursive: true, force: true });
    }
  });

  it('scores 114 open and 84 sealed articles', () => {
    expect([result.open?.articles, result.sealed?.articles]).toEqual([114, 84]);
  });

  // Reached at round 35's end (w100–w105 added): open entities 0.89, relations 0.66 (P 0.85),
  // events 0.54; sealed entities 0.88, relations 0.53 (P 0.77), events 0.55. The round's start
  // code (c53a779) scores sealed relations 0.52 (P 0.77) on the same 84 articles. Set in round 34
  // (open entities 0.86, relations 0.64, events 0.50, P 0.84) and raised in round 35 for the
  // sealed relations (0.45 → 0.50, P 0.70 → 0.74), so a loss on unseen news fails.
  it.each([
    ['open', 'entities', 0.86],
    ['open', 'relations', 0.64],
    ['open', 'events', 0.5],
    ['sealed', 'entities', 0.84],
    ['sealed', 'relations', 0.5],
    ['sealed', 'events', 0.5],
  ] as const)('%s %s F1 ≥ %p', (which, what, min) => {
    expect(result[which]?.[what].f1).toBeGreaterThanOrEqual(min);
  });

  it.each([
    ['open', 0.84],
    ['sealed', 0.74],
  ] as const)('%s relation precision ≥ %p', (which, min) => {
    expect(result[which]?.relations.precision).toBeGreaterThanOrEqual(min);
  });
});
