import { createHash } from 'node:crypto';
import type { Database } from '../db/client';
import { neo4jErrorCode } from '../db/client';
import type { ArticleExtraction, CleanArticle, RawArticle } from '../domain/types';
import { cleanArticle } from './clean';
import { extractArticle } from './extract';
import { emptyReport, type IngestReport } from './report';
import type { ManagedTransaction } from 'neo4j-driver';
import { readSources, type SourceItem } from './sources';
import { storedHashes, writeArticlesTx, type BatchOutcome, type ExtractedArticle } from './write';

export interface IngestProgress {
  /** Articles and skipped files handled so far. */
  done: number;
  /** The article or file just handled. */
  current: string;
  outcome: 'ingested' | 'unchanged' | 'skipped';
}

export interface PipelineOptions {
  db: Database;
  /** Articles written per transaction. */
  batchSize: number;
  /** Files larger than this are skipped. */
  maxFileBytes: number;
  /** The clock used for `ingestedAt` (tests pass a fixed one). */
  now?: () => Date;
  onProgress?: (progress: IngestProgress) => void;
  /** Extraction (tests pass a fixed one, e.g. with confidences); defaults to `extractClean`. */
  extract?: (article: CleanArticle) => ArticleExtraction;
  /**
   * Test hook: runs last inside every write transaction, before it commits. Throwing a transient
   * Neo4jError there makes the driver retry the whole transaction.
   */
  beforeCommit?: (tx: ManagedTransaction) => Promise<void> | void;
  /**
   * Handle only this share of the input (`ingest --workers`): articles whose id, and skipped files
   * whose origin, hash to `index` of `count`. Other shares are left to other workers.
   */
  shard?: { index: number; count: number };
}

/** Which of `count` shares a string (article id, file origin) belongs to. */
export function shardOf(key: string, count: number): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % count;
}

/** Reads, cleans, extracts and writes every article under `paths`; per-article problems land in the report. */
export async function ingestPaths(paths: string[], opts: PipelineOptions): Promise<IngestReport> {
  return ingestItems(readSources(paths, { maxFileBytes: opts.maxFileBytes }), opts);
}

/** Ingests articles already read (the API's mutation). */
export async function ingestRawArticles(
  articles: RawArticle[],
  opts: PipelineOptions,
): Promise<IngestReport> {
  async function* items(): AsyncIterable<SourceItem> {
    for (const article of articles) yield { kind: 'article', article };
  }
  return ingestItems(items(), opts);
}

/** Pure extraction of a cleaned article, in the ANNOTATION.md shape. */
export function extractClean(article: CleanArticle): ArticleExtraction {
  return extractArticle({
    id: article.id,
    title: article.title,
    text: article.cleanText,
    publishedAt: article.publishedAt,
  });
}

async function ingestItems(items: AsyncIterable<SourceItem>, opts: PipelineOptions): Promise<IngestReport> {
  const started = Date.now();
  const report = emptyReport();
  const now = opts.now ?? (() => new Date());
  const seen = new Set<string>();
  let pending: CleanArticle[] = [];
  let done = 0;
  const progress = (current: string, outcome: IngestProgress['outcome']) =>
    opts.onProgress?.({ done: ++done, current, outcome });

  const flush = async () => {
    const batch = pending;
    pending = [];
    if (batch.length > 0) await writeArticles(batch, report, { ...opts, now }, progress);
  };

  const mine = (key: string) => !opts.shard || shardOf(key, opts.shard.count) === opts.shard.index;
  for await (const item of items) {
    if (!mine(item.kind === 'skipped' ? item.origin : item.article.id)) continue;
    if (item.kind === 'skipped') {
      report.skipped.push({ origin: item.origin, reason: item.reason });
      progress(item.origin, 'skipped');
      continue;
    }
    report.articlesRead++;
    if (seen.has(item.article.id)) {
      report.skipped.push({
        origin: item.article.origin,
        reason: `duplicate article id ${item.article.id} in this run`,
      });
      progress(item.article.origin, 'skipped');
      continue;
    }
    seen.add(item.article.id);
    const clean = cleanArticle(item.article);
    if (clean.cleanText.trim().length === 0) {
      report.skipped.push({ origin: item.article.origin, reason: 'no article text left after cleaning' });
      progress(item.article.origin, 'skipped');
      continue;
    }
    pending.push(clean);
    if (pending.length >= opts.batchSize) await flush();
  }
  await flush();
  report.durationMs = Date.now() - started;
  return report;
}

type Progress = (current: string, outcome: IngestProgress['outcome']) => void;

/**
 * Writes one batch: articles whose stored hash already matches are counted and left alone (checked
 * before extraction to save the work, and again under lock inside the transaction); the others,
 * new or changed, are resolved and written together in one transaction. When that transaction
 * fails for a reason the driver does not retry, each article is tried alone, so one bad article
 * costs only itself.
 */
async function writeArticles(
  batch: CleanArticle[],
  report: IngestReport,
  opts: PipelineOptions & { now: () => Date },
  progress: Progress,
): Promise<void> {
  const hashes = await storedHashes(
    opts.db,
    batch.map((a) => a.id),
  );
  const extract = opts.extract ?? extractClean;
  const items: ExtractedArticle[] = [];
  for (const article of batch) {
    if (hashes.get(article.id) === article.contentHash) {
      report.articlesUnchanged++;
      progress(article.origin, 'unchanged');
    } else items.push({ article, extraction: extract(article) });
  }
  if (items.length === 0) return;
  try {
    await commit(items, report, opts, progress);
  } catch (err) {
    if (items.length === 1) return skip(items[0]!.article, err, report, progress);
    for (const item of items) {
      try {
        await commit([item], report, opts, progress);
      } catch (one) {
        skip(item.article, one, report, progress);
      }
    }
  }
}

/** One managed write transaction; the report is only touched once it has committed. */
async function commit(
  items: ExtractedArticle[],
  report: IngestReport,
  opts: PipelineOptions & { now: () => Date },
  progress: Progress,
): Promise<void> {
  const { db } = opts;
  const now = opts.now();
  const writeStarted = performance.now();
  const outcome = await db.writeTx(
    (tx) => writeArticlesTx(db, tx, items, { now, beforeCommit: opts.beforeCommit }),
    { articles: items.length },
  );
  report.writeMs += performance.now() - writeStarted;
  record(report, outcome);
  for (const article of outcome.unchanged) progress(article.origin, 'unchanged');
  for (const w of outcome.written) progress(w.article.origin, 'ingested');
}

function skip(article: CleanArticle, err: unknown, report: IngestReport, progress: Progress): void {
  const code = neo4jErrorCode(err);
  const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
  report.skipped.push({
    origin: article.origin,
    reason: `not written (${code ?? 'error'}: ${why}); what was stored before is unchanged`,
  });
  progress(article.origin, 'skipped');
}

function record(report: IngestReport, outcome: BatchOutcome): void {
  report.articlesUnchanged += outcome.unchanged.length;
  for (const { article, resolved } of outcome.written) {
    report.articlesIngested++;
    report.articleIds.push(article.id);
    for (const e of resolved.entities) {
      if (e.created) report.entitiesCreated++;
      else report.entitiesMerged++;
    }
    for (const ev of resolved.events) {
      if (ev.created) report.eventsCreated++;
      else report.eventsMerged++;
    }
  }
  report.relationshipsCreated += outcome.counts.relationshipsCreated;
  report.relationshipsMerged += outcome.counts.relationshipsMerged;
}
