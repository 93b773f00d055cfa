import DataLoader from 'dataloader';
import type { Database } from '../db/client';
import type { SortKey } from './connection';
import { eventOf } from './repository/graph';
import {
  asArticle,
  asEntity,
  type ArticleRow,
  type EntityRow,
  type EventRow,
  type RelationshipRow,
} from './repository/rows';

/** One forward keyset page of a per-entity list: the rows after `after`, `limit` of them. */
export interface PageArgs {
  after: SortKey | null;
  /** Rows to fetch: the page size plus one, to know whether a next page exists. */
  limit: number;
}

export interface EntityMentionsPage {
  mentions: Array<{ articleId: string; count: number; aliases: string[]; sortKey: SortKey }>;
}
export interface RelationshipsPage {
  relationships: Array<RelationshipRow & { sortKey: SortKey }>;
}
export interface EventIdsPage {
  events: Array<{ eventId: string; sortKey: SortKey }>;
}
export interface CountRow {
  total: number;
}
export interface ArticleDetails {
  mentions: Array<{ entityId: string; count: number; aliases: string[] }>;
  events: Array<{ eventId: string; date: string | null; sentence: string }>;
}

/**
 * Per-request batching: every loader turns the keys one GraphQL level asks for into one
 * statement (UNWIND $ids), so round trips grow with the query's depth, never with its results.
 * Loaders with arguments (page, filters) are kept per distinct argument set.
 */
export class Loaders {
  readonly entity: DataLoader<string, EntityRow | null>;
  readonly article: DataLoader<string, ArticleRow | null>;
  readonly event: DataLoader<string, EventRow | null>;
  readonly articleDetails: DataLoader<string, ArticleDetails | null>;
  private readonly keyed = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly db: Database) {
    this.entity = this.byId('api/find-entities', 'entity', (r) =>
      asEntity(r.entity as Omit<EntityRow, 'kind'>),
    );
    this.article = this.byId('api/find-articles', 'article', (r) =>
      asArticle(r.article as Omit<ArticleRow, 'kind'>),
    );
    this.event = this.byId('api/find-events', 'event', eventOf);
    this.articleDetails = this.byId('api/list-article-mentions', 'id', (r) => r as unknown as ArticleDetails);
  }

  /** A page of mentions per entity. */
  entityMentions(page: PageArgs): DataLoader<string, EntityMentionsPage | null> {
    return this.withArgs('api/list-entity-mentions', page, (r) => r as unknown as EntityMentionsPage);
  }

  /** A page of relationships per entity, for these types and direction. */
  entityRelationships(
    args: PageArgs & { types: string[]; direction: string; minConfidence: number },
  ): DataLoader<string, RelationshipsPage | null> {
    return this.withArgs('api/list-entity-relationships', args, (r) => r as unknown as RelationshipsPage);
  }

  /** How many relationships each entity has for these types and direction (totalCount). */
  entityRelationshipCount(args: {
    types: string[];
    direction: string;
    minConfidence: number;
  }): DataLoader<string, CountRow | null> {
    return this.withArgs('api/count-entity-relationships', args, (r) => r as unknown as CountRow);
  }

  /** A page of event ids per entity, in date order. */
  entityEvents(
    args: PageArgs & { types: string[] | null; minConfidence: number },
  ): DataLoader<string, EventIdsPage | null> {
    return this.withArgs('api/list-entity-events', args, (r) => r as unknown as EventIdsPage);
  }

  /** How many events each entity took part in for these types (totalCount). */
  entityEventCount(args: {
    types: string[] | null;
    minConfidence: number;
  }): DataLoader<string, CountRow | null> {
    return this.withArgs('api/count-entity-events', args, (r) => r as unknown as CountRow);
  }

  private withArgs<T>(
    name: string,
    params: object,
    map: (row: Record<string, unknown>) => T,
  ): DataLoader<string, T | null> {
    const key = `${name}\u0000${JSON.stringify(params)}`;
    let loader = this.keyed.get(key) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = this.batch(name, 'id', map, params);
      this.keyed.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  private byId<T>(
    name: string,
    idField: string,
    map: (row: Record<string, unknown>) => T,
  ): DataLoader<string, T | null> {
    return this.batch(name, idField, map, {});
  }

  private batch<T>(
    name: string,
    idField: string,
    map: (row: Record<string, unknown>) => T,
    params: object,
  ): DataLoader<string, T | null> {
    return new DataLoader<string, T | null>(async (ids) => {
      const rows = await this.db.read(name, { ...params, ids: [...ids] });
      const byId = new Map<string, T>();
      for (const row of rows) {
        const id = idField === 'id' ? (row.id as string) : (row[idField] as { id: string }).id;
        byId.set(id, map(row));
      }
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
