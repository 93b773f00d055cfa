/**
 * Runs the extraction stage over a directory of .txt articles (default: the shared seed corpus)
 * and prints the ArticleExtraction array as JSON, for scoring with shared/eval/score.mjs.
 *
 *   npx tsx scripts/extract-seed.ts [DIR] > out.json
 *   npx tsx scripts/extract-seed.ts [DIR] --bench [REPS]   # words/s over REPS passes (default 40)
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../src/ingest/extract';

const args = process.argv.slice(2);
const benchAt = args.indexOf('--bench');
const dir =
  args.find((a, i) => !a.startsWith('--') && i !== benchAt + 1) ??
  path.resolve(__dirname, '../../shared/corpus/seed');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const extractAll = () =>
  files.map((f, i) => extractArticle({ id: f, title: null, text: texts[i] ?? '', publishedAt: null }));

if (benchAt >= 0) {
  const reps = Number(args[benchAt + 1] ?? 40) || 40;
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0) * reps;
  for (let i = 0; i < 3; i++) extractAll(); // warm-up
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) extractAll();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  console.log(
    `${words} words: ${Math.round(words / wall)} words/s wall, ${Math.round(words / cpu)} words/s CPU`,
  );
} else {
  process.stdout.write(`${JSON.stringify(extractAll(), null, 2)}\n`);
}
