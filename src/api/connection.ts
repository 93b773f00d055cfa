import { apiError, ErrorCode } from './errors';

/**
 * Relay connections with keyset cursors. A cursor is the sort key of its edge (opaque to
 * clients: base64url of "k:" + JSON), and a page holds the items strictly after it (`after`)
 * or strictly before it (`before`) in the list's order as it is now. An ingest between two pages
 * therefore neither repeats nor skips an item whose own sort key did not change — offsets
 * repeated whatever was inserted before the cursor.
 */
export type SortKey = Array<string | number>;

export function toKeyCursor(key: SortKey): string {
  return Buffer.from(`k:${JSON.stringify(key)}`, 'utf8').toString('base64url');
}

/**
 * The sort key a keyset cursor carries (null without one); BAD_USER_INPUT for anything else, and
 * for a well-formed cursor of another list when `valid` says its key does not fit this one.
 */
export function keyAfter(
  cursor: string | null | undefined,
  argument = 'after',
  valid: (key: SortKey) => boolean = () => true,
): SortKey | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  let key: unknown;
  try {
    key = text.startsWith('k:') ? JSON.parse(text.slice(2)) : null;
  } catch {
    key = null;
  }
  const wellFormed =
    Array.isArray(key) &&
    key.length > 0 &&
    key.length <= 8 &&
    key.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (!wellFormed || !valid(key as SortKey)) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      `${argument} is not a cursor of this list: pass an edge cursor or pageInfo.${argument === 'before' ? 'startCursor' : 'endCursor'} from it`,
      { argument },
    );
  }
  return key as SortKey;
}

/** A key check for `keyAfter`: exactly these element types, in order. */
export const keyShape =
  (...types: Array<'string' | 'number'>) =>
  (key: SortKey): boolean =>
    key.length === types.length && key.every((v, i) => typeof v === types[i]);

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

/** Page arguments as the schema declares them (`last`/`before` only where a list offers them). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One keyset page to fetch: `size` items after `cursor` (forward) or before it (backward). */
export interface KeysetPage {
  /** Items strictly after this key (forward) or before it (backward); null: from the start/end. */
  cursor: SortKey | null;
  backward: boolean;
  /** Items asked for; fetch one more to learn whether the list goes on. */
  size: number;
}

/**
 * Page arguments → the page to fetch. `first`/`after` page forward, `last`/`before` backward;
 * mixing the two directions is refused (the Relay spec allows it but discourages it, and no
 * client library sends it). `valid` checks the cursor's key fits this list.
 */
export function keysetPage(args: PageArgs, fallback: number, valid?: (key: SortKey) => boolean): KeysetPage {
  const backward = isSet(args.last) || isSet(args.before);
  if (backward && (isSet(args.first) || isSet(args.after))) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      'Page forward with first/after or backward with last/before, not both in one request',
      { argument: isSet(args.first) ? 'first' : 'after' },
    );
  }
  if (backward)
    return { cursor: keyAfter(args.before, 'before', valid), backward, size: args.last ?? fallback };
  return { cursor: keyAfter(args.after, 'after', valid), backward, size: args.first ?? fallback };
}

const isSet = (v: unknown) => v !== null && v !== undefined;

/**
 * The items of one page from a list already held in full and sorted by `key` (neighbors, paths,
 * an article's mentions and events), in walking order (reversed when backward), with at most one
 * extra item beyond the page size: what a keyset statement would return.
 */
export function keysetSlice<T>(sorted: T[], page: KeysetPage, key: (item: T) => SortKey): T[] {
  const { cursor, size } = page;
  if (!page.backward) {
    const rest = cursor ? sorted.filter((item) => compareKeys(key(item), cursor) > 0) : sorted;
    return rest.slice(0, size + 1);
  }
  const rest = cursor ? sorted.filter((item) => compareKeys(key(item), cursor) < 0) : sorted;
  return rest.slice(Math.max(0, rest.length - size - 1)).reverse();
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
 * A Relay connection for one keyset page. `items` were fetched in walking order (forward after
 * the cursor, backward before it), with at most one extra item beyond the page size that only
 * tells the list goes on that way. Going backward, `hasNextPage` is true when there was a
 * `before` cursor (the item it names follows), as the Relay spec allows.
 */
export function keysetConnection<T, E extends object = object>(opts: {
  items: T[];
  page: KeysetPage;
  key: (item: T) => SortKey;
  /** Pass a function so the count runs only when totalCount is selected. */
  totalCount: number | (() => Promise<number>);
  extra?: (item: T) => E;
}): Connection<T, E> {
  const { page } = opts;
  const walked = opts.items.slice(0, page.size);
  const inOrder = page.backward ? walked.reverse() : walked;
  const edges = inOrder.map((node) => ({
    cursor: toKeyCursor(opts.key(node)),
    node,
    ...(opts.extra ? opts.extra(node) : ({} as E)),
  }));
  const more = opts.items.length > page.size;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.cursor !== null : more,
      hasPreviousPage: page.backward ? more : page.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: opts.totalCount,
  };
}
