import type { Database } from '../../../src/db/client';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';
import { seedSampleGraph } from '../../helpers/sample-graph';

/**
 * Plain JSON POSTs skip Express (src/api/graphql-post.ts); everything else still goes through it.
 * Both paths must answer alike on CORS, CSRF, body size and malformed bodies.
 */
describe('POST /graphql without Express keeps the HTTP safety features', () => {
  let db: Database;
  let t: TestApi;
  const query = JSON.stringify({ query: '{ entities(first: 1) { totalCount } }' });

  beforeAll(async () => {
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db, { env: { CORS_ORIGINS: 'https://allowed.example' } });
  });

  afterAll(async () => {
    await t?.api.close();
    await db?.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it.each([['application/json'], ['application/json; charset=utf-8'], ['Application/JSON;charset="UTF-8"']])(
    'answers a query sent as %s',
    async (type) => {
      const res = await post(query, { 'content-type': type });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: { entities: { totalCount: number } } };
      expect(body.data.entities.totalCount).toBeGreaterThan(0);
    },
  );

  it('sends CORS headers to allowed origins only, on both paths', async () => {
    for (const type of ['application/json', 'application/json; charset=latin1']) {
      const allowed = await post(query, { origin: 'https://allowed.example', 'content-type': type });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
      expect(allowed.headers.get('vary')).toContain('Origin');
      const evil = await post(query, { origin: 'https://evil.example', 'content-type': type });
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('refuses a simple (CSRF-able) POST that a browser would send without a preflight', async () => {
    const res = await post(query, { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
  });

  it('refuses malformed JSON and bodies over the limit without running anything', async () => {
    db.resetRoundTrips();
    expect((await post('{ "query": ')).status).toBe(400);
    const huge = JSON.stringify({
      query: '{ entities(first: 1) { totalCount } }',
      variables: { pad: 'x'.repeat(11 * 1024 * 1024) },
    });
    expect((await post(huge)).status).toBe(413);
    expect(db.roundTripCount).toBe(0);
  });

  it('masks errors and applies limits as on any other request', async () => {
    const res = await post(JSON.stringify({ query: '{ entities(first: 100000) { totalCount } }' }));
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(res.status).toBe(400);
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});
