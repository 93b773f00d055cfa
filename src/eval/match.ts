/**
 * Pairs extracted records with gold records the way shared/eval/score.mjs counts them (entities of
 * the same type sharing a normalized form, one to one, in output order; relations by type and
 * resolved endpoints; events by type and overlapping participants), and says for each emitted
 * record whether it was right. Used to calibrate confidences (scripts/calibrate.ts) and to check
 * that they are calibrated (tests/unit/extract/calibration.test.ts).
 */
import { nameKey as normForm } from '../domain/names';
import type { ArticleExtraction } from '../domain/types';

/** A gold file's shape (ANNOTATION.md): the parts the matcher reads. */
export interface GoldArticle {
  article: string;
  entities: Array<{ name: string; type: string; aliases?: string[] }>;
  relations: Array<{ type: string; from: string; to: string }>;
  events: Array<{ type: string; participants: string[] }>;
}

/** One emitted record and whether the gold holds it. */
export interface Judged {
  kind: 'entity' | 'relation' | 'event';
  basis: string;
  confidence: number;
  correct: boolean;
}

const formsOf = (e: { name: string; aliases?: string[] }): Set<string> =>
  new Set([e.name, ...(e.aliases ?? [])].map(normForm).filter(Boolean));

/** Judges every record of one article's extraction against its gold. */
export function judgeArticle(pred: ArticleExtraction, gold: GoldArticle): Judged[] {
  const out: Judged[] = [];
  const goldForms = gold.entities.map(formsOf);
  const predForms = pred.entities.map(formsOf);
  const used = new Set<number>();
  const pairs = new Map<number, number>();
  pred.entities.forEach((p, i) => {
    const j = gold.entities.findIndex(
      (g, k) =>
        !used.has(k) && g.type === p.type && [...(predForms[i] ?? [])].some((f) => goldForms[k]?.has(f)),
    );
    if (j >= 0) {
      used.add(j);
      pairs.set(i, j);
    }
    out.push({ kind: 'entity', basis: p.basis ?? '', confidence: p.confidence ?? 1, correct: j >= 0 });
  });

  const resolveGold = (name: string): number => goldForms.findIndex((f) => f.has(normForm(name)));
  const resolvePred = (name: string): number => {
    const direct = resolveGold(name);
    if (direct >= 0) return direct;
    const i = predForms.findIndex((f) => f.has(normForm(name)));
    if (i < 0) return -1;
    const paired = pairs.get(i);
    if (paired !== undefined) return paired;
    for (const f of predForms[i] ?? []) {
      const j = goldForms.findIndex((g) => g.has(f));
      if (j >= 0) return j;
    }
    return -1;
  };

  const usedR = new Set<number>();
  for (const r of pred.relations) {
    const f = resolvePred(r.from);
    const t = resolvePred(r.to);
    const j = gold.relations.findIndex(
      (x, k) =>
        !usedR.has(k) &&
        x.type === r.type &&
        f >= 0 &&
        t >= 0 &&
        resolveGold(x.from) === f &&
        resolveGold(x.to) === t,
    );
    if (j >= 0) usedR.add(j);
    out.push({ kind: 'relation', basis: r.basis ?? '', confidence: r.confidence ?? 1, correct: j >= 0 });
  }

  const usedV = new Set<number>();
  for (const v of pred.events) {
    const ps = new Set(v.participants.map(resolvePred).filter((x) => x >= 0));
    const j = gold.events.findIndex((x, k) => {
      if (usedV.has(k) || x.type !== v.type) return false;
      const gs = new Set(x.participants.map(resolveGold).filter((y) => y >= 0));
      const inter = [...ps].filter((y) => gs.has(y)).length;
      const union = new Set([...ps, ...gs]).size;
      return inter > 0 && (Math.min(ps.size, gs.size) < 2 || inter / union >= 0.5);
    });
    if (j >= 0) usedV.add(j);
    out.push({ kind: 'event', basis: v.basis ?? '', confidence: v.confidence ?? 1, correct: j >= 0 });
  }
  return out;
}

/** Judges a set of extractions against gold articles paired by `article`. */
export function judgeAll(preds: ArticleExtraction[], golds: GoldArticle[]): Judged[] {
  const byId = new Map(preds.map((p) => [p.article, p]));
  return golds.flatMap((g) => {
    const p = byId.get(g.article);
    return p ? judgeArticle(p, g) : [];
  });
}

/** Confidence buckets for the calibration table: [low, high). */
export const BUCKETS: ReadonlyArray<readonly [number, number]> = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.85],
  [0.85, 0.95],
  [0.95, 1.01],
];

/** Precision of the judged records in each bucket: [correct, emitted] per bucket. */
export function bucketPrecision(judged: Judged[]): Array<[number, number]> {
  return BUCKETS.map(([lo, hi]) => {
    const inBucket = judged.filter((j) => j.confidence >= lo && j.confidence < hi);
    return [inBucket.filter((j) => j.correct).length, inBucket.length];
  });
}
