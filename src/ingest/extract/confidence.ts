/**
 * Confidence of what the extractor emits, 0–1, deterministic: each entity, relation and event
 * carries a `basis` (the kind of evidence that produced it), and its confidence is the measured
 * precision of that basis on the real articles with independent gold that may be looked at (the
 * seed set and the open part of the dev set; never the sealed part), smoothed as (correct + 1) / (emitted + 2). The table is written by
 * `npm run calibrate` (scripts/calibrate.ts) into calibration.json; a basis it has not seen gets
 * the prior below. See docs/extraction.md#confidence.
 */
import type { ArticleExtraction } from '../../domain/types';
import type { EntityGroup } from './entities';
import table from './calibration.json';

/** Confidence of a basis the calibration run never saw emitted. */
export const UNSEEN_BASIS = 0.5;

const CONFIDENCE: Readonly<Record<string, number>> = table.confidence;

/** The calibrated confidence of one basis. */
export function basisConfidence(basis: string | undefined): number {
  return (basis ? CONFIDENCE[basis] : undefined) ?? UNSEEN_BASIS;
}

/** An entity's basis: the strongest evidence among its mentions. */
export function entityBasis(g: EntityGroup): string {
  let best = g.mentions[0]?.basis ?? `${g.type.toLowerCase()}:pattern`;
  for (const m of g.mentions) if (basisConfidence(m.basis) > basisConfidence(best)) best = m.basis;
  return best;
}

/** Sets `confidence` on every record from its basis (in place; returns the same extraction). */
export function applyConfidence(x: ArticleExtraction): ArticleExtraction {
  for (const list of [x.entities, x.relations, x.events]) {
    for (const r of list) r.confidence = basisConfidence(r.basis);
  }
  return x;
}
