/**
 * Calibrates extraction confidences: runs `newsgraph extract`'s read → clean → extract path over
 * the real articles with independent gold that may be looked at (the seed set and the open part of
 * ../shared/corpus/dev; never the sealed part, and not the project's own hand-written held-out
 * set, whose gold was written by the same people as the rules), judges
 * every emitted record against the gold as shared/eval/score.mjs counts it, and writes each
 * basis's smoothed precision, (correct + 1) / (emitted + 2), to
 * src/ingest/extract/calibration.json. Deterministic: the same rules and data give the same file.
 *
 *   npm run calibrate            # rewrite calibration.json
 *   npm run calibrate -- --report  # print the calibration table (open and sealed parts), write nothing
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import type { ArticleExtraction } from '../src/domain/types';
import { devPart, type DevPart } from '../src/eval/dev-split';
import { BUCKETS, bucketPrecision, judgeAll, type GoldArticle, type Judged } from '../src/eval/match';
import { cleanArticle } from '../src/ingest/clean';
import { extractClean } from '../src/ingest/pipeline';
import { readSources } from '../src/ingest/sources';

const SHARED = path.resolve(PROJECT_ROOT, '../shared');
const OUT = path.join(PROJECT_ROOT, 'src/ingest/extract/calibration.json');

async function extract(paths: string[]): Promise<ArticleExtraction[]> {
  const out: ArticleExtraction[] = [];
  for await (const item of readSources(paths, { maxFileBytes: 5 * 1024 * 1024 })) {
    if (item.kind === 'article') out.push(extractClean(cleanArticle(item.article)));
  }
  return out;
}

function readGold(dir: string, keep: (file: string) => boolean = () => true): GoldArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && keep(f))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldArticle);
}

async function judgeSet(set: 'seed' | DevPart): Promise<Judged[]> {
  if (set === 'seed') {
    return judgeAll(
      await extract([path.join(SHARED, 'corpus/seed')]),
      readGold(path.join(SHARED, 'eval/gold/seed')),
    );
  }
  const preds = await extract([path.join(SHARED, 'corpus/dev/articles.jsonl')]);
  return judgeAll(
    preds,
    readGold(path.join(SHARED, 'eval/gold/dev'), (f) => devPart(f) === set),
  );
}

function table(title: string, judged: Judged[]): string {
  const head = BUCKETS.map(([lo, hi]) => `${lo.toFixed(2)}–${Math.min(hi, 1).toFixed(2)}`);
  const rows = (['entity', 'relation', 'event'] as const).map((kind) => {
    const cells = bucketPrecision(judged.filter((j) => j.kind === kind)).map(([ok, n]) =>
      n ? `${(ok / n).toFixed(2)} (${ok}/${n})` : '—',
    );
    return `| ${kind} | ${cells.join(' | ')} |`;
  });
  return [
    `${title}`,
    `| kind | ${head.join(' | ')} |`,
    `| --- |${' --- |'.repeat(head.length)}`,
    ...rows,
  ].join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--report')) {
    for (const set of ['open', 'sealed'] as const) {
      console.log(table(`\nprecision by confidence bucket, dev ${set} part:`, await judgeSet(set)));
    }
    return;
  }
  const judged = [...(await judgeSet('seed')), ...(await judgeSet('open'))];
  const counts: Record<string, [number, number]> = {};
  for (const j of judged) {
    const c = (counts[j.basis] ??= [0, 0]);
    if (j.correct) c[0] += 1;
    c[1] += 1;
  }
  const keys = Object.keys(counts).sort();
  const confidence = Object.fromEntries(
    keys.map((k) => {
      const [ok, n] = counts[k] ?? [0, 0];
      return [k, Math.round(((ok + 1) / (n + 2)) * 100) / 100];
    }),
  );
  const file = {
    note: 'Written by scripts/calibrate.ts (npm run calibrate): per basis, (correct + 1) / (emitted + 2) on seed + dev-open. Do not edit by hand.',
    counts: Object.fromEntries(keys.map((k) => [k, counts[k]])),
    confidence,
  };
  fs.writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(
    `wrote ${path.relative(PROJECT_ROOT, OUT)}: ${keys.length} bases from ${judged.length} judged records`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
