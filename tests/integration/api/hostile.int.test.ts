import type { Database } from '../../../src/db/client';
import { DOCUMENT_CAPS } from '../../../src/api/limits';
import { freshDatabase } from '../../helpers/db';
import { graphCounts } from '../../helpers/graph';
import { fanOut, LagMonitor } from '../../helpers/hostile';
import { startTestApi, type TestApi } from '../../helpers/http';
import { seedSampleGraph } from '../../helpers/sample-graph';

/** The event loop may be blocked at most this long by any hostile request (issue 11). */
const MAX_LAG_MS = 250;

type Body = { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Expected HTTP status and error codes ([] = data without errors). */
  status: number;
  codes: string[];
}

// Decimal megabytes: 1 MB of variable still fits the 1 MiB body limit of unauthenticated requests.
const mb = (n: number) => 'x'.repeat(n * 1_000_000);
const nested = (levels: number) =>
  `{ entity(id: "person:marco-rubio") { ${'relationships { edges { node { from { '.repeat(levels)} name ${'} } } } '.repeat(levels)} } }`;

const CASES: Case[] = [
  { name: 'fragment fan-out, 10 levels', query: fanOut(10), status: 200, codes: [] },
  { name: 'fragment fan-out, 20 levels', query: fanOut(20), status: 400, codes: ['QUERY_TOO_COMPLEX'] },
  { name: 'fragment fan-out, 30 levels', query: fanOut(30), status: 400, codes: ['QUERY_TOO_COMPLEX'] },
  {
    name: 'fragment fan-out, 30 levels × 8 spreads',
    query: fanOut(30, 8),
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: '500 aliases',
    query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: stats { lastIngestedAt }`).join(' ')} }`,
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: 'a field bomb of 700 identical fields (merged)',
    query: `{ stats { ${'lastIngestedAt '.repeat(700)} } }`,
    status: 200,
    codes: [],
  },
  {
    name: 'a field bomb just under the token cap (graphql-js gives up validating)',
    query: `{ stats { ${'lastIngestedAt '.repeat(DOCUMENT_CAPS.maxTokens - 10)} } }`,
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: 'a field bomb over the token cap',
    query: `{ stats { ${'lastIngestedAt '.repeat(50_000)} } }`,
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  { name: 'nesting 50 levels deep', query: nested(50), status: 400, codes: ['QUERY_TOO_COMPLEX'] },
  { name: 'nesting 2,000 levels deep', query: nested(2000), status: 400, codes: ['QUERY_TOO_COMPLEX'] },
  {
    name: 'a fragment cycle',
    query: 'query { stats { ...A } } fragment A on Stats { ...B } fragment B on Stats { ...A }',
    status: 400,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: '200 fragment definitions',
    query: `{ stats { lastIngestedAt } } ${Array.from({ length: 200 }, (_, i) => `fragment G${i} on Stats { lastIngestedAt }`).join(' ')}`,
    status: 400,
    codes: ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: 'first: 1,000,000',
    query: '{ entities(first: 1000000) { totalCount } }',
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'first: 2^31 in a variable',
    query: 'query($n: PositiveInt) { entities(first: $n) { totalCount } }',
    variables: { n: 2 ** 31 },
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a 1,000,000-character variable for entity(name:)',
    query: 'query($n: String) { entity(name: $n) { id } }',
    variables: { n: 'x'.repeat(1_000_000) },
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'a 100,000-character variable nobody reads',
    query: 'query($n: String) { stats { lastIngestedAt } }',
    variables: { n: 'x'.repeat(100_000) },
    status: 400,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: 'an 8 MB variable without an API key (body over 1 MB)',
    query: 'query($n: String) { entity(name: $n) { id } }',
    variables: { n: mb(8) },
    status: 413,
    codes: ['PAYLOAD_TOO_LARGE'],
  },
  {
    name: 'search of 1 MB',
    query: 'query($q: String!) { search(query: $q) { totalCount } }',
    variables: { q: mb(1) },
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'search with a 10,000-character word',
    query: 'query($q: String!) { search(query: $q) { totalCount } }',
    variables: { q: 'a'.repeat(10_000) },
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'search with 1,100 words',
    query: 'query($q: String!) { search(query: $q) { totalCount } }',
    variables: { q: Array.from({ length: 1100 }, (_, i) => `w${i}`).join(' ') },
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  ...[
    'rubio* AND NOT ~ ? \\',
    '"unbalanced (quote',
    'a'.repeat(50),
    '/.*/ [a TO z] {x TO y} ^9 ||',
    `${'a-'.repeat(20)} ${'b.'.repeat(20)} ${'c/'.repeat(20)} ${'d'.repeat(50)}`,
  ].map((q) => ({
    name: `pathological search ${JSON.stringify(q.slice(0, 30))}`,
    query: 'query($q: String!) { search(query: $q) { totalCount } }',
    variables: { q },
    status: 200,
    codes: [],
  })),
  {
    name: 'entity(name:) of 1 MB',
    query: 'query($n: String) { entity(name: $n) { id } }',
    variables: { n: mb(1) },
    status: 400,
    codes: ['BAD_USER_INPUT'],
  },
  ...['', '*', "'", '🙂', '\u0000'].map((p) => ({
    name: `namePrefix ${JSON.stringify(p)}`,
    query: 'query($p: String) { entities(filter: { namePrefix: $p }) { totalCount } }',
    variables: { p },
    status: 400,
    codes: ['BAD_USER_INPUT'],
  })),
];

/** Strings that would do harm if they were concatenated into Cypher, Lucene or a path. */
const INJECTIONS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  '`) DETACH DELETE n //',
  '*:* OR $lucene',
  '../../../etc/passwd <script>',
  '\u0000\u0001\\',
];

/** Every string or ID argument of the Query fields, with a selection that makes the query valid. */
const INJECTABLE: Array<{ template: (v: string) => string }> = [
  { template: (v) => `{ node(id: ${v}) { id } }` },
  { template: (v) => `{ entity(id: ${v}) { id } }` },
  { template: (v) => `{ entity(name: ${v}) { id } }` },
  { template: (v) => `{ search(query: ${v}) { totalCount } }` },
  { template: (v) => `{ entities(filter: { namePrefix: ${v} }) { totalCount } }` },
  { template: (v) => `{ entities(filter: { mentionedIn: ${v} }) { totalCount } }` },
  { template: (v) => `{ entities(after: ${v}) { totalCount } }` },
  { template: (v) => `{ events(filter: { participant: ${v}, location: ${v} }) { totalCount } }` },
  { template: (v) => `{ articles(filter: { source: ${v}, mentions: ${v} }) { totalCount } }` },
  { template: (v) => `{ neighbors(id: ${v}) { totalCount } }` },
  { template: (v) => `{ path(from: ${v}, to: ${v}) { length } }` },
  { template: (v) => `{ paths(from: ${v}, to: ${v}) { totalCount } }` },
  { template: (v) => `{ relationshipsBetween(a: ${v}, b: ${v}) { relationships { type } } }` },
  { template: (v) => `{ coMentioned(id: ${v}) { totalCount } }` },
  { template: (v) => `{ subgraph(ids: [${v}]) { nodes { id } } }` },
  { template: (v) => `{ entity(id: "person:marco-rubio") { mentions(after: ${v}) { totalCount } } }` },
];

describe('hostile queries: each answered with the right code, the event loop never blocked', () => {
  let db: Database;
  let t: TestApi;
  const lag = new LagMonitor();
  const figures: string[] = [];
  /** The longest time the event loop was blocked while each request ran, by request. */
  const blocked: Array<{
    name: string;
    ms: number;
    delayMs: number;
    query: string;
    variables: Record<string, unknown>;
  }> = [];

  beforeAll(async () => {
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db);
    // Warm up (JIT, schema caches, the driver pool) so the lag measured is the requests' own.
    await t.gql('{ stats { lastIngestedAt } }');
  });

  afterAll(async () => {
    const worst = [...blocked].sort((a, b) => b.ms - a.ms)[0];
    process.stderr.write(
      `\nhostile queries:\n  ${figures.join('\n  ')}\n` +
        `event loop blocked at most ${worst?.ms} ms (${worst?.name}; raw delay ${worst?.delayMs} ms) over ${blocked.length} requests\n`,
    );
    await t?.api.close();
    await db?.close();
  });

  /** POSTs one operation, measuring how long the event loop is blocked while it runs. */
  const post = async (query: string, variables: Record<string, unknown> = {}, name = query.slice(0, 60)) => {
    // Encoded before measuring: the client's own work on a large body is not the server's.
    const body = new Blob([JSON.stringify({ query, variables })]);
    lag.start();
    try {
      const res = await fetch(t.url, {
        method: 'POST',
        // The GraphQL-over-HTTP media type: request errors are 400 (with plain application/json
        // they are 200 by the spec, see docs/api.md), so the status tells the outcome apart.
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body,
      });
      return { status: res.status, body: (await res.json()) as Body };
    } finally {
      lag.stop();
      blocked.push({ name, ms: lag.maxBlockedMs, delayMs: lag.maxDelayMs, query, variables });
    }
  };

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const started = performance.now();
    const { status, body } = await post(c.query, c.variables, c.name);
    const codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code))];
    expect({ status, codes }).toEqual({
      status: c.status,
      codes: c.codes,
    });
    if (c.codes.length === 0) expect(body.data).toBeTruthy();
    figures.push(
      `${c.name}: ${Math.round(performance.now() - started)} ms, blocked ${lag.maxBlockedMs} ms (delay ${lag.maxDelayMs} ms)`,
    );
  });

  it('reject oversized input before the database', async () => {
    db.resetRoundTrips();
    await post('query($n: String) { entity(name: $n) { id } }', { n: mb(1) });
    await post('query($q: String!) { search(query: $q) { totalCount } }', { q: mb(1) });
    expect(db.roundTripCount).toBe(0);
  });

  it('treats injection strings in every string and ID argument as data: no internal error, graph unchanged', async () => {
    const before = await graphCounts(db);
    let requests = 0;
    const started = performance.now();
    for (const { template } of INJECTABLE) {
      for (const value of INJECTIONS) {
        const { status, body } = await post(template(JSON.stringify(value)));
        requests++;
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        expect({ template: template('…'), value, status, codes }).toEqual({
          template: template('…'),
          value,
          status: codes.length === 0 ? 200 : status,
          codes: codes.filter((c) => c === 'BAD_USER_INPUT' || c === 'NOT_FOUND'),
        });
        expect(status).toBeLessThan(500);
      }
    }
    expect(await graphCounts(db)).toEqual(before);
    figures.push(`${requests} injection requests in ${Math.round(performance.now() - started)} ms`);
  });

  it('a batch (JSON array) is refused', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ stats { lastIngestedAt } }' }))),
    });
    expect(res.status).toBe(400);
  });

  it(`kept the event loop free: no request blocked it for ${MAX_LAG_MS} ms or more`, async () => {
    expect(blocked.length).toBeGreaterThan(CASES.length);
    // Other processes on this machine's cores can stretch one measurement: a request over the
    // bound is measured twice more and keeps its best figure. A request that really blocks the
    // loop (a parse or validation freeze) is over the bound every time.
    const over: Array<{ name: string; ms: number[] }> = [];
    for (const b of blocked.filter((x) => x.ms >= MAX_LAG_MS)) {
      const ms = [b.ms];
      for (let i = 0; i < 2 && Math.min(...ms) >= MAX_LAG_MS; i++) {
        await post(b.query, b.variables, `${b.name} (again)`);
        ms.push(lag.maxBlockedMs);
      }
      if (Math.min(...ms) >= MAX_LAG_MS) over.push({ name: b.name, ms });
    }
    expect(over).toEqual([]);
  });
});
