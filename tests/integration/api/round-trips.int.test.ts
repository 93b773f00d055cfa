import { writeSyntheticGraph } from '../../../bench/synthetic-graph';
import type { Database } from '../../../src/db/client';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';

/** A nested query touching every batched field: entity lists, their mentions, relations, events. */
const NESTED = `query($first: PositiveInt) {
  entities(orderBy: MENTIONS, first: $first) {
    edges {
      node {
        key name
        mentions(first: 3) { edges { node { count article { key title } } } }
        relationships(first: 3) { edges { node { type from { name } to { name } evidence { sentence article { key } } } } }
        events(first: 3) { edges { node { type date participants { name } location { name } reportedIn { article { key } } } } }
        ... on Person { roles { title organization { name } } }
      }
    }
  }
}`;

describe('database round trips do not grow with the number of results', () => {
  let db: Database;
  let t: TestApi;

  beforeAll(async () => {
    db = await freshDatabase();
    await writeSyntheticGraph(db, {
      entities: 400,
      articles: 120,
      mentionsPerArticle: 8,
      relations: 600,
      events: 200,
    });
    // The nested query is deliberately large; the cost limit is not what this file tests.
    t = await startTestApi(db, { env: { MAX_QUERY_COST: '100000' } });
  });

  afterAll(async () => {
    await t?.api.close();
    await db?.close();
  });

  async function roundTrips(first: number): Promise<{ trips: number; entities: number }> {
    db.resetRoundTrips();
    const res = await t.gql<{ entities: { edges: unknown[] } }>(NESTED, { first });
    expect(res.errors).toBeUndefined();
    return { trips: db.roundTripCount, entities: res.data!.entities.edges.length };
  }

  it('a nested query for 60 entities costs the same round trips as one for 3', async () => {
    const small = await roundTrips(3);
    const large = await roundTrips(60);
    expect(small.entities).toBe(3);
    expect(large.entities).toBe(60);
    expect(large.trips).toBe(small.trips);
    // One statement per field and level of the query (a dozen here), never one per entity.
    expect(large.trips).toBeLessThanOrEqual(15);
  });

  it('neighbors and paths batch their entities, events and evidence per level', async () => {
    const query = `query($first: PositiveInt) {
      neighbors(id: "person:${'x'}", depth: 2, first: $first) { edges { node { name } path { steps { from { name } to { name } event { name } evidence { article { title } } } } } }
    }`;
    const { data } = await t.gql<{ entities: { edges: Array<{ node: { key: string } }> } }>(
      `{ entities(orderBy: MENTIONS, first: 1) { edges { node { key } } } }`,
    );
    const hub = data!.entities.edges[0]!.node.key;
    const q = query.replace('person:x', hub);
    db.resetRoundTrips();
    const few = await t.gql<{ neighbors: { edges: unknown[] } }>(q, { first: 2 });
    const fewTrips = db.roundTripCount;
    db.resetRoundTrips();
    const many = await t.gql<{ neighbors: { edges: unknown[] } }>(q, { first: 80 });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data!.neighbors.edges.length).toBeGreaterThanOrEqual(50);
    // Two expansion levels, then one batch per kind (entities, events, articles), whatever the size.
    expect(fewTrips).toBeLessThanOrEqual(6);
    expect(db.roundTripCount).toBeLessThanOrEqual(6);
  });
});
