/**
 * Runs the extraction stage over a directory of .txt articles (default: the shared seed corpus)
 * and prints the ArticleExtraction array as JSON, for scoring with shared/eval/score.mjs.
 *
 *   npx tsx scripts/extract-seed.ts [DIR] > out.json
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../src/ingest/extract';

const dir = process.argv[2] ?? path.resolve(__dirname, '../../shared/corpus/seed');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const out = files.map((f) =>
  extractArticle({ id: f, title: null, text: fs.readFileSync(path.join(dir, f), 'utf8'), publishedAt: null }),
);
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
