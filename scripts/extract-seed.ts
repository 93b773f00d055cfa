/**
 * Runs the extraction stage over a directory of .txt articles (default: the shared seed corpus) or
 * a .json/.jsonl file of records `{ id, title?, publishedAt?, text }` (e.g. the held-out set) and
 * prints the ArticleExtraction array as JSON, for scoring with shared/eval/score.mjs.
 *
 *   npx tsx scripts/extract-seed.ts [DIR|FILE.jsonl] > out.json
 *   npx tsx scripts/extract-seed.ts [DIR|FILE.jsonl] --bench [REPS]   # words/s over REPS passes (default 40)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractInput } from '../src/ingest/extract';
import { extractArticle } from '../src/ingest/extract';

const args = process.argv.slice(2);
const benchAt = args.indexOf('--bench');
const source =
  args.find((a, i) => !a.startsWith('--') && (benchAt < 0 || i !== benchAt + 1)) ??
  path.resolve(__dirname, '../../shared/corpus/seed');

/** Reads the inputs: .txt files of a directory (no metadata) or JSON/JSONL records. */
export function readInputs(p: string): ExtractInput[] {
  if (fs.statSync(p).isDirectory()) {
    return fs
      .readdirSync(p)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({
        id: f,
        title: null,
        text: fs.readFileSync(path.join(p, f), 'utf8'),
        publishedAt: null,
      }));
  }
  const raw = fs.readFileSync(p, 'utf8');
  const records: unknown[] = p.endsWith('.jsonl')
    ? raw
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as unknown)
    : ([] as unknown[]).concat(JSON.parse(raw) as unknown);
  return records.map((r, i) => {
    const rec = r as { id?: string; title?: string; text?: string; publishedAt?: string };
    return {
      id: rec.id ?? `${path.basename(p)}#${i}`,
      title: rec.title ?? null,
      text: rec.text ?? '',
      publishedAt: rec.publishedAt ?? null,
    };
  });
}

const inputs = readInputs(source);
const extractAll = () => inputs.map((input) => extractArticle(input));

if (benchAt >= 0) {
  const reps = Number(args[benchAt + 1] ?? 40) || 40;
  const words = inputs.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0) * reps;
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
