/**
 * Runs the extractor over the fresh real-article waves (tests/fixtures/waves: 84 articles from 84
 * outlets, annotated without sight of the extractor) and scores them with the real scorer
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
  open: ['w73', 'w74', 'w75', 'w76', 'w78', 'w80', 'w81', 'w82', 'w83', 'w84'],
  sealed: ['w77', 'w79', 'w85', 'w86'],
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

  it('scores 60 open and 24 sealed articles', () => {
    expect([result.open?.articles, result.sealed?.articles]).toEqual([60, 24]);
  });

  // Reached when the floors were set (round 32): open entities 0.88, relations 0.64 (P 0.82),
  // events 0.54; sealed entities 0.83, relations 0.41 (P 0.63), events 0.53. At the round's start
  // (28e92ba) open relations were 0.57 (P 0.78), so the open floor fails on that code.
  it.each([
    ['open', 'entities', 0.86],
    ['open', 'relations', 0.6],
    ['open', 'events', 0.5],
    ['sealed', 'entities', 0.8],
    ['sealed', 'relations', 0.38],
    ['sealed', 'events', 0.5],
  ] as const)('%s %s F1 ≥ %p', (which, what, min) => {
    expect(result[which]?.[what].f1).toBeGreaterThanOrEqual(min);
  });

  it.each([
    ['open', 0.8],
    ['sealed', 0.6],
  ] as const)('%s relation precision ≥ %p', (which, min) => {
    expect(result[which]?.relations.precision).toBeGreaterThanOrEqual(min);
  });
});
