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

  async search(
    text: string,
    types: string[] | null,
    first: number,
    minConfidence = 0,
  ): Promise<Array<{ entity: EntityRow; score: number }>> {
    const lucene = searchQuery(text);
    if (!lucene) return [];
    const rows = await this.db.read('api/search-entities', {
      lucene,
      types,
      first,
      minConfidence,
      // Filters apply after the index: fetch more hits so that a filtered page is still full.
      limit: types || minConfidence > 0 ? first * 5 : first,
    });
    return rows.map((r) => ({ entity: entityOf(r), score: r.score as number }));
  }

  async listEntities(q: EntityQuery, page: Page): Promise<EntityRow[]> {
    return (await this.db.read('api/list-entities', { ...q, ...page })).map(entityOf);
  }

  async countEntities(q: EntityQuery): Promise<number> {
    const { orderBy: _, ...filter } = q;
    return ((await this.db.read('api/count-entities', filter))[0]?.total as number) ?? 0;
  }

  /** One page of the timeline, each event with its participants, location and reports. */
  async listEvents(q: EventQuery, page: Page): Promise<EventRow[]> {
    const rows = await this.db.read('api/list-events', { ...q, ...page });
    return rows.map(eventOf);
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
  async shortestPaths(from: string, to: string, maxRels: number, first: number | null): Promise<PathRow[]> {
    const rows =
      first === null
        ? await this.db.read('api/find-shortest-path', { from, to, maxRels })
        : await this.db.read('api/find-shortest-paths', { from, to, maxRels, first });
    return rows.map((r) =>
      pathOf(r.nodes as Array<{ id: string; event: boolean }>, r.rels as RelationshipRow[]),
    );
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

  async coMentioned(
    id: string,
    limit: number,
    minConfidence = 0,
  ): Promise<Array<{ entity: EntityRow; articles: number }>> {
    const rows = await this.db.read('api/list-co-mentioned', { id, limit, minConfidence });
    return rows.map((r) => ({ entity: entityOf(r), articles: r.articles as number }));
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
