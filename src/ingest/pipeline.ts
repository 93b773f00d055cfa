import type { Database } from '../db/client';
import { neo4jErrorCode } from '../db/client';
import type { ArticleExtraction, CleanArticle, RawArticle } from '../domain/types';
import { cleanArticle } from './clean';
import { extractArticle } from './extract';
import { emptyReport, type IngestReport } from './report';
import type { GraphIndex } from './resolve';
import { readSources, type SourceItem } from './sources';
import { batchRows, loadIndex, storedHashes, withdrawArticles, writeBatch, type ArticleWrite } from './write';

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
  let index = await loadIndex(opts.db);
  let pending: CleanArticle[] = [];
  let done = 0;
  const progress = (current: string, outcome: IngestProgress['outcome']) =>
    opts.onProgress?.({ done: ++done, current, outcome });

  const flush = async () => {
    const batch = pending;
    pending = [];
    if (batch.length > 0) index = await writeArticles(batch, index, report, { ...opts, now }, progress);
  };

  for await (const item of items) {
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

/**
 * Writes one batch: unchanged articles are counted and left alone, new ones are written together
 * in one transaction, changed ones each replace their old version in a transaction of their own.
 * Returns the index to use next (reloaded from the graph whenever a transaction did not commit).
 */
async function writeArticles(
  batch: CleanArticle[],
  index: GraphIndex,
  report: IngestReport,
  opts: PipelineOptions & { now: () => Date },
  progress: (current: string, outcome: IngestProgress['outcome']) => void,
): Promise<GraphIndex> {
  const { db } = opts;
  const hashes = await storedHashes(
    db,
    batch.map((a) => a.id),
  );
  const fresh: CleanArticle[] = [];
  const changed: CleanArticle[] = [];
  for (const article of batch) {
    const stored = hashes.get(article.id);
    if (stored === article.contentHash) {
      report.articlesUnchanged++;
      progress(article.origin, 'unchanged');
    } else (stored === undefined ? fresh : changed).push(article);
  }

  if (fresh.length > 0) {
    const writes = fresh.map((article) => ({
      article,
      resolved: index.resolveArticle(extractClean(article)),
    }));
    try {
      const rows = batchRows(writes);
      const writeStarted = performance.now();
      const counts = await db.writeTx((tx) => writeBatch(db, tx, rows, opts.now()), {
        articles: fresh.length,
      });
      report.writeMs += performance.now() - writeStarted;
      record(report, writes, counts);
      for (const w of writes) progress(w.article.origin, 'ingested');
    } catch {
      // The index already holds this batch's entities: rebuild it, then isolate the bad article.
      index = await loadIndex(db);
      for (const article of fresh) index = await writeOne(article, index, report, opts, progress, false);
    }
  }
  for (const article of changed) index = await writeOne(article, index, report, opts, progress, true);
  return index;
}

async function writeOne(
  article: CleanArticle,
  index: GraphIndex,
  report: IngestReport,
  opts: PipelineOptions & { now: () => Date },
  progress: (current: string, outcome: IngestProgress['outcome']) => void,
  replace: boolean,
): Promise<GraphIndex> {
  const { db } = opts;
  const extraction = extractClean(article);
  let writes: ArticleWrite[] = [];
  try {
    const writeStarted = performance.now();
    const counts = await db.writeTx(async (tx) => {
      let current = index;
      if (replace) {
        await withdrawArticles(db, tx, [article.id]);
        current = await loadIndex(db, tx);
      }
      writes = [{ article, resolved: current.resolveArticle(extraction) }];
      return writeBatch(db, tx, batchRows(writes), opts.now());
    });
    report.writeMs += performance.now() - writeStarted;
    record(report, writes, counts);
    progress(article.origin, 'ingested');
    return replace ? loadIndex(db) : index;
  } catch (err) {
    const code = neo4jErrorCode(err);
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    report.skipped.push({
      origin: article.origin,
      reason: `not written (${code ?? 'error'}: ${why}); what was stored before is unchanged`,
    });
    progress(article.origin, 'skipped');
    return loadIndex(db);
  }
}

function record(
  report: IngestReport,
  writes: ArticleWrite[],
  counts: { relationshipsCreated: number; relationshipsMerged: number },
): void {
  for (const { article, resolved } of writes) {
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
  report.relationshipsCreated += counts.relationshipsCreated;
  report.relationshipsMerged += counts.relationshipsMerged;
}
