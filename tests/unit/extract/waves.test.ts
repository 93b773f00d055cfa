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

  // Reached when the floors were set (round 34, w92–w99 added): open entities 0.89, relations
  // 0.68 (P 0.84), events 0.55; sealed entities 0.88, relations 0.51 (P 0.75), events 0.56. Round
  // 33's final code (afa6462) scores the same sealed relations and open relation precision 0.82,
  // so the open precision floor fails on it; the sealed floors, raised here, guard against loss.
  it.each([
    ['open', 'entities', 0.86],
    ['open', 'relations', 0.64],
    ['open', 'events', 0.5],
    ['sealed', 'entities', 0.84],
    ['sealed', 'relations', 0.45],
    ['sealed', 'events', 0.5],
  ] as const)('%s %s F1 ≥ %p', (which, what, min) => {
    expect(result[which]?.[what].f1).toBeGreaterThanOrEqual(min);
  });

  it.each([
    ['open', 0.84],
    ['sealed', 0.7],
  ] as const)('%s relation precision ≥ %p', (which, min) => {
    expect(result[which]?.relations.precision).toBeGreaterThanOrEqual(min);
  });
});
