import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/client';
import { cypher } from '../db/cypher';
import { nameKey } from '../domain/names';
import {
  isEntityType,
  isRelationType,
  type ArticleExtraction,
  type CleanArticle,
  type EntityType,
} from '../domain/types';
import {
  entityKeys,
  GraphIndex,
  lockStripes,
  lookupKeys,
  participantIdsOf,
  relationKey,
  type EntityIndexRow,
  type EntityPass,
  type EventIndexRow,
  type ResolvedArticle,
} from './resolve';

/** How many (article, sentence) pairs a relationship keeps as evidence; `articleCount` counts all. */
export const MAX_EVIDENCE = 20;

/** One article ready to be written: its cleaned form and what resolution made of it. */
export interface ArticleWrite {
  article: CleanArticle;
  resolved: ResolvedArticle;
}

export interface WriteCounts {
  relationshipsCreated: number;
  relationshipsMerged: number;
}

/** The rows each statement of a batch receives; also what the benchmark's bare floor writes. */
export interface BatchRows {
  articles: Record<string, unknown>[];
  mentions: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

/** Turns resolved articles into the `$rows` of each write statement. */
export function batchRows(writes: ArticleWrite[]): BatchRows {
  const rows: BatchRows = { articles: [], mentions: [], relations: [], events: [] };
  for (const { article, resolved } of writes) {
    rows.articles.push({
      id: article.id,
      title: article.title,
      name: article.title ?? article.id,
      url: article.url,
      source: article.source,
      origin: article.origin,
      publishedAt: article.publishedAt,
      contentHash: article.contentHash,
      wordCount: countWords(article.cleanText),
      // What this article stated, so a new version can withdraw exactly that.
      relationKeys: resolved.relations.map(relationKey),
    });
    for (const e of resolved.entities) {
      // Labels reach Cypher only from the allow-list.
      if (!isEntityType(e.type)) throw new Error(`entity type ${e.type} is not allowed`);
      rows.mentions.push({ ...e, articleId: article.id });
    }
    for (const r of resolved.relations) {
      if (!isRelationType(r.type)) throw new Error(`relation type ${r.type} is not allowed`);
      rows.relations.push({ ...r, articleId: article.id });
    }
    for (const ev of resolved.events) rows.events.push({ ...ev, articleId: article.id });
  }
  return rows;
}

/**
 * Writes a batch of new articles inside the caller's transaction: either every statement of the
 * batch commits or none does, so no article is ever half-written.
 */
export async function writeBatch(
  db: Database,
  tx: ManagedTransaction,
  rows: BatchRows,
  now: Date,
): Promise<WriteCounts> {
  let created = 0;
  const run = async (name: string, batch: Record<string, unknown>[], extra: Record<string, unknown> = {}) => {
    if (batch.length === 0) return 0;
    const result = await db.runText(tx, cypher(name), { rows: batch, ...extra });
    const n = result.summary.counters.updates().relationshipsCreated;
    created += n;
    return n;
  };
  await run('ingest/merge-articles', rows.articles, { now: now.toISOString() });
  await run('ingest/merge-entity-mentions', mentionRows(rows.mentions));
  const newRelations = await run('ingest/merge-relations', relationRows(rows.relations, MAX_EVIDENCE), {
    maxEvidence: MAX_EVIDENCE,
  });
  await run('ingest/merge-events', rows.events);
  return { relationshipsCreated: created, relationshipsMerged: rows.relations.length - newRelations };
}

/**
 * Folds the batch's mention rows (one per entity and article) into one row per entity, so
 * `merge-entity-mentions` updates each entity's names and counts once per batch (a country that
 * fifty articles name is written once, not fifty times). Resolution only ever adds names to an
 * entity, so its last row holds every form the earlier ones did: applying that row alone leaves
 * the entity as applying all of them in order would.
 */
export function mentionRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const byId = new Map<
    string,
    { row: Record<string, unknown>; count: number; confidence: number; mentions: unknown[] }
  >();
  for (const row of rows) {
    const mention = {
      articleId: row.articleId,
      count: row.count,
      aliases: row.articleAliases,
      confidence: row.confidence,
    };
    const group = byId.get(row.id as string);
    if (!group)
      byId.set(row.id as string, {
        row,
        count: row.count as number,
        confidence: row.confidence as number,
        mentions: [mention],
      });
    else {
      group.row = row;
      group.count += row.count as number;
      group.confidence = Math.max(group.confidence, row.confidence as number);
      group.mentions.push(mention);
    }
  }
  return [...byId.values()].map(({ row, count, confidence, mentions }) => ({
    id: row.id,
    type: row.type,
    name: row.name,
    nameKey: row.nameKey,
    aliases: row.aliases,
    aliasKeys: row.aliasKeys,
    count,
    confidence,
    mentions,
  }));
}

/** One article's statement of a relationship, as `merge-relations` ranks it. */
interface RelationEntry {
  articleId: string;
  evidence: string;
  confidence: number;
}

/**
 * Folds the batch's relation rows (one per article stating a relationship) into one row per
 * relationship, so `merge-relations` merges each relationship and re-ranks its evidence once per
 * batch instead of once per article. `entries` keeps the `max` best ranked (confidence, highest
 * first, then article id: the statement's own order, so it keeps what it would have kept) and
 * `count` all of them.
 */
export function relationRows(rows: Record<string, unknown>[], max: number): Record<string, unknown>[] {
  const byKey = new Map<string, { row: Record<string, unknown>; entries: RelationEntry[] }>();
  for (const row of rows) {
    const key = relationKey(row);
    const entry = {
      articleId: row.articleId as string,
      evidence: row.evidence as string,
      confidence: row.confidence as number,
    };
    const group = byKey.get(key);
    if (group) group.entries.push(entry);
    else byKey.set(key, { row, entries: [entry] });
  }
  return [...byKey.values()].map(({ row, entries }) => ({
    type: row.type,
    from: row.from,
    to: row.to,
    role: row.role,
    roleKey: row.roleKey,
    count: entries.length,
    entries: entries.sort(byRank).slice(0, max),
  }));
}

/** Cypher's `ORDER BY confidence DESC, articleId` (strings compared by UTF-16 code unit, as in Java). */
function byRank(a: RelationEntry, b: RelationEntry): number {
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
}

/**
 * Withdraws what the given articles contributed (mentions, relation entries, event reports),
 * recomputes the names of the entities they touched and deletes what nothing supports any more.
 * Runs inside the transaction that then writes the articles' new versions, and returns the ids of
 * the entities it touched: that transaction must take them as resolution candidates itself,
 * because the full-text lookup of alias keys does not reliably see keys rewritten earlier in the
 * same transaction (a replaced article then made a second "Mexico" now and then).
 */
export async function withdrawArticles(
  db: Database,
  tx: ManagedTransaction,
  articleIds: string[],
): Promise<string[]> {
  await db.run(tx, 'ingest/unlink-article-relations', { articleIds });
  await db.run(tx, 'ingest/unlink-article-events', { articleIds });
  const touched = await db.run<{
    id: string;
    type: EntityType;
    name: string;
    aliases: string[];
    confidence: number | null;
  }>(tx, 'ingest/unlink-article-mentions', { articleIds });
  const rows = touched.map((e) => {
    const forms = [...new Set([e.name, ...e.aliases])];
    return {
      id: e.id,
      name: e.name,
      nameKey: nameKey(e.name),
      aliases: forms.filter((f) => f !== e.name).sort(),
      aliasKeys: [...entityKeys(e.type, forms)].sort(),
      confidence: e.confidence ?? 1,
    };
  });
  if (rows.length > 0) await db.run(tx, 'ingest/set-entity-names', { rows });
  return touched.map((e) => e.id);
}

/**
 * Resolves a batch against the graph, inside the write transaction that then writes it: locks the
 * stripes of the batch's identity keys, finds and locks the candidate entities, reads the events
 * they take part in, and resolves each article in turn against an index of just those rows. Reads
 * only the batch's names (memory is bounded by the batch, not the graph) and mutates nothing
 * outside the transaction, so a retried transaction resolves again from what the graph holds then.
 * `alsoCandidates`: entities this transaction already changed (see `withdrawArticles`).
 */
export async function resolveInTransaction(
  db: Database,
  tx: ManagedTransaction,
  extractions: ArticleExtraction[],
  alsoCandidates: string[] = [],
): Promise<ResolvedArticle[]> {
  const lookup = lookupKeys(extractions);
  await db.run(tx, 'ingest/lock-resolution-stripes', { stripes: lockStripes(lookup) });
  const [found] = await db.run<{ candidates: string[]; taken: string[] }>(
    tx,
    'ingest/find-entity-candidates',
    { ...lookup },
  );
  const candidateIds = [...new Set([...(found?.candidates ?? []), ...alsoCandidates])].sort();
  const entities = await db.run<EntityIndexRow>(tx, 'ingest/lock-entity-candidates', { ids: candidateIds });
  const index = new GraphIndex(entities, [], found?.taken ?? []);
  // Entities first for the whole batch (they never depend on events), then the stored events
  // those entities take part in, then each article's relations and events, in the same order.
  const passes = extractions.map((x) => index.resolveEntities(x));
  const queries = eventQueries(extractions, passes);
  if (queries.length > 0) {
    index.addEvents(
      await db.run<EventIndexRow>(tx, 'ingest/find-event-candidates', {
        queries,
        articleIds: extractions.map((x) => x.article),
      }),
    );
  }
  return extractions.map((x, k) => index.resolveFacts(x, passes[k]!));
}

/**
 * Locks the given articles (creating bare nodes for new ones) and returns the content hash each
 * holds now. Called first in a write transaction, so "unchanged" is decided under the lock.
 */
export async function lockArticles(
  db: Database,
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, string | null>> {
  const rows = await db.run<{ id: string; contentHash: string | null }>(tx, 'ingest/lock-articles', {
    ids: [...ids].sort(),
  });
  return new Map(rows.map((r) => [r.id, r.contentHash]));
}

/** One article of a batch with its extraction (done before the transaction: it is pure). */
export interface ExtractedArticle {
  article: CleanArticle;
  extraction: ArticleExtraction;
}

/** What one committed batch did; the caller turns it into report counts after the commit. */
export interface BatchOutcome {
  written: ArticleWrite[];
  /** Ids of written articles that replaced an older version. */
  replaced: string[];
  /** Articles whose stored version turned out to be this one (another writer got there first). */
  unchanged: CleanArticle[];
  counts: WriteCounts;
}

/**
 * The whole of one batch, as the body of a managed write transaction: lock the articles and
 * re-check their stored hashes, withdraw the old versions of changed ones, resolve against the
 * graph, write. Everything it returns is computed from the graph inside this transaction, so when
 * the driver retries it (deadlock, leader switch) the retry starts again from the graph.
 * `beforeCommit` runs last inside the transaction (tests inject a transient error there).
 */
export async function writeArticlesTx(
  db: Database,
  tx: ManagedTransaction,
  items: ExtractedArticle[],
  opts: { now: Date; beforeCommit?: (tx: ManagedTransaction) => Promise<void> | void },
): Promise<BatchOutcome> {
  const stored = await lockArticles(
    db,
    tx,
    items.map((i) => i.article.id),
  );
  const unchanged: CleanArticle[] = [];
  const toWrite: ExtractedArticle[] = [];
  const replaced: string[] = [];
  for (const item of items) {
    const hash = stored.get(item.article.id) ?? null;
    if (hash === item.article.contentHash) unchanged.push(item.article);
    else {
      toWrite.push(item);
      if (hash !== null) replaced.push(item.article.id);
    }
  }
  const touched = replaced.length > 0 ? await withdrawArticles(db, tx, replaced) : [];
  const resolved = await resolveInTransaction(
    db,
    tx,
    toWrite.map((i) => i.extraction),
    touched,
  );
  const written = toWrite.map((item, k) => ({ article: item.article, resolved: resolved[k]! }));
  const counts =
    written.length > 0
      ? await writeBatch(db, tx, batchRows(written), opts.now)
      : { relationshipsCreated: 0, relationshipsMerged: 0 };
  await opts.beforeCommit?.(tx);
  return { written, replaced, unchanged, counts };
}

/** The stored content hash of each of `ids` that is already in the graph. */
export async function storedHashes(db: Database, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.read<{ id: string; contentHash: string }>('ingest/find-article-hashes', { ids });
  return new Map(rows.map((r) => [r.id, r.contentHash]));
}

/**
 * One stored-event lookup per event of the batch: its type, its date and the ids its participants
 * resolved to (`passes`: each article's entities); an event that earlier articles of the batch
 * extend is one a lookup already returned.
 */
function eventQueries(extractions: ArticleExtraction[], passes: EntityPass[]) {
  const queries = extractions.flatMap((x, k) => {
    return x.events.map((ev) => ({
      type: ev.type,
      date: ev.date,
      participantIds: participantIdsOf(passes[k]!, ev.participants).sort(),
    }));
  });
  return uniqueBy(
    queries.filter((q) => q.participantIds.length > 0),
    (q) => `${q.type}|${q.date ?? ''}|${q.participantIds.join(' ')}`,
  );
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  return [...new Map(xs.map((x) => [key(x), x])).values()];
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
