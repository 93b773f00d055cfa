import { ingestRawArticles } from '../../../src/ingest/pipeline';
import type { Database } from '../../../src/db/client';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';
import { seedSampleGraph } from '../../helpers/sample-graph';

interface Named {
  key: string;
  name: string;
}
interface Evidence {
  sentence: string;
  article: { key: string; title: string | null };
}

describe('GraphQL API over the sample graph (HTTP)', () => {
  let db: Database;
  let t: TestApi;

  beforeAll(async () => {
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db);
  });

  afterAll(async () => {
    await t?.api.close();
    await db?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await t.gql<T>(query, variables);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    return res.data as T;
  }

  it("Rubio's neighbors include Juan Ramón de la Fuente and Claudia Sheinbaum, each with how they connect", async () => {
    const data = await ok<{
      neighbors: {
        totalCount: number;
        edges: Array<{ distance: number; node: Named; path: { steps: Array<{ evidence: Evidence[] }> } }>;
      };
    }>(`{
      neighbors(id: "person:marco-rubio", depth: 1, first: 50) {
        totalCount
        edges { distance node { key name } path { steps { evidence { sentence article { key title } } } } }
      }
    }`);
    const names = data.neighbors.edges.map((e) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['Juan Ramón de la Fuente', 'Claudia Sheinbaum']));
    for (const edge of data.neighbors.edges) {
      expect(edge.distance).toBe(1);
      expect(edge.path.steps).toHaveLength(1);
      expect(edge.path.steps[0]!.evidence.length).toBeGreaterThan(0);
    }
  });

  it('neighbors within two steps are nearer-first and can be filtered by type', async () => {
    const data = await ok<{
      neighbors: { edges: Array<{ distance: number; node: Named & { type: string } }> };
    }>(`{
      neighbors(id: "person:marco-rubio", depth: 2, types: [CARTEL], first: 20) {
        edges { distance node { key name type } }
      }
    }`);
    expect(data.neighbors.edges.map((e) => e.node.type)).not.toContain('PERSON');
    expect(data.neighbors.edges.some((e) => e.node.name === 'Sinaloa Cartel')).toBe(true);
    const distances = data.neighbors.edges.map((e) => e.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('a path leads from Marco Rubio to the Sinaloa Cartel and every step carries evidence', async () => {
    const data = await ok<{
      path: {
        length: number;
        nodes: Named[];
        steps: Array<{
          from: Named;
          to: Named;
          relationship: { type: string } | null;
          event: { type: string } | null;
          evidence: Evidence[];
        }>;
      } | null;
    }>(`{
      path(from: "person:marco-rubio", to: "cartel:sinaloa-cartel", maxLength: 4) {
        length
        nodes { key name }
        steps {
          from { key name } to { key name }
          relationship { type } event { type }
          evidence { sentence article { key title } }
        }
      }
    }`);
    const path = data.path!;
    expect(path).not.toBeNull();
    expect(path.nodes[0]!.name).toBe('Marco Rubio');
    expect(path.nodes[path.nodes.length - 1]!.name).toBe('Sinaloa Cartel');
    expect(path.steps).toHaveLength(path.length);
    path.steps.forEach((step, i) => {
      expect(step.from.key).toBe(path.nodes[i]!.key);
      expect(step.to.key).toBe(path.nodes[i + 1]!.key);
      expect(step.relationship ?? step.event).not.toBeNull();
      expect(step.evidence.length).toBeGreaterThan(0);
      for (const e of step.evidence) {
        expect(e.sentence.length).toBeGreaterThan(10);
        expect(e.article.key).toBeTruthy();
      }
    });
  });

  it('paths lists shortest paths of the same length', async () => {
    const data = await ok<{ paths: { edges: Array<{ node: { length: number } }> } }>(`{
      paths(from: "person:marco-rubio", to: "cartel:sinaloa-cartel", maxLength: 4, first: 5) {
        edges { node { length } }
      }
    }`);
    const lengths = data.paths.edges.map((e) => e.node.length);
    expect(lengths.length).toBeGreaterThan(0);
    expect(new Set(lengths).size).toBe(1);
  });

  it('the events timeline lists the calls and meetings in date order, with participants and reports', async () => {
    const data = await ok<{
      events: {
        totalCount: number;
        edges: Array<{
          node: { type: string; date: string | null; participants: Named[]; reportedIn: Evidence[] };
        }>;
      };
    }>(`{
      events(filter: { types: [CALL, MEETING] }, first: 50) {
        totalCount
        edges { node { type date name participants { key name } location { name } reportedIn { sentence article { key title } } } }
      }
    }`);
    const events = data.events.edges.map((e) => e.node);
    expect(events.length).toBeGreaterThan(0);
    expect(data.events.totalCount).toBe(events.length);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['CALL', 'MEETING']));
    const dated = events.map((e) => e.date).filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    const rubioCalls = events.filter(
      (e) =>
        e.type === 'CALL' &&
        e.participants.some((p) => p.name === 'Marco Rubio') &&
        e.participants.some((p) => p.name === 'Juan Ramón de la Fuente'),
    );
    expect(rubioCalls.length).toBeGreaterThan(0);
    expect(
      events.some((e) => e.type === 'MEETING' && e.participants.some((p) => p.name === 'Claudia Sheinbaum')),
    ).toBe(true);
    for (const e of events) expect(e.reportedIn.length).toBeGreaterThan(0);
  });

  it('the timeline pages with cursors and filters by participant and date range', async () => {
    const first = await ok<{
      events: {
        edges: Array<{ node: { key: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(`{ events(first: 2) { edges { node { key } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.events.pageInfo.hasNextPage).toBe(true);
    const next = await ok<{ events: { edges: Array<{ node: { key: string } }> } }>(
      `query($after: String) { events(first: 2, after: $after) { edges { node { key } } } }`,
      { after: first.events.pageInfo.endCursor },
    );
    const keys = [...first.events.edges, ...next.events.edges].map((e) => e.node.key);
    expect(new Set(keys).size).toBe(keys.length);
    // The range comes from the data: the year of Rubio's earliest dated event.
    const dated = await ok<{ events: { edges: Array<{ node: { date: string | null } }> } }>(
      `{ events(filter: { participant: "person:marco-rubio" }, first: 100) { edges { node { date } } } }`,
    );
    const year = dated.events.edges
      .map((e) => e.node.date)
      .find((d): d is string => d !== null)
      ?.slice(0, 4);
    expect(year).toMatch(/^\d{4}$/);
    const ranged = await ok<{
      events: { edges: Array<{ node: { date: string; participants: Named[] } }> };
    }>(
      `query($from: LocalDate!, $to: LocalDate!) {
        events(filter: { participant: "person:marco-rubio", from: $from, to: $to }, first: 50) {
          edges { node { date participants { key name } } }
        }
      }`,
      { from: `${year}-01-01`, to: `${year}-12-31` },
    );
    expect(ranged.events.edges.length).toBeGreaterThan(0);
    for (const { node } of ranged.events.edges) {
      expect(node.date.startsWith(year!)).toBe(true);
      expect(node.participants.map((p) => p.key)).toContain('person:marco-rubio');
    }
  });

  it.each([
    ['sheinbaum'],
    ['SHEINBAUM'],
    ['Claudia Sheinbaum'],
    ['claudia  sheinbaum'],
    ['President Claudia Sheinbaum'],
  ])('entity(name: %j) finds Claudia Sheinbaum', async (name) => {
    const data = await ok<{ entity: (Named & { type: string }) | null }>(
      `query($name: String) { entity(name: $name) { key name type } }`,
      {
        name,
      },
    );
    expect(data.entity).toMatchObject({ name: 'Claudia Sheinbaum', type: 'PERSON' });
  });

  it('entity(name) ignores accents and finds aliases', async () => {
    const data = await ok<{ a: Named | null; b: Named | null; c: Named | null }>(`{
      a: entity(name: "juan ramon de la fuente") { key name }
      b: entity(name: "U.S. State Department") { key name }
      c: entity(name: "nobody at all") { key name }
    }`);
    expect(data.a?.name).toBe('Juan Ramón de la Fuente');
    expect(data.b?.name).toBe('U.S. Department of State');
    expect(data.c).toBeNull();
  });

  it('node(id) fetches back what a global id names', async () => {
    const { entity } = await ok<{ entity: { id: string } }>(`{ entity(name: "Rubio") { id } }`);
    const data = await ok<{ node: { __typename: string; name: string } }>(
      `query($id: ID!) { node(id: $id) { __typename ... on Entity { name } } }`,
      {
        id: entity.id,
      },
    );
    expect(data.node).toEqual({ __typename: 'Person', name: 'Marco Rubio' });
  });

  it('node(id) also takes the graph key, as every id argument does', async () => {
    const { events } = await ok<{ events: { edges: Array<{ node: { key: string } }> } }>(
      `{ events(first: 1) { edges { node { key } } } }`,
    );
    const eventKey = events.edges[0]!.node.key;
    const data = await ok<{ entity: unknown; event: unknown; article: unknown; missing: unknown }>(
      `query($event: ID!) {
        entity: node(id: "person:marco-rubio") { __typename ... on Entity { key name } }
        event: node(id: $event) { __typename ... on Event { key } }
        article: node(id: "000_32a52bfd2057151e.txt") { __typename ... on Article { key } }
        missing: node(id: "person:nobody-at-all") { __typename }
      }`,
      { event: eventKey },
    );
    expect(data).toEqual({
      entity: { __typename: 'Person', key: 'person:marco-rubio', name: 'Marco Rubio' },
      event: { __typename: 'Event', key: eventKey },
      article: { __typename: 'Article', key: '000_32a52bfd2057151e.txt' },
      missing: null,
    });
  });

  it('search ranks full-text hits over names and aliases and escapes Lucene syntax', async () => {
    const data = await ok<{ search: { edges: Array<{ score: number; node: Named }> } }>(`{
      search(query: "sinaloa", first: 5) { edges { score node { key name } } }
    }`);
    // Names starting with the query come before other hits (the most mentioned first).
    expect(data.search.edges[0]?.node.name).toBe('Sinaloa Cartel');
    expect(data.search.edges.every((e) => e.score > 0)).toBe(true);
    const odd = await t.gql(
      `{ search(query: "AND (\\"OR* ~[: / \\\\", first: 5) { edges { node { name } } } }`,
    );
    expect(odd.errors).toBeUndefined();
  });

  it('entities filters by type, prefix, article and dates, ordered by mentions', async () => {
    const byMentions = await ok<{
      entities: { totalCount: number; edges: Array<{ node: { name: string; mentionCount: number } }> };
    }>(`{
      entities(filter: { types: [PERSON] }, orderBy: MENTIONS, first: 5) { totalCount edges { node { name mentionCount } } }
    }`);
    const counts = byMentions.entities.edges.map((e) => e.node.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(byMentions.entities.totalCount).toBeGreaterThanOrEqual(byMentions.entities.edges.length);
    const prefix = await ok<{ entities: { edges: Array<{ node: { name: string } }> } }>(
      `{ entities(filter: { namePrefix: "uss " }, first: 20) { edges { node { name } } } }`,
    );
    expect(prefix.entities.edges.map((e) => e.node.name)).toContain('USS Gravely');
    const inArticle = await ok<{ entities: { edges: Array<{ node: { name: string } }> } }>(`{
      entities(filter: { mentionedIn: "002_e0a6854dadcd78c0.txt" }, first: 100) {
        edges { node { name } }
      }
    }`);
    expect(inArticle.entities.edges.map((e) => e.node.name)).toEqual(
      expect.arrayContaining(['USS Gravely', 'Sinaloa Cartel']),
    );
  });

  it('entities filters by the publication dates of the articles mentioning them', async () => {
    // The sample files carry no dates, so post two dated articles through the pipeline.
    await ingestRawArticles(
      [
        { date: '2025-09-03', text: 'Ecuadorian President Daniel Noboa met Mexican officials in Quito.' },
        { date: '2026-02-10', text: 'Chilean President Gabriel Boric visited Lima, Peru, on Tuesday.' },
      ].map((r, i) => ({
        id: `dated-${i}`,
        title: null,
        url: null,
        source: null,
        publishedAt: r.date,
        text: r.text,
        origin: `#${i}`,
      })),
      { db, batchSize: 10, maxFileBytes: 1e6 },
    );
    const september = await ok<{ entities: { edges: Array<{ node: { name: string } }> } }>(`{
      entities(filter: { mentionedFrom: "2025-09-01", mentionedTo: "2025-09-30" }, first: 100) { edges { node { name } } }
    }`);
    const names = september.entities.edges.map((e) => e.node.name);
    expect(names).toContain('Daniel Noboa');
    expect(names).not.toContain('Gabriel Boric');
    expect(names).not.toContain('Marco Rubio');
  });

  it('entity fields: mentions, relationships by direction, events and roles', async () => {
    const data = await ok<{
      entity: {
        mentions: { totalCount: number; edges: Array<{ node: { count: number; article: { key: string } } }> };
        relationships: {
          edges: Array<{ node: { type: string; role: string | null; to: Named; evidence: Evidence[] } }>;
        };
        events: { edges: Array<{ node: { type: string } }> };
        roles: Array<{ title: string; organization: Named }>;
      };
    }>(`{
      entity(id: "person:marco-rubio") {
        mentions(first: 10) { totalCount edges { node { count article { key } } } }
        relationships(types: [HOLDS_ROLE], direction: OUT) { edges { node { type role articleCount to { key name } evidence { sentence article { key } } } } }
        events(types: [CALL]) { edges { node { type } } }
        ... on Person { roles { title organization { key name } } }
      }
    }`);
    expect(data.entity.mentions.totalCount).toBeGreaterThan(1);
    expect(data.entity.roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'Secretary of State',
          organization: expect.objectContaining({ name: 'U.S. Department of State' }),
        }),
      ]),
    );
    expect(
      data.entity.relationships.edges.every(
        (e) => e.node.type === 'HOLDS_ROLE' && e.node.evidence.length > 0,
      ),
    ).toBe(true);
    expect(data.entity.events.edges.length).toBeGreaterThan(0);
  });

  it('relationshipsBetween, coMentioned, subgraph and stats', async () => {
    const data = await ok<{
      relationshipsBetween: { relationships: unknown[]; sharedEvents: Array<{ type: string }> };
      coMentioned: { edges: Array<{ articleCount: number; node: Named }> };
      subgraph: { nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string }> };
      stats: { labels: Array<{ name: string; count: number }>; lastIngestedAt: string | null };
    }>(`{
      relationshipsBetween(a: "person:marco-rubio", b: "person:juan-ramon-de-la-fuente") { relationships { type } sharedEvents { type date } }
      coMentioned(id: "person:marco-rubio", first: 5) { edges { articleCount node { key name } } }
      subgraph(ids: ["person:marco-rubio"], depth: 1, limit: 30) { nodes { id label type } edges { source target type label } }
      stats { labels { name count } relationshipTypes { name count } lastIngestedAt }
    }`);
    expect(data.relationshipsBetween.sharedEvents.some((e) => e.type === 'CALL')).toBe(true);
    expect(data.coMentioned.edges.map((e) => e.node.name)).toContain('Claudia Sheinbaum');
    const ids = new Set(data.subgraph.nodes.map((n) => n.id));
    expect(ids.has('person:marco-rubio')).toBe(true);
    for (const e of data.subgraph.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
    expect(data.stats.labels.find((l) => l.name === 'Person')?.count).toBeGreaterThan(0);
    expect(data.stats.lastIngestedAt).toBeTruthy();
  });
});
