import zlib from 'node:zlib';
import type { Database } from '../../../src/db/client';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';

/** Signs of a leak: an HTML page, a stack frame, an absolute path of this checkout. */
const LEAKS = [/<html|<pre|<!DOCTYPE/i, /\bat \S+ \(/, /node_modules/, new RegExp(process.cwd())];

describe('one error format: JSON from every layer, no HTML, stack traces or paths', () => {
  let db: Database;
  let t: TestApi;
  let closed: TestApi;

  beforeAll(async () => {
    db = await freshDatabase();
    t = await startTestApi(db);
    closed = await startTestApi(db, { env: { GRAPHQL_INTROSPECTION: 'false' } });
  });

  afterAll(async () => {
    await t?.api.close();
    await closed?.api.close();
    await db?.close();
  });

  const send = async (headers: Record<string, string>, body: Blob | string, url = t.url) => {
    const res = await fetch(url, { method: 'POST', headers, body });
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  };
  const query = JSON.stringify({ query: '{ stats { lastIngestedAt } }' });
  const bomb = new Blob([new Uint8Array(zlib.gzipSync(Buffer.alloc(30 * 1024 * 1024, 0x20)))]);

  it.each([
    [
      'an unsupported charset',
      { 'content-type': 'application/json; charset=latin1' },
      query,
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a broken gzip body',
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      'not gzip at all',
      400,
      'BAD_REQUEST',
    ],
    [
      'a gzip bomb (30 MB of spaces)',
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      bomb,
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'an unknown encoding',
      { 'content-type': 'application/json', 'content-encoding': 'br2' },
      query,
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'malformed JSON (Express route)',
      {
        'content-type': 'application/json; charset=utf-8',
        'content-encoding': 'identity',
        'x-force': 'express',
      },
      '{"query": ',
      400,
      'BAD_REQUEST',
    ],
    ['malformed JSON (fast route)', { 'content-type': 'application/json' }, '{"query": ', 400, 'BAD_REQUEST'],
  ] as const)('%s', async (_name, headers, body, status, code) => {
    const res = await send({ ...headers }, body);
    expect(res.status).toBe(status);
    expect(res.type).toMatch(/^application\/json/);
    expect(JSON.parse(res.text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
    for (const leak of LEAKS) expect(res.text).not.toMatch(leak);
  });

  it('answers unknown paths with a JSON 404', async () => {
    const res = await fetch(new URL('/no/such/page', t.url));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('hides "Did you mean" suggestions when introspection is off, and only then', async () => {
    const typo = '{ entitis { totalCount } stats { lastIngestedA } }';
    const open = await t.gql(typo);
    expect(open.errors!.map((e) => e.message).join(' ')).toMatch(/Did you mean/);
    const hidden = await closed.gql(typo);
    // A validation error: 200 for an application/json client by the GraphQL-over-HTTP spec.
    expect(hidden.errors!.map((e) => e.extensions?.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(hidden.errors!.length).toBeGreaterThan(0);
    for (const e of hidden.errors!) {
      expect(e.message).not.toMatch(/Did you mean|entities|lastIngestedAt/);
    }
  });
});
