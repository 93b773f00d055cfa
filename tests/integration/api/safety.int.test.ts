import { Database } from '../../../src/db/client';
import { emptyReport, type IngestArticles } from '../../../src/ingest/report';
import { freshDatabase, testConfig } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';
import { seedSampleGraph } from '../../helpers/sample-graph';

const KEY = 'test-api-key-0123456789';

describe('API safety: limits, auth, masking, HTTP endpoints', () => {
  let db: Database;
  let t: TestApi;
  let keyed: TestApi;
  const ingested: string[][] = [];
  const ingestArticles: IngestArticles = async (articles) => {
    ingested.push(articles.map((a) => a.id));
    return { ...emptyReport(), articlesRead: articles.length, articleIds: articles.map((a) => a.id) };
  };

  beforeAll(async () => {
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db);
    keyed = await startTestApi(db, { env: { API_KEY: KEY }, ingestArticles });
  });

  afterAll(async () => {
    await t?.api.close();
    await keyed?.api.close();
    await db?.close();
  });

  const codes = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    (res.errors ?? []).map((e) => e.extensions?.code);

  it('rejects an over-deep query with QUERY_TOO_COMPLEX before touching the database', async () => {
    const deep = `{ entity(name: "Rubio") { relationships { edges { node { from { relationships { edges { node { to {
      relationships { edges { node { from { name } } } } } } } } } } } } } }`;
    db.resetRoundTrips();
    const res = await t.gql(deep);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(res.errors![0]!.extensions).toMatchObject({ limit: 'depth' });
    expect(db.roundTripCount).toBe(0);
  });

  it('rejects first: 100000 with BAD_USER_INPUT, as a literal or a variable', async () => {
    db.resetRoundTrips();
    const literal = await t.gql(`{ entities(first: 100000) { edges { node { name } } } }`);
    expect(literal.status).toBe(400);
    expect(codes(literal)).toEqual(['BAD_USER_INPUT']);
    expect(literal.errors![0]!.extensions).toMatchObject({ argument: 'first', max: 100 });
    const variable = await t.gql(`query($n: PositiveInt) { events(first: $n) { totalCount } }`, {
      n: 100000,
    });
    expect(codes(variable)).toEqual(['BAD_USER_INPUT']);
    expect(db.roundTripCount).toBe(0);
  });

  it('rejects depth > 3, maxLength > 6, too many aliases and too costly queries', async () => {
    expect(codes(await t.gql(`{ neighbors(id: "person:marco-rubio", depth: 4) { totalCount } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(
        await t.gql(
          `{ path(from: "person:marco-rubio", to: "cartel:sinaloa-cartel", maxLength: 9) { length } }`,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: stats { lastIngestedAt }`).join(' ');
    const tooMany = await t.gql(`{ ${aliases} }`);
    expect(codes(tooMany)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(tooMany.errors![0]!.extensions).toMatchObject({ limit: 'aliases' });
    const costly = await t.gql(`{ entities(first: 100) { edges { node {
      relationships(first: 100) { edges { node { type from { name } to { name } } } } } } } }`);
    expect(codes(costly)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(costly.errors![0]!.extensions).toMatchObject({ limit: 'cost' });
  });

  it('refuses a mutation without the key (UNAUTHENTICATED) and on a server without API_KEY (FORBIDDEN)', async () => {
    const mutation = `mutation { ingestArticles(articles: [{ text: "Rubio called de la Fuente." }]) { articlesRead } }`;
    const noKey = await keyed.gql(mutation);
    expect(noKey.status).toBe(401);
    expect(codes(noKey)).toEqual(['UNAUTHENTICATED']);
    const wrongKey = await keyed.gql(mutation, {}, { authorization: 'Bearer not-the-key-at-all-0000' });
    expect(codes(wrongKey)).toEqual(['UNAUTHENTICATED']);
    const disabled = await t.gql(mutation, {}, { authorization: `Bearer ${KEY}` });
    expect(codes(disabled)).toEqual(['FORBIDDEN']);
    expect(ingested).toEqual([]);
  });

  it('runs the mutation with the key, and says when ingestion is unavailable', async () => {
    const res = await keyed.gql<{ ingestArticles: { articlesRead: number; articleIds: string[] } }>(
      `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articlesRead articleIds } }`,
      {
        a: [
          { id: 'posted-1', text: 'Rubio called de la Fuente.' },
          { url: 'https://example.com/x', text: 'More.' },
        ],
      },
      { authorization: `Bearer ${KEY}` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticles).toEqual({
      articlesRead: 2,
      articleIds: ['posted-1', 'https://example.com/x'],
    });
    const noPipeline = await startTestApi(db, { env: { API_KEY: KEY } });
    try {
      const unavailable = await noPipeline.gql(
        `mutation { ingestArticles(articles: [{ text: "x" }]) { articlesRead } }`,
        {},
        {
          authorization: `Bearer ${KEY}`,
        },
      );
      expect(codes(unavailable)).toEqual(['INGESTION_UNAVAILABLE']);
    } finally {
      await noPipeline.api.close();
    }
  });

  it('masks unexpected errors as INTERNAL_SERVER_ERROR and logs them in full', async () => {
    // A database that does not exist: every statement fails with an error the client must not see.
    const broken = Database.fromConfig(testConfig({ NEO4J_DATABASE: 'nosuchdb' }), 'broken');
    const logged: string[] = [];
    const api = await startTestApi(broken, { log: (line) => logged.push(line) });
    try {
      const res = await api.gql(`{ entity(id: "person:marco-rubio") { name } }`);
      expect(codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(res.errors![0]!.message).toBe('Internal server error');
      expect(JSON.stringify(res)).not.toMatch(/nosuchdb|neo4j|stack/i);
      expect(logged.join('\n')).toMatch(/entity/);
    } finally {
      await api.api.close();
      await broken.close();
    }
  });

  it('answers CORS only for allowed origins', async () => {
    const cors = await startTestApi(db, { env: { CORS_ORIGINS: 'https://allowed.example' } });
    try {
      const preflight = (origin: string) =>
        fetch(cors.url, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      expect((await preflight('https://allowed.example')).headers.get('access-control-allow-origin')).toBe(
        'https://allowed.example',
      );
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await cors.api.close();
    }
  });

  it('can turn introspection off', async () => {
    const closed = await startTestApi(db, { env: { GRAPHQL_INTROSPECTION: 'false' } });
    try {
      const res = await closed.gql(`{ __schema { types { name } } }`);
      expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    } finally {
      await closed.api.close();
    }
  });

  it('serves /healthz, /readyz, and the explorer only to browsers', async () => {
    const base = new URL(t.url).origin;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    for (const path of ['/', '/graphql']) {
      const html = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(html.status).toBe(200);
      const body = await html.text();
      expect(body).toContain('/explorer/graphiql.js');
      expect(body).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
    }
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css', 'explorer.js']) {
      expect((await fetch(`${base}/explorer/${asset}`)).status).toBe(200);
    }
    expect((await fetch(`${base}/explorer/..%2Fpackage.json`)).status).toBe(404);
  });

  it('reports not ready when the database is unreachable', async () => {
    const broken = Database.fromConfig(testConfig({ NEO4J_DATABASE: 'nosuchdb' }), 'broken');
    const api = await startTestApi(broken);
    try {
      expect((await fetch(`${new URL(api.url).origin}/readyz`)).status).toBe(503);
    } finally {
      await api.api.close();
      await broken.close();
    }
  });
});
