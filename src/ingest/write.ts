import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/client';
import { cypher } from '../db/cypher';
import { nameKey } from '../domain/names';
import { isEntityType, isRelationType, type CleanArticle, type EntityType } from '../domain/types';
import {
  entityKeys,
  GraphIndex,
  type EntityIndexRow,
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
      relationKeys: resolved.relations.map((r) => [r.from, r.type, r.to, r.roleKey].join('|')),
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
  await run('ingest/merge-entity-mentions', rows.mentions);
  const newRelations = await run('ingest/merge-relations', rows.relations, { maxEvidence: MAX_EVIDENCE });
  await run('ingest/merge-events', rows.events);
  return { relationshipsCreated: created, relationshipsMerged: rows.relations.length - newRelations };
}

/**
 * Withdraws what the given articles contributed (mentions, relation entries, event reports),
 * recomputes the names of the entities they touched and deletes what nothing supports any more.
 * Runs inside the transaction that then writes the articles' new versions.
 */
export async function withdrawArticles(
  db: Database,
  tx: ManagedTransaction,
  articleIds: string[],
): Promise<void> {
  await db.run(tx, 'ingest/unlink-article-relations', { articleIds });
  await db.run(tx, 'ingest/unlink-article-events', { articleIds });
  const touched = await db.run<{ id: string; type: EntityType; name: string; aliases: string[] }>(
    tx,
    'ingest/unlink-article-mentions',
    { articleIds },
  );
  const rows = touched.map((e) => {
    const forms = [...new Set([e.name, ...e.aliases])];
    return {
      id: e.id,
      name: e.name,
      nameKey: nameKey(e.name),
      aliases: forms.filter((f) => f !== e.name),
      aliasKeys: [...entityKeys(e.type, forms)].sort(),
    };
  });
  if (rows.length > 0) await db.run(tx, 'ingest/set-entity-names', { rows });
}

/** Builds the resolution index from what the graph holds, inside a transaction or on its own. */
export async function loadIndex(db: Database, tx?: ManagedTransaction): Promise<GraphIndex> {
  const load = async (work: (t: ManagedTransaction) => Promise<GraphIndex>) =>
    tx ? work(tx) : db.readTx(work);
  return load(async (t) => {
    const entities = await db.run<EntityIndexRow>(t, 'ingest/load-entity-index');
    const events = await db.run<EventIndexRow>(t, 'ingest/load-event-index');
    return new GraphIndex(entities, events);
  });
}

/** The stored content hash of each of `ids` that is already in the graph. */
export async function storedHashes(db: Database, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.read<{ id: string; contentHash: string }>('ingest/find-article-hashes', { ids });
  return new Map(rows.map((r) => [r.id, r.contentHash]));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
