import { ENTITY_TYPES } from '../domain/types';
import { apiError, ErrorCode } from './errors';

/** The node kinds a global id can name. */
export type NodeKind = 'Entity' | 'Event' | 'Article';
const KINDS: ReadonlySet<string> = new Set<NodeKind>(['Entity', 'Event', 'Article']);

/** Relay global id: base64url of "Kind:key", opaque to clients. */
export function toGlobalId(kind: NodeKind, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

/** Decodes a global id; null when `id` is not one (e.g. a plain graph key). */
export function fromGlobalId(id: string): { kind: NodeKind; key: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  if (colon < 0 || !KINDS.has(kind)) return null;
  return { kind: kind as NodeKind, key: text.slice(colon + 1) };
}

const ENTITY_KEY = new RegExp(`^(${ENTITY_TYPES.map((t) => t.toLowerCase()).join('|')}):`);

/**
 * What a graph key names: entity keys start with their type (`person:marco-rubio`), event keys
 * with `event:`; anything else is an article key (record id, URL or file name).
 */
export function kindOfKey(key: string): NodeKind {
  if (ENTITY_KEY.test(key)) return 'Entity';
  if (key.startsWith('event:')) return 'Event';
  return 'Article';
}

/**
 * The graph key an id argument names: a global id of `kind`, or the key itself
 * ("person:marco-rubio"). Throws BAD_USER_INPUT for a global id of another kind.
 */
export function keyOf(id: string, kind: NodeKind, argument = 'id'): string {
  const global = fromGlobalId(id);
  if (!global) return id;
  if (global.kind !== kind) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      `${argument} is the id of an ${global.kind}, not of an ${kind}`,
      {
        argument,
      },
    );
  }
  return global.key;
}

/** Cursors are opaque offsets: base64url("o:<index>"). */
export function toCursor(index: number): string {
  return Buffer.from(`o:${index}`, 'utf8').toString('base64url');
}

/** The number of items to skip after `cursor` (0 without one). */
export function offsetAfter(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m?.[1]) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      'after is not a cursor from this API: pass an edge cursor or pageInfo.endCursor',
      {
        argument: 'after',
      },
    );
  }
  return Number(m[1]) + 1;
}

/** A keyset cursor: the sort key of an edge, base64url("k:" + JSON), opaque to clients. */
export type SortKey = Array<string | number>;

export function toKeyCursor(key: SortKey): string {
  return Buffer.from(`k:${JSON.stringify(key)}`, 'utf8').toString('base64url');
}

/** The sort key a keyset cursor carries (null without one); BAD_USER_INPUT for anything else. */
export function keyAfter(cursor: string | null | undefined, argument = 'after'): SortKey | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  let key: unknown;
  try {
    key = text.startsWith('k:') ? JSON.parse(text.slice(2)) : null;
  } catch {
    key = null;
  }
  const valid =
    Array.isArray(key) &&
    key.length > 0 &&
    key.length <= 8 &&
    key.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (!valid) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      `${argument} is not a cursor of this list: pass an edge cursor or pageInfo.endCursor from it`,
      { argument },
    );
  }
  return key as SortKey;
}

/** Orders sort keys element by element (numbers numerically, strings by code unit). */
export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * A Relay connection for one keyset page: `items` were fetched after the cursor `after` in sort
 * order, with at most one extra item beyond `first` that only tells a next page exists. Each
 * cursor is the item's sort key, so the next page starts right after it however the list
 * changed in between: an item is repeated or skipped only if its own sort key changed.
 */
export function keysetConnection<T, E extends object = object>(opts: {
  items: T[];
  first: number;
  after: SortKey | null;
  key: (item: T) => SortKey;
  totalCount: number | (() => Promise<number>);
  extra?: (item: T) => E;
}): Connection<T, E> {
  const page = opts.items.slice(0, opts.first);
  const edges = page.map((node) => ({
    cursor: toKeyCursor(opts.key(node)),
    node,
    ...(opts.extra ? opts.extra(node) : ({} as E)),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: opts.items.length > opts.first,
      hasPreviousPage: opts.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: opts.totalCount,
  };
}

export interface Connection<T, E = object> {
  edges: Array<{ cursor: string; node: T } & E>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** A number, or a function the default resolver calls only when totalCount is selected. */
  totalCount: number | (() => Promise<number>);
}

/**
 * A Relay connection for one page. `items` may hold one extra item beyond `limit`, which only
 * tells that a next page exists.
 */
export function toConnection<T, E extends object = object>(opts: {
  items: T[];
  offset: number;
  limit: number;
  totalCount: number | (() => Promise<number>);
  extra?: (item: T) => E;
}): Connection<T, E> {
  const page = opts.items.slice(0, opts.limit);
  const edges = page.map((node, i) => ({
    cursor: toCursor(opts.offset + i),
    node,
    ...(opts.extra ? opts.extra(node) : ({} as E)),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: opts.items.length > opts.limit,
      hasPreviousPage: opts.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: opts.totalCount,
  };
}

/** A connection over a list already held in full (short lists such as an article's mentions). */
export function sliceConnection<T, E extends object = object>(
  all: T[],
  args: { first: number; after?: string | null },
  extra?: (item: T) => E,
): Connection<T, E> {
  const offset = offsetAfter(args.after);
  return toConnection({
    items: all.slice(offset, offset + args.first + 1),
    offset,
    limit: args.first,
    totalCount: all.length,
    extra,
  });
}
