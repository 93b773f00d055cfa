import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../../src/db/client';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';
import { ingest } from '../../helpers/ingest';
import { seedSampleGraph } from '../../helpers/sample-graph';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: unknown }>;
}

/** A connection under test: its query (with $first/$after) and how to name one of its nodes. */
interface Paged {
  name: string;
  query: string;
  field: string;
  id: (node: unknown) => string;
}

const keyOf = (node: unknown) => (node as { key: string }).key;
const CONNECTIONS: Paged[] = [
  {
    name: 'events (the timeline)',
    field: 'events',
    query: `query($first: PositiveInt, $after: String) { events(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } } }`,
    id: keyOf,
  },
  {
    name: 'neighbors',
    field: 'neighbors',
    query: `query($first: PositiveInt, $after: String) {
      neighbors(id: "person:marco-rubio", first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } } }`,
    id: keyOf,
  },
  {
    name: 'search',
    field: 'search',
    query: `query($first: PositiveInt, $after: String) { search(query: "ma", first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } } }`,
    id: keyOf,
  },
  {
    name: 'coMentioned',
    field: 'coMentioned',
    query: `query($first: PositiveInt, $after: String) {
      coMentioned(id: "person:marco-rubio", first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } } }`,
    id: keyOf,
  },
];
const PATHS: Paged = {
  name: 'paths',
  field: 'paths',
  query: `query($first: PositiveInt, $after: String) {
    paths(from: "person:marco-rubio", to: "person:donald-trump", first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { nodes { key } steps { relationship { type } event { key } } } } } }`,
  id: (node) => JSON.stringify(node),
};

// New facts that land inside those lists, before the first page's cursor too: two calls dated
// before every sample event, with two people new to the graph ("Ma…" for the search), and one
// more call between Rubio and Trump (a new shortest path between them).
const ARTICLE_A =
  'Calls\n\nMarco Rubio spoke by phone with Defense Minister Mauricio Arboleda on January 5, 2020. ' +
  'Marco Rubio also spoke by phone with Interior Minister Martina Alvear on January 6, 2020.\n';
const ARTICLE_B = 'Call\n\nMarco Rubio spoke by phone with Donald Trump on January 7, 2020.\n';

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

  async function page(c: Paged, first: number, after: string | null): Promise<Page> {
    const res = await t.gql<Record<string, Page>>(c.query, { first, after });
    expect(res.errors).toBeUndefined();
    return res.data![c.field]!;
  }

  async function ingestText(name: string, text: string): Promise<void> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const report = await ingest(db, [file]);
    expect(report.articlesIngested).toBe(1);
  }

  /** Pages `c` from `start` to the end; returns every id in page order and the last page. */
  async function rest(c: Paged, first: number, start: Page): Promise<{ ids: string[]; last: Page }> {
    const ids = start.edges.map((e) => c.id(e.node));
    let current = start;
    while (current.pageInfo.hasNextPage) {
      expect(current.edges).toHaveLength(first);
      current = await page(c, first, current.pageInfo.endCursor);
      ids.push(...current.edges.map((e) => c.id(e.node)));
    }
    return { ids, last: current };
  }

  function expectNoRepeatsOrGaps(c: Paged, ids: string[], before: string[], after: string[]): void {
    expect({ [c.name]: ids.length }).toEqual({ [c.name]: new Set(ids).size });
    const kept = before.filter((id) => after.includes(id));
    expect({ [c.name]: kept.filter((id) => !ids.includes(id)) }).toEqual({ [c.name]: [] });
    expect({ [c.name]: ids.filter((id) => !after.includes(id)) }).toEqual({ [c.name]: [] });
  }

  it('neighbors, search, coMentioned and the timeline: each item once, none skipped, counts right', async () => {
    const first = 2;
    const before = new Map<string, string[]>();
    const firstPages = new Map<string, Page>();
    for (const c of CONNECTIONS) {
      const all = await page(c, 100, null);
      expect(all.pageInfo.hasNextPage).toBe(false);
      before.set(
        c.name,
        all.edges.map((e) => c.id(e.node)),
      );
      const p1 = await page(c, first, null);
      // totalCount is the whole list's, not the page's; hasNextPage says whether more follow.
      expect({ [c.name]: p1.totalCount }).toEqual({ [c.name]: all.edges.length });
      expect(p1.pageInfo.hasNextPage).toBe(all.edges.length > first);
      firstPages.set(c.name, p1);
    }
    await ingestText('a.txt', ARTICLE_A);
    for (const c of CONNECTIONS) {
      const all = await page(c, 100, null);
      const after = all.edges.map((e) => c.id(e.node));
      const { ids, last } = await rest(c, first, firstPages.get(c.name)!);
      expectNoRepeatsOrGaps(c, ids, before.get(c.name)!, after);
      expect(last.pageInfo.hasNextPage).toBe(false);
      expect({ [c.name]: last.totalCount }).toEqual({ [c.name]: after.length });
    }
    // The ingest did put items into every list (else this test would prove nothing).
    const grown = CONNECTIONS.map((c) => before.get(c.name)!.length);
    const now = await Promise.all(CONNECTIONS.map(async (c) => (await page(c, 100, null)).edges.length));
    now.forEach((n, i) => expect(n).toBeGreaterThan(grown[i]!));
  });

  it('paths: each shortest path once across an ingest that adds one', async () => {
    const before = (await page(PATHS, 100, null)).edges.map((e) => PATHS.id(e.node));
    expect(before.length).toBeGreaterThan(1);
    const p1 = await page(PATHS, 1, null);
    expect(p1.totalCount).toBe(before.length);
    await ingestText('b.txt', ARTICLE_B);
    const after = (await page(PATHS, 100, null)).edges.map((e) => PATHS.id(e.node));
    expect(after.length).toBe(before.length + 1);
    const { ids, last } = await rest(PATHS, 1, p1);
    expectNoRepeatsOrGaps(PATHS, ids, before, after);
    expect(last.totalCount).toBe(after.length);
  });

  it('refuses a cursor from elsewhere', async () => {
    const res = await t.gql(`{ search(query: "ma", after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
