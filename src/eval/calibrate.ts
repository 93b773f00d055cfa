/**
 * Calibration of extraction confidences (see src/ingest/extract/confidence.ts): runs the read →
 * clean → extract path of `newsgraph extract` over real articles with independent gold that may be
 * looked at (the seed set and the open part of the dev split; never the sealed part, and not the
 * project's own hand-written held-out set), judges every emitted record as shared/eval/score.mjs
 * counts it, and gives each basis its precision shrunk toward its kind's pooled precision,
 * (correct + 3p) / (emitted + 3).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleExtraction } from '../domain/types';
import { cleanArticle } from '../ingest/clean';
import { extractClean } from '../ingest/pipeline';
import { readSources } from '../ingest/sources';
import { devPart, type DevPart } from './dev-split';
import { judgeAll, type GoldArticle, type Judged } from './match';

/** What calibration.json holds. */
export interface CalibrationTable {
  note: string;
  counts: Record<string, [number, number]>;
  confidence: Record<string, number>;
}

/** Extracts articles exactly as `newsgraph extract` does. */
export async function extractPaths(paths: string[]): Promise<ArticleExtraction[]> {
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

/** Judges the seed set or one part of the dev split; `shared` is the ../shared folder. */
export async function judgeSet(shared: string, set: 'seed' | DevPart | 'dev'): Promise<Judged[]> {
  if (set === 'seed') {
    return judgeAll(
      await extractPaths([path.join(shared, 'corpus/seed')]),
      readGold(path.join(shared, 'eval/gold/seed')),
    );
  }
  const preds = await extractPaths([path.join(shared, 'corpus/dev/articles.jsonl')]);
  return judgeAll(
    preds,
    readGold(path.join(shared, 'eval/gold/dev'), (f) => set === 'dev' || devPart(f) === set),
  );
}

/** How many records' worth of weight the kind's pooled precision has against a basis's own. */
export const PRIOR_WEIGHT = 3;
/** Records a basis needs on the calibration set before its confidence may reach 0.95. */
export const SURE_SAMPLES = 20;
const SMALL_SAMPLE_CAP = 0.94;

/** The calibration table for the current rules. */
export async function computeCalibration(shared: string): Promise<CalibrationTable> {
  const judged = [...(await judgeSet(shared, 'seed')), ...(await judgeSet(shared, 'open'))];
  const counts: Record<string, [number, number]> = {};
  const kindOf: Record<string, Judged['kind']> = {};
  const pooled: Record<string, [number, number]> = {};
  for (const j of judged) {
    const c = (counts[j.basis] ??= [0, 0]);
    const k = (pooled[j.kind] ??= [0, 0]);
    kindOf[j.basis] = j.kind;
    if (j.correct) {
      c[0] += 1;
      k[0] += 1;
    }
    c[1] += 1;
    k[1] += 1;
  }
  // A basis seen a few times is pulled toward the precision of all records of its kind: a rule
  // right 5 times out of 5 is not yet known to be right 95 % of the time.
  const prior = (basis: string): number => {
    const [ok, n] = pooled[kindOf[basis] ?? ''] ?? [0, 0];
    return n ? ok / n : 0.5;
  };
  const keys = Object.keys(counts).sort();
  return {
    note: `Written by scripts/calibrate.ts (npm run calibrate): per basis, (correct + ${PRIOR_WEIGHT} × p) / (emitted + ${PRIOR_WEIGHT}) on seed + dev-open, p the precision of all records of its kind, rounded down; below ${SURE_SAMPLES} records at most ${SMALL_SAMPLE_CAP}. Do not edit by hand.`,
    counts: Object.fromEntries(keys.map((k) => [k, counts[k] ?? [0, 0]])),
    confidence: Object.fromEntries(
      keys.map((k) => {
        const [ok, n] = counts[k] ?? [0, 0];
        // Rounded down: a confidence never states more than the estimate behind it.
        const value = Math.floor(((ok + PRIOR_WEIGHT * prior(k)) / (n + PRIOR_WEIGHT)) * 100 + 1e-9) / 100;
        // 95 % and above only on SURE_SAMPLES records or more: 7 right out of 7 is still
        // consistent with a rule right two times in three (the dev set's sealed part showed it).
        return [k, n < SURE_SAMPLES ? Math.min(value, SMALL_SAMPLE_CAP) : value];
      }),
    ),
  };
}
