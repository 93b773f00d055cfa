import type { Database } from '../../db/client';
import { nameKey } from '../../domain/names';
import { nameLucene, searchQuery } from './lucene';
import {
  asArticle,
  asEntity,
  type ArticleRow,
  type EntityRow,
  type EventRow,
  type PathRow,
  type RelationshipRow,
  type StepRow,
} from './rows';
import { RELATION_TYPES } from '../../domain/types';
import type { SortKey } from '../ids';

type Row = Record<string, unknown>;
const entityOf = (r: Row) => asEntity(r.entity as Omit<EntityRow, 'kind'>);

/** An event row from a statement returning event, participantIds, locationId, reports. */
export function eventOf(r: Row): EventRow {
  return {
    kind: 'Event',
    ...(r.event as Omit<EventRow, 'kind' | 'participantIds' | 'locationId' | 'reports'>),
    participantIds: (r.participantIds as string[]) ?? [],
    locationId: (r.locationId as string | null) ?? null,
    reports: (r.reports as EventRow['reports']) ?? [],
  };
}

/** A keyset page: after the item with this sort key (null: from the start), `limit` rows. */
export interface KeysetPage {
  after: SortKey | null;
  /** Page size plus one. */
  limit: number;
}

export interface SearchQuery {
  text: string;
  types: string[] | null;
  minConfidence: number;
}

/** Full-text hits ranked per search (and counted by totalCount): the ones past it are not seen. */
export const SEARCH_CAP = 1000;

export interface Page {
  skip: number;
  /** Page size plus one. */
  limit: number;
}

export interface EntityQuery {
  types: string[] | null;
  prefix: string | null;
  articleId: string | null;
  from: string | null;
  to: string | null;
  orderBy: 'NAME' | 'MENTIONS';
  minConfidence: number;
}

export interface EventQuery {
  types: string[] | null;
  participantId: string | null;
  locationId: string | null;
  from: string | null;
  to: string | null;
  minConfidence: number;
}

export interface ArticleQuery {
  source: string | null;
  entityId: string | null;
  from: string | null;
  to: string | null;
}

/** Read queries of the API that are not per-parent batches (those live in loaders.ts). */
export class GraphRepository {
  constructor(private readonly db: Database) {}

  /** The entity a name denotes (any alias, case/accent/punctuation-insensitive), or null. */
  async findEntityByName(name: string): Promise<EntityRow | null> {
    const key = nameKey(name);
    if (!key) return null;
    // Most lookups name an entity exactly; the full-text fallback for aliases is the rare case.
    let rows = await this.db.read('api/find-entity-by-name', { key, lucene: null });
    if (!rows[0]) rows = await this.db.read('api/find-entity-by-name', { key, lucene: nameLucene(name) });
    return rows[0] ? entityOf(rows[0]) : null;
  }

  /** One keyset page of full-text hits (see search-entities.cypher for the order). */
  async search(
    q: SearchQuery,
    page: KeysetPage,
  ): Promise<Array<{ entity: EntityRow; score: number; sortKey: SortKey }>> {
    const lucene = searchQuery(q.text);
    if (!lucene) return [];
    const rows = await this.db.read('api/search-entities', {
      lucene,
      key: nameKey(q.text),
      types: q.types,
      minConfidence: q.minConfidence,
      cap: SEARCH_CAP,
      after: page.after,
      limit: page.limit,
    });
    return rows.map((r) => ({
      entity: entityOf(r),
      score: r.score as number,
      sortKey: r.sortKey as SortKey,
    }));
  }

  async countSearch(q: SearchQuery): Promise<number> {
    const lucene = searchQuery(q.text);
    if (!lucene) return 0;
    const rows = await this.db.read('api/count-search-entities', {
      lucene,
      types: q.types,
      minConfidence: q.minConfidence,
      cap: SEARCH_CAP,
    });
    return (rows[0]?.total as number) ?? 0;
  }

  async listEntities(q: EntityQuery, page: Page): Promise<EntityRow[]> {
    return (await this.db.read('api/list-entities', { ...q, ...page })).map(entityOf);
  }

  async countEntities(q: EntityQuery): Promise<number> {
    const { orderBy: _, ...filter } = q;
    return ((await this.db.read('api/count-entities', filter))[0]?.total as number) ?? 0;
  }

  /**
   * One keyset page of the timeline: dated events in (date, id) order through the date index,
   * then — without a date range — undated events in id order. Each row carries its sort key:
   * ['d', date, id] or ['u', id].
   */
  async listEvents(q: EventQuery, page: KeysetPage): Promise<Array<EventRow & { sortKey: SortKey }>> {
    const after = page.after;
    const found: Array<EventRow & { sortKey: SortKey }> = [];
    const filter = {
      types: q.types,
      participantId: q.participantId,
      locationId: q.locationId,
      minConfidence: q.minConfidence,
    };
    if (after?.[0] !== 'u') {
      const afterDate = after ? String(after[1]) : null;
      const afterId = after ? String(after[2]) : null;
      const fromYear = q.from ? q.from.slice(0, 4) : '';
      const lower = afterDate !== null && afterDate > fromYear ? afterDate : fromYear;
      const rows = await this.db.read('api/list-events', {
        ...filter,
        from: q.from,
        to: q.to,
        lower,
        afterDate,
        afterId,
        limit: page.limit,
      });
      for (const r of rows) {
        const event = eventOf(r);
        found.push({ ...event, sortKey: ['d', event.date ?? '', event.id] });
      }
    }
    // Undated events cannot match a date range; they come after every dated one.
    if (found.length < page.limit && q.from === null && q.to === null) {
      const rows = await this.db.read('api/list-undated-events', {
        ...filter,
        afterId: after?.[0] === 'u' ? String(after[1]) : '',
        limit: page.limit - found.length,
      });
      for (const r of rows) {
        const event = eventOf(r);
        found.push({ ...event, sortKey: ['u', event.id] });
      }
    }
    return found;
  }

  async countEvents(q: EventQuery): Promise<number> {
    return ((await this.db.read('api/count-events', { ...q }))[0]?.total as number) ?? 0;
  }

  async listArticles(q: ArticleQuery, page: Page): Promise<ArticleRow[]> {
    const rows = await this.db.read('api/list-articles', { ...q, ...page });
    return rows.map((r) => asArticle(r.article as Omit<ArticleRow, 'kind'>));
  }

  async countArticles(q: ArticleQuery): Promise<number> {
    return ((await this.db.read('api/count-articles', { ...q }))[0]?.total as number) ?? 0;
  }

  /**
   * Breadth-first expansion from `seeds`, one statement per level (≤ depth round trips): each
   * entity found with the step that reached it, the nearest first.
   */
  async expand(opts: {
    seeds: string[];
    depth: number;
    relTypes: readonly string[];
    viaEvents: boolean;
    /** Relationships, events and entities below this confidence are not followed. */
    minConfidence: number;
    /** Most entities kept per level. */
    cap: number;
  }): Promise<Array<{ entity: EntityRow; distance: number; step: StepRow }>> {
    const visited = new Set(opts.seeds);
    const found: Array<{ entity: EntityRow; distance: number; step: StepRow }> = [];
    let frontier = [...opts.seeds];
    for (let distance = 1; distance <= opts.depth && frontier.length > 0; distance++) {
      const rows = await this.db.read('api/expand-neighbors', {
        frontier,
        visited: [...visited],
        relTypes: [...opts.relTypes],
        viaEvents: opts.viaEvents,
        minConfidence: opts.minConfidence,
        cap: opts.cap,
      });
      frontier = [];
      for (const row of rows) {
        const entity = entityOf(row);
        const link = row.link as { fromId: string; via: Row };
        visited.add(entity.id);
        frontier.push(entity.id);
        found.push({ entity, distance, step: stepOf(link.fromId, entity.id, link.via) });
      }
    }
    return found;
  }

  /** Shortest path(s) of at most maxRels relationships; `first` null = the single shortest. */
  async shortestPaths(
    from: string,
    to: string,
    maxRels: number,
    first: number | null,
  ): Promise<Array<PathRow & { key: string }>> {
    const rows =
      first === null
        ? await this.db.read('api/find-shortest-path', { from, to, maxRels })
        : await this.db.read('api/find-shortest-paths', { from, to, maxRels, first });
    return rows.map((r) => {
      const nodes = r.nodes as Array<{ id: string; event: boolean }>;
      const rels = r.rels as RelationshipRow[];
      // Names the path: its nodes and relationship types in order (parallel relations differ).
      const key = nodes.map((n, i) => (rels[i] ? `${n.id}|${rels[i].type}` : n.id)).join('|');
      return { ...pathOf(nodes, rels), key };
    });
  }

  async between(a: string, b: string): Promise<{ relationships: RelationshipRow[]; eventIds: string[] }> {
    const rows = await this.db.read('api/list-relationships-between', {
      a,
      b,
      relTypes: [...RELATION_TYPES],
    });
    const row = rows[0];
    return {
      relationships: (row?.relationships as RelationshipRow[] | undefined) ?? [],
      eventIds: (row?.eventIds as string[] | undefined) ?? [],
    };
  }

  /** One keyset page of the entities sharing articles with `id`, most shared articles first. */
  async coMentioned(
    q: { id: string; minConfidence: number },
    page: KeysetPage,
  ): Promise<Array<{ entity: EntityRow; articles: number; sortKey: SortKey }>> {
    const rows = await this.db.read('api/list-co-mentioned', { ...q, after: page.after, limit: page.limit });
    return rows.map((r) => ({
      entity: entityOf(r),
      articles: r.articles as number,
      sortKey: r.sortKey as SortKey,
    }));
  }

  async countCoMentioned(q: { id: string; minConfidence: number }): Promise<number> {
    return ((await this.db.read('api/count-co-mentioned', q))[0]?.total as number) ?? 0;
  }

  async subgraphEdges(ids: string[]): Promise<
    Array<{
      type: string;
      source: string;
      target: string;
      role: string | null;
      eventId: string | null;
      weight: number;
    }>
  > {
    const rows = await this.db.read('api/list-subgraph-edges', { ids, relTypes: [...RELATION_TYPES] });
    return rows as never;
  }

  async stats(): Promise<{
    labels: Array<{ name: string; count: number }>;
    relationshipTypes: Array<{ name: string; count: number }>;
    lastIngestedAt: string | null;
  }> {
    const rows = await this.db.read('api/count-graph');
    return rows[0] as never;
  }
}

function stepOf(fromId: string, toId: string, via: Row): StepRow {
  if (via.kind === 'event') return { fromId, toId, relationship: null, eventId: via.eventId as string };
  const { kind: _, ...relationship } = via;
  return { fromId, toId, relationship: relationship as unknown as RelationshipRow, eventId: null };
}

/** Folds Entity–Event–Entity pairs of relationships into one event step. */
export function pathOf(nodes: Array<{ id: string; event: boolean }>, rels: RelationshipRow[]): PathRow {
  const entityIds: string[] = [];
  const steps: StepRow[] = [];
  let i = 0;
  while (i < nodes.length) {
    const node = nodes[i]!;
    entityIds.push(node.id);
    const next = nodes[i + 1];
    if (!next) break;
    if (next.event) {
      const after = nodes[i + 2];
      if (!after) break;
      steps.push({ fromId: node.id, toId: after.id, relationship: null, eventId: next.id });
      i += 2;
    } else {
      steps.push({ fromId: node.id, toId: next.id, relationship: rels[i] ?? null, eventId: null });
      i += 1;
    }
  }
  return { entityIds, steps };
}
