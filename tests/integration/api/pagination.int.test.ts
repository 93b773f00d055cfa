import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../../src/db/client';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';
import { ingest } from '../../helpers/ingest';
import { seedSampleGraph } from '../../helpers/sample-graph';

interface Page {
  totalCount?: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: Array<{ cursor: string; node: unknown }>;
}

/**
 * A connection under test: its query, with ARGS where the page arguments go, the path to the
 * connection in the response, and how to name one of its nodes.
 */
interface Paged {
  name: string;
  query: string;
  path: string[];
  id: (node: unknown) => string;
  /** Pages backward too (`last`/`before`). */
  backward?: boolean;
  /** The ingest below adds items to it (else the test checks only that nothing repeats or goes missing). */
  grows?: boolean;
  /**
   * A node's sort-key part an ingest may change (an entity's mention count): items whose part
   * changed may legitimately move across the cursor, so the check leaves them out.
   */
  mutable?: (node: unknown) => string;
}

const PAGE_FIELDS = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const keyOf = (node: unknown) => (node as { key: string }).key;
const RUBIO = '"person:marco-rubio"';
const ARTICLE = '"000_32a52bfd2057151e.txt"';
const CONNECTIONS: Paged[] = [
  {
    name: 'events (the timeline)',
    path: ['events'],
    query: `events(ARGS) { ${PAGE_FIELDS} edges { cursor node { key } } }`,
    id: keyOf,
    backward: true,
    grows: true,
  },
  {
    name: 'neighbors',
    path: ['neighbors'],
    query: `neighbors(id: ${RUBIO}, ARGS) { ${PAGE_FIELDS} edges { cursor node { key } } }`,
    id: keyOf,
    backward: true,
    grows: true,
  },
  {
    name: 'search',
    path: ['search'],
    query: `search(query: "ma", ARGS) { ${PAGE_FIELDS} edges { cursor node { key mentionCount } } }`,
    id: keyOf,
    mutable: (n) => String((n as { mentionCount: number }).mentionCount),
    grows: true,
  },
  {
    name: 'coMentioned',
    path: ['coMentioned'],
    query: `coMentioned(id: ${RUBIO}, ARGS) { ${PAGE_FIELDS} edges { cursor articleCount node { key } } }`,
    id: keyOf,
    grows: true,
  },
  {
    name: 'entities by name',
    path: ['entities'],
    query: `entities(ARGS) { ${PAGE_FIELDS} edges { cursor node { key } } }`,
    id: keyOf,
    backward: true,
    grows: true,
  },
  {
    name: 'entities by mentions',
    path: ['entities'],
    query: `entities(orderBy: MENTIONS, ARGS) { ${PAGE_FIELDS} edges { cursor node { key mentionCount } } }`,
    id: keyOf,
    mutable: (n) => String((n as { mentionCount: number }).mentionCount),
    backward: true,
    grows: true,
  },
  {
    name: 'articles',
    path: ['articles'],
    query: `articles(ARGS) { ${PAGE_FIELDS} edges { cursor node { key } } }`,
    id: keyOf,
    backward: true,
    grows: true,
  },
  {
    name: "an entity's mentions",
    path: ['entity', 'mentions'],
    query: `entity(id: ${RUBIO}) { mentions(ARGS) { ${PAGE_FIELDS} edges { cursor node { article { key } } } } }`,
    id: (n) => (n as { article: { key: string } }).article.key,
    grows: true,
  },
  {
    name: "an entity's relationships",
    path: ['entity', 'relationships'],
    query: `entity(id: ${RUBIO}) { relationships(ARGS) { ${PAGE_FIELDS}
      edges { cursor node { type role from { key } to { key } } } } }`,
    id: (n) => {
      const r = n as { type: string; role: string | null; from: { key: string }; to: { key: string } };
      return `${r.from.key}|${r.type}|${r.role ?? ''}|${r.to.key}`;
    },
    grows: true,
  },
  {
    name: "an entity's events",
    path: ['entity', 'events'],
    query: `entity(id: ${RUBIO}) { events(ARGS) { ${PAGE_FIELDS} edges { cursor node { key } } } }`,
    id: keyOf,
    grows: true,
  },
  {
    name: "an article's mentions",
    path: ['node', 'mentions'],
    query: `node(id: ${ARTICLE}) { ... on Article { mentions(ARGS) { ${PAGE_FIELDS}
      edges { cursor node { entity { key } } } } } }`,
    id: (n) => (n as { entity: { key: string } }).entity.key,
    backward: true,
  },
  {
    name: "an article's events",
    path: ['node', 'events'],
    query: `node(id: ${ARTICLE}) { ... on Article { events(ARGS) { ${PAGE_FIELDS} edges { cursor node { key } } } } }`,
    id: keyOf,
    backward: true,
  },
];
const PATHS: Paged = {
  name: 'paths',
  path: ['paths'],
  query: `paths(from: ${RUBIO}, to: "person:donald-trump", ARGS) { ${PAGE_FIELDS}
      edges { cursor node { nodes { key } steps { relationship { type } event { key } } } } }`,
  id: (node) => JSON.stringify(node),
  backward: true,
};

// New facts that land inside those lists, before the first page's cursor too: two calls dated
// before every sample event, with two people new to the graph ("Ma…" for the search), a role new
// to Rubio (a relationship), a new article mentioning him; and one more call between Rubio and
// Trump (a new shortest path between them).
const ARTICLE_A =
  'Calls\n\nU.S. National Security Adviser Marco Rubio spoke by phone with Defense Minister Mauricio Arboleda ' +
  'on January 5, 2020. ' +
  'Marco Rubio also spoke by phone with Interior Minister Martina Alvear on January 6, 2020.\n';
const ARTICLE_B = 'Call\n\nMarco Rubio spoke by phone with Donald Trump on January 7, 2020.\n';
// More of the same for the backward walk: new people, new calls, a new article.
const ARTICLE_C =
  'Calls\n\nMarco Rubio spoke by phone with Foreign Minister Rosalia Quintero on January 8, 2020. ' +
  'Marco Rubio also spoke by phone with Justice Minister Matias Berrocal on January 9, 2020.\n';

/**
 * Every keyset connection paged to the end with a small page size, with an ingest between the
 * first page and the rest. Offsets would repeat the items the ingest put before the cursor;
 * keyset cursors give each item once, skip none that existed throughout, and count correctly.
 */
describe('keyset pagination across an ingest (real Neo4j)', () => {
  let db: Database;
  let t: TestApi;
  let dir: string;

  beforeAll(async () => {
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-paging-'));
  });

  afterAll(async () => {
    await t?.api.close();
    await db?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** One page: forward (`first`/`after`) or backward (`last`/`before`). */
  async function page(c: Paged, size: number, cursor: string | null, backward = false): Promise<Page> {
    const args = backward ? 'last: $size, before: $cursor' : 'first: $size, after: $cursor';
    const query = `query($size: PositiveInt, $cursor: String) { ${c.query.replace('ARGS', args)} }`;
    const res = await t.gql<Record<string, unknown>>(query, { size, cursor });
    expect({ [c.name]: res.errors }).toEqual({ [c.name]: undefined });
    return c.path.reduce((at: unknown, key) => (at as Record<string, unknown>)[key], res.data) as Page;
  }

  /** Every node of `c` now, in list order (pages of 100, the largest page size). */
  async function all(c: Paged): Promise<unknown[]> {
    const nodes: unknown[] = [];
    let current = await page(c, 100, null);
    nodes.push(...current.edges.map((e) => e.node));
    while (current.pageInfo.hasNextPage) {
      current = await page(c, 100, current.pageInfo.endCursor);
      nodes.push(...current.edges.map((e) => e.node));
    }
    return nodes;
  }

  async function ingestText(name: string, text: string): Promise<void> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const report = await ingest(db, [file]);
    expect(report.articlesIngested).toBe(1);
  }

  /**
   * Pages `c` on from `start` to the end (backward: to the start); returns the nodes in the order
   * the pages gave them (backward: last first) and the last page fetched.
   */
  async function rest(
    c: Paged,
    size: number,
    start: Page,
    backward = false,
  ): Promise<{ nodes: unknown[]; last: Page }> {
    const nodes: unknown[] = [];
    const take = (p: Page) => {
      const edges = p.edges.map((e) => e.node);
      nodes.push(...(backward ? edges.reverse() : edges));
    };
    take(start);
    let current = start;
    while (backward ? current.pageInfo.hasPreviousPage : current.pageInfo.hasNextPage) {
      expect(current.edges).toHaveLength(size);
      const cursor = backward ? current.pageInfo.startCursor : current.pageInfo.endCursor;
      current = await page(c, size, cursor, backward);
      take(current);
    }
    return { nodes, last: current };
  }

  /**
   * Each item once, and every item that was in the list before the ingest and still is after it
   * seen — leaving out items whose mutable sort-key part the ingest changed.
   */
  function expectNoRepeatsOrGaps(c: Paged, seen: unknown[], before: unknown[], after: unknown[]): void {
    const ids = seen.map(c.id);
    expect({ [c.name]: ids.length }).toEqual({ [c.name]: new Set(ids).size });
    const version = (n: unknown) => `${c.id(n)}#${c.mutable ? c.mutable(n) : ''}`;
    const afterVersions = new Set(after.map(version));
    const moved = new Set(before.filter((n) => !afterVersions.has(version(n))).map(c.id));
    const afterIds = new Set(after.map(c.id));
    const kept = before.map(c.id).filter((id) => afterIds.has(id) && !moved.has(id));
    expect({ [c.name]: kept.filter((id) => !ids.includes(id)) }).toEqual({ [c.name]: [] });
    expect({ [c.name]: ids.filter((id) => !afterIds.has(id)) }).toEqual({ [c.name]: [] });
  }

  it('every connection, paged forward: each item once, none skipped, counts right', async () => {
    const size = 2;
    const before = new Map<string, unknown[]>();
    const firstPages = new Map<string, Page>();
    for (const c of CONNECTIONS) {
      const nodes = await all(c);
      before.set(c.name, nodes);
      const p1 = await page(c, size, null);
      // totalCount is the whole list's, not the page's; hasNextPage says whether more follow.
      expect({ [c.name]: p1.totalCount }).toEqual({ [c.name]: nodes.length });
      expect({ [c.name]: p1.pageInfo.hasNextPage }).toEqual({ [c.name]: nodes.length > size });
      expect(p1.pageInfo.hasPreviousPage).toBe(false);
      firstPages.set(c.name, p1);
    }
    await ingestText('a.txt', ARTICLE_A);
    for (const c of CONNECTIONS) {
      const after = await all(c);
      const { nodes, last } = await rest(c, size, firstPages.get(c.name)!);
      expectNoRepeatsOrGaps(c, nodes, before.get(c.name)!, after);
      expect(last.pageInfo.hasNextPage).toBe(false);
      expect({ [c.name]: last.totalCount }).toEqual({ [c.name]: after.length });
      // The ingest did put items into the lists it should (else this test would prove nothing).
      if (c.grows)
        expect({ [c.name]: after.length > before.get(c.name)!.length }).toEqual({ [c.name]: true });
    }
  });

  it('paths: each shortest path once across an ingest that adds one', async () => {
    const before = await all(PATHS);
    expect(before.length).toBeGreaterThan(1);
    const p1 = await page(PATHS, 1, null);
    expect(p1.totalCount).toBe(before.length);
    await ingestText('b.txt', ARTICLE_B);
    const after = await all(PATHS);
    expect(after.length).toBe(before.length + 1);
    const { nodes, last } = await rest(PATHS, 1, p1);
    expectNoRepeatsOrGaps(PATHS, nodes, before, after);
    expect(last.totalCount).toBe(after.length);
  });

  it('every connection that pages backward, from the end to the start across an ingest', async () => {
    const size = 2;
    const backward = [...CONNECTIONS.filter((c) => c.backward), PATHS];
    const before = new Map<string, unknown[]>();
    const lastPages = new Map<string, Page>();
    for (const c of backward) {
      const nodes = await all(c);
      before.set(c.name, nodes);
      const pLast = await page(c, size, null, true);
      // The last page holds the list's last items, in list order.
      expect({ [c.name]: pLast.edges.map((e) => c.id(e.node)) }).toEqual({
        [c.name]: nodes.slice(-size).map(c.id),
      });
      expect({ [c.name]: pLast.pageInfo.hasPreviousPage }).toEqual({ [c.name]: nodes.length > size });
      expect(pLast.pageInfo.hasNextPage).toBe(false);
      lastPages.set(c.name, pLast);
    }
    await ingestText('c.txt', ARTICLE_C);
    let grew = 0;
    for (const c of backward) {
      const after = await all(c);
      if (after.length > before.get(c.name)!.length) grew++;
      const { nodes, last } = await rest(c, size, lastPages.get(c.name)!, true);
      expectNoRepeatsOrGaps(c, nodes, before.get(c.name)!, after);
      expect(last.pageInfo.hasPreviousPage).toBe(false);
      // Walking backward gives the list in reverse order.
      const order = after.map(c.id);
      const positions = nodes.map((n) => order.indexOf(c.id(n)));
      expect({ [c.name]: positions }).toEqual({ [c.name]: [...positions].sort((a, b) => b - a) });
    }
    expect(grew).toBeGreaterThanOrEqual(4);
  });

  it('refuses malformed cursors, cursors of another list and mixed directions', async () => {
    const entityCursor = (
      await page(
        CONNECTIONS.find((c) => c.name === 'entities by name')!,
        1,
        null,
      )
    ).pageInfo.endCursor;
    for (const query of [
      `{ search(query: "ma", after: "bm90LWEtY3Vyc29y") { totalCount } }`,
      `{ entities(after: "bm90LWEtY3Vyc29y") { totalCount } }`,
      `{ articles(last: 2, before: "@@") { totalCount } }`,
      `{ entities(orderBy: MENTIONS, after: "${entityCursor}") { totalCount } }`,
      `{ events(after: "${entityCursor}") { totalCount } }`,
      `{ entity(id: ${RUBIO}) { relationships(after: "${entityCursor}") { totalCount } } }`,
      `{ entities(first: 2, last: 2) { totalCount } }`,
    ]) {
      const res = await t.gql(query);
      expect({ query, code: res.errors?.[0]?.extensions?.code }).toEqual({ query, code: 'BAD_USER_INPUT' });
    }
  });
});
