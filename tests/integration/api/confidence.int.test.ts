import type { Database } from '../../../src/db/client';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';
import { seedSampleGraph } from '../../helpers/sample-graph';

interface Keyed {
  key: string;
}
type Edges<T> = { totalCount?: number; edges: Array<{ node: T }> };

/**
 * The extractor's confidence as the API serves and filters it. The sample graph is ingested, every
 * stored confidence is set to 1.0, then a few facts get a lower one; `minConfidence` must leave
 * exactly those out, in the Cypher.
 */
describe('confidence and minConfidence (real Neo4j)', () => {
  let db: Database;
  let t: TestApi;
  let lowEvent: string;
  let lowRelation: { type: string; from: Keyed; to: Keyed };

  async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await t.gql<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  beforeAll(async () => {
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db);
    const data = await ok<{
      entity: { events: Edges<Keyed>; relationships: Edges<{ type: string; from: Keyed; to: Keyed }> };
    }>(`{ entity(id: "person:marco-rubio") {
      events(first: 1) { edges { node { key } } }
      relationships(direction: OUT, first: 1) { edges { node { type from { key } to { key } } } }
    } }`);
    lowEvent = data.entity.events.edges[0]!.node.key;
    lowRelation = data.entity.relationships.edges[0]!.node;
    const set = async (name: string, params: Record<string, unknown>) => {
      const [row] = await db.write(name, params);
      expect(row).toEqual({ updated: 1 });
    };
    // The extractor's own confidences first become 1.0, so the test controls every value.
    const [reset] = await db.write('test/reset-confidence', {});
    expect(reset?.nodes).toBeGreaterThan(0);
    await set('test/set-node-confidence', { id: 'person:claudia-sheinbaum', confidence: 0.4 });
    await set('test/set-node-confidence', { id: lowEvent, confidence: 0.3 });
    await set('test/set-relationship-confidence', {
      type: lowRelation.type,
      from: lowRelation.from.key,
      to: lowRelation.to.key,
      confidence: 0.2,
    });
  });

  afterAll(async () => {
    await t?.api.close();
    await db?.close();
  });

  it('serves confidence on entities, relationships and events (1.0 where none is stored)', async () => {
    const data = await ok<{
      low: { confidence: number };
      rubio: {
        confidence: number;
        events: Edges<{ key: string; confidence: number }>;
        relationships: Edges<{ type: string; to: Keyed; confidence: number }>;
      };
    }>(`{
      low: entity(id: "person:claudia-sheinbaum") { confidence }
      rubio: entity(id: "person:marco-rubio") {
        confidence
        events(first: 100) { edges { node { key confidence } } }
        relationships(direction: OUT, first: 100) { edges { node { type to { key } confidence } } }
      }
    }`);
    expect(data.low.confidence).toBe(0.4);
    expect(data.rubio.confidence).toBe(1);
    const events = new Map(data.rubio.events.edges.map((e) => [e.node.key, e.node.confidence]));
    expect(events.get(lowEvent)).toBe(0.3);
    expect([...events.values()].filter((c) => c !== 1)).toEqual([0.3]);
    const rels = data.rubio.relationships.edges.map((e) => e.node);
    expect(rels.filter((r) => r.confidence !== 1)).toEqual([
      { type: lowRelation.type, to: lowRelation.to, confidence: 0.2 },
    ]);
  });

  it('minConfidence leaves the less certain facts out of every list, counts included', async () => {
    const query = `query($min: Float) {
      entities(filter: { types: [PERSON] }, minConfidence: $min, first: 100) { totalCount edges { node { key } } }
      search(query: "sheinbaum", minConfidence: $min) { edges { node { key } } }
      events(minConfidence: $min, first: 100) { totalCount edges { node { key } } }
      entity(id: "person:marco-rubio") {
        events(minConfidence: $min, first: 100) { totalCount edges { node { key } } }
        relationships(direction: OUT, minConfidence: $min, first: 100) { totalCount edges { node { to { key } } } }
      }
      neighbors(id: "person:marco-rubio", minConfidence: $min, first: 100) { edges { node { key } } }
      coMentioned(id: "person:marco-rubio", minConfidence: $min, first: 100) { edges { node { key } } }
    }`;
    type Answer = {
      entities: Edges<Keyed>;
      search: Edges<Keyed>;
      events: Edges<Keyed>;
      entity: { events: Edges<Keyed>; relationships: Edges<{ to: Keyed }> };
      neighbors: Edges<Keyed>;
      coMentioned: Edges<Keyed>;
    };
    const all = await ok<Answer>(query, { min: 0 });
    const sure = await ok<Answer>(query, { min: 0.5 });
    const keys = (c: Edges<Keyed>) => c.edges.map((e) => e.node.key);
    const sheinbaum = 'person:claudia-sheinbaum';

    expect(keys(all.entities)).toContain(sheinbaum);
    expect(keys(sure.entities)).toEqual(keys(all.entities).filter((k) => k !== sheinbaum));
    expect(sure.entities.totalCount).toBe(all.entities.totalCount! - 1);
    expect(keys(all.search)).toContain(sheinbaum);
    expect(keys(sure.search)).not.toContain(sheinbaum);

    expect(keys(sure.events)).toEqual(keys(all.events).filter((k) => k !== lowEvent));
    expect(sure.events.totalCount).toBe(all.events.totalCount! - 1);
    expect(keys(sure.entity.events)).toEqual(keys(all.entity.events).filter((k) => k !== lowEvent));
    expect(sure.entity.events.totalCount).toBe(all.entity.events.totalCount! - 1);

    const targets = (c: Edges<{ to: Keyed }>) => c.edges.map((e) => e.node.to.key);
    expect(sure.entity.relationships.totalCount).toBe(all.entity.relationships.totalCount! - 1);
    expect(targets(all.entity.relationships)).toContain(lowRelation.to.key);

    expect(keys(all.neighbors)).toContain(sheinbaum);
    expect(keys(sure.neighbors)).not.toContain(sheinbaum);
    expect(keys(all.coMentioned)).toContain(sheinbaum);
    expect(keys(sure.coMentioned)).not.toContain(sheinbaum);
  });

  it('refuses a minConfidence outside 0–1', async () => {
    const res = await t.gql(`{ events(minConfidence: 1.5) { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
