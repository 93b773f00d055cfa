/**
 * Runs the real scorer (shared/eval/score.mjs) on the extractor's output for the seed corpus and
 * holds the scores above the project's thresholds. The shared dir is a sibling of the project;
 * when it is missing the test fails, saying where it looked.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractArticle } from '../../../src/ingest/extract';

const projectRoot = path.resolve(__dirname, '../../..');
const shared = path.resolve(projectRoot, '../shared');
const corpus = path.join(shared, 'corpus/seed');
const gold = path.join(shared, 'eval/gold/seed');
const scorer = path.join(shared, 'eval/score.mjs');

interface Score {
  articles: number;
  entities: { f1: number };
  relations: { f1: number };
  events: { f1: number };
}

function score(): Score {
  for (const p of [corpus, gold, scorer]) {
    if (!fs.existsSync(p))
      throw new Error(`seed evaluation needs ${p}: check out shared/ next to the project`);
  }
  const files = fs
    .readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const out = files.map((f) =>
    extractArticle({
      id: f,
      title: null,
      text: fs.readFileSync(path.join(corpus, f), 'utf8'),
      publishedAt: null,
    }),
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-seed-'));
  const predicted = path.join(tmp, 'out.json');
  fs.writeFileSync(predicted, JSON.stringify(out));
  try {
    const stdout = execFileSync(process.execPath, [scorer, gold, predicted, '--json'], { encoding: 'utf8' });
    // The scorer prints the JSON report, then one summary line.
    return JSON.parse(stdout.slice(0, stdout.lastIndexOf('}') + 1)) as Score;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

describe('seed corpus scores (shared/eval/score.mjs)', () => {
  const result = score();

  it('scores all five seed articles', () => {
    expect(result.articles).toBe(5);
  });

  it.each([
    ['entities', 0.95],
    ['relations', 0.85],
    ['events', 0.85],
  ] as const)('%s F1 ≥ %p', (what, min) => {
    expect(result[what].f1).toBeGreaterThanOrEqual(min);
  });
});
