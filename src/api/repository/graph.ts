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
import type { KeysetPage, SortKey } from '../connection';

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

/**
 * A string above every name and key the graph holds (the highest code point): the open end of an
 * index range, so the statements always state both bounds and the planner reads the index in
 * order between them.
 */
const TOP = '\u{10FFFF}';
const maxString = (a: string, b: string) => (a > b ? a : b);
const minString = (a: string, b: string) => (a < b ? a : b);

type Keyed<T> = T & { sortKey: SortKey };

export interface SearchQuery {
  text: string;
  types: string[] | null;
  minConfidence: number;
}

/** Full-text hits ranked per search (and counted by totalCount): the ones past it are not seen. */
export const SEARCH_CAP = 1000;

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
      after: page.cursor,
      limit: page.size + 1,
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

  /**
   * One keyset page of entities, read in the order of the index on the sort's first key (nameKey,
   * or mentionCount for MENTIONS) between bounds taken from the cursor and the name prefix.
   * Rows come in walking order (last first when backward), each with its sort key.
   */
  async listEntities(q: EntityQuery, page: KeysetPage): Promise<Array<Keyed<EntityRow>>> {
    const { orderBy, ...filter } = q;
    const c = page.cursor;
    const cursor = { [page.backward ? 'before' : 'after']: c, limit: page.size + 1 };
    let rows: Array<Record<string, unknown>>;
    if (orderBy === 'NAME') {
      const low = q.prefix ?? '';
      const high = q.prefix === null ? TOP : q.prefix + TOP;
      const lower = c && !page.backward ? maxString(String(c[0]), low) : low;
      const upper = c && page.backward ? minString(String(c[0]), high) : high;
      const name = page.backward ? 'api/list-entities-by-name-backward' : 'api/list-entities-by-name';
      rows = await this.db.read(name, { ...filter, ...cursor, lower, upper });
    } else {
      const count = c ? -Number(c[0]) : null;
      const minCount = count !== null && page.backward ? count : Number.MIN_SAFE_INTEGER;
      const maxCount = count !== null && !page.backward ? count : Number.MAX_SAFE_INTEGER;
      const name = page.backward ? 'api/list-entities-by-mentions-backward' : 'api/list-entities-by-mentions';
      rows = await this.db.read(name, { ...filter, ...cursor, minCount, maxCount });
    }
    return rows.map((r) => ({ ...entityOf(r), sortKey: r.sortKey as SortKey }));
  }

  async countEntities(q: EntityQuery): Promise<number> {
    const { orderBy: _, ...filter } = q;
    return ((await this.db.read('api/count-entities', filter))[0]?.total as number) ?? 0;
  }

  /**
   * One keyset page of the timeline: dated events in (date, id) order through the date index,
   * then — without a date range — undated events in id order.
   */
  async listEvents(q: EventQuery, page: KeysetPage): Promise<Array<Keyed<EventRow>>> {
    const filter = {
      types: q.types,
      participantId: q.participantId,
      locationId: q.locationId,
      minConfidence: q.minConfidence,
    };
    const rows = await twoPartPage(page, {
      valued: (bound, limit) =>
        page.backward
          ? this.db.read('api/list-events-backward', {
              ...filter,
              ranges: timelineRanges(q.from, q.to, { below: bound?.value ?? null }),
              beforeDate: bound?.value ?? null,
              beforeId: bound?.id ?? null,
              limit,
            })
          : this.db.read('api/list-events', {
              ...filter,
              ranges: timelineRanges(q.from, q.to, { above: bound?.value ?? null }),
              afterDate: bound?.value ?? null,
              afterId: bound?.id ?? null,
              limit,
            }),
      // Undated events cannot match a date range.
      unvalued:
        q.from === null && q.to === null
          ? (bound, limit) =>
              page.backward
                ? this.db.read('api/list-undated-events-backward', {
                    ...filter,
                    beforeId: bound ?? TOP,
                    limit,
                  })
                : this.db.read('api/list-undated-events', { ...filter, afterId: bound ?? '', limit })
          : null,
    });
    return rows.map(({ row, valued }) => {
      const event = eventOf(row);
      return { ...event, sortKey: valued ? ['d', event.date ?? '', event.id] : ['u', event.id] };
    });
  }

  async countEvents(q: EventQuery): Promise<number> {
    return ((await this.db.read('api/count-events', { ...q }))[0]?.total as number) ?? 0;
  }

  /** One keyset page of articles: dated ones newest first through the date index, then undated by id. */
  async listArticles(q: ArticleQuery, page: KeysetPage): Promise<Array<Keyed<ArticleRow>>> {
    const range = { lower: q.from ?? FAR_PAST, upper: FAR_FUTURE };
    const rows = await twoPartPage(page, {
      valued: (bound, limit) =>
        page.backward
          ? this.db.read('api/list-articles-backward', {
              ...q,
              ...range,
              lower: bound ? bound.value : range.lower,
              beforeAt: bound?.value ?? null,
              beforeId: bound?.id ?? null,
              limit,
            })
          : this.db.read('api/list-articles', {
              ...q,
              ...range,
              upper: bound ? bound.value : range.upper,
              afterAt: bound?.value ?? null,
              afterId: bound?.id ?? null,
              limit,
            }),
      unvalued:
        q.from === null && q.to === null
          ? (bound, limit) =>
              this.db.read(
                page.backward ? 'api/list-undated-articles-backward' : 'api/list-undated-articles',
                {
                  ...q,
                  afterId: page.backward || bound === null ? '' : bound,
                  beforeId: page.backward && bound !== null ? bound : TOP,
                  limit,
                },
              )
          : null,
    });
    return rows.map(({ row, valued }) => {
      const article = asArticle(row.article as Omit<ArticleRow, 'kind'>);
      return {
        ...article,
        sortKey: valued ? ['d', article.publishedAt ?? '', article.id] : ['u', article.id],
      };
    });
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
    const rows = await this.db.read('api/list-co-mentioned', {
      ...q,
      after: page.cursor,
      limit: page.size + 1,
    });
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

/**
 * The stretches of the event_date index a timeline page reads, as {lower, upper} string bounds:
 * from $from on (or from the start), to $to (or the end), and, with $from, the partial dates that
 * contain it (its year "2025" and month "2025-09"), which sort before it but overlap the range.
 * Reading those two keys apart from the main stretch is what keeps a page from reading every event
 * between 1 January and $from. A keyset bound narrows the main stretch (`above` for a forward page,
 * `below` for a backward one); the Cypher's cursor test does the rest.
 */
export function timelineRanges(
  from: string | null,
  to: string | null,
  bound: { above?: string | null; below?: string | null },
): Array<{ lower: string; upper: string }> {
  const end = minString(to ?? TOP, bound.below ?? TOP);
  const start = from ?? '';
  const containing = from ? [from.slice(0, 4), from.slice(0, 7)] : [];
  const ranges = [
    ...containing.map((key) => ({ lower: key, upper: minString(key, end) })),
    { lower: bound.above ? maxString(bound.above, start) : start, upper: end },
  ];
  return ranges.filter((r) => r.lower <= r.upper && (!bound.above || r.upper >= bound.above));
}

/** Bounds of the article date range when the filter and cursor leave it open. */
const FAR_PAST = '0001-01-01T00:00:00Z';
const FAR_FUTURE = '9999-12-31T23:59:59.999999999Z';

/** The sort keys of a two-part list: ['d', value, id] for the first part, ['u', id] for the second. */
export const twoPartKey = (key: SortKey): boolean =>
  (key.length === 3 && key[0] === 'd' && typeof key[1] === 'string' && typeof key[2] === 'string') ||
  (key.length === 2 && key[0] === 'u' && typeof key[1] === 'string');

/**
 * Keyset paging over a list in two parts: items with a value (a date), in the order of the index
 * on it, then items without one, by id — the timeline's undated events, undated articles. Each
 * part is one statement; forward the second is read only once the first is exhausted, backward
 * the other way round. `bound` is the cursor within that part (null: from the part's end).
 */
async function twoPartPage(
  page: KeysetPage,
  parts: {
    valued: (bound: { value: string; id: string } | null, limit: number) => Promise<Row[]>;
    unvalued: ((bound: string | null, limit: number) => Promise<Row[]>) | null;
  },
): Promise<Array<{ row: Row; valued: boolean }>> {
  const limit = page.size + 1;
  const c = page.cursor;
  const inValued = c?.[0] === 'd' ? { value: String(c[1]), id: String(c[2]) } : null;
  const inUnvalued = c?.[0] === 'u' ? String(c[1]) : null;
  const found: Array<{ row: Row; valued: boolean }> = [];
  const readValued = async () => {
    for (const row of await parts.valued(inValued, limit - found.length)) found.push({ row, valued: true });
  };
  const readUnvalued = async () => {
    if (!parts.unvalued) return;
    for (const row of await parts.unvalued(inUnvalued, limit - found.length))
      found.push({ row, valued: false });
  };
  if (!page.backward) {
    if (inUnvalued === null) await readValued();
    if (found.length < limit) await readUnvalued();
  } else {
    if (inValued === null) await readUnvalued();
    if (found.length < limit) await readValued();
  }
  return found;
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
