/**
 * `npm run bench:api`: builds a synthetic graph of ≥ 100,000 entities in a throwaway local Neo4j,
 * then measures, under concurrent load (autocannon), entity lookup, 2-hop neighbors, shortest path
 * and a timeline page — each through Newsgraph's GraphQL endpoint and as the same Cypher
 * statements through the bare driver behind a minimal HTTP server (the floor) — and prints
 * p50/p95 latency, throughput, the ratio to the floor and the API's peak resident memory.
 *
 * Modes: no argument = orchestrate; `--serve-api` / `--serve-floor` = the child servers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { startApiServer } from '../src/api/server';
import { keyAfter, toKeyCursor } from '../src/api/connection';
import { timelineRanges } from '../src/api/repository/graph';
import { nameLucene } from '../src/api/repository/lucene';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { Database } from '../src/db/client';
import { cypher } from '../src/db/cypher';
import { freePort } from '../src/db/local-server';
import { startThrowawayServer } from '../src/db/throwaway-server';
import { nameKey } from '../src/domain/names';
import { RELATION_TYPES } from '../src/domain/types';
import { writeSyntheticGraph } from './synthetic-graph';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Each side's measured time is split into this many slices, alternating API and floor. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 100_000);
const say = (line: string) => process.stdout.write(`${line}\n`);

interface Inputs {
  names: string[];
  ids: string[];
  pairs: Array<[string, string]>;
  dates: string[];
  /** Start dates with a cursor to page 50 of their timeline (keyset: after the 980th event). */
  deep: Array<{ from: string; after: string }>;
}

/** The GraphQL operations measured, and their variables per request. */
const SCENARIOS = [
  {
    name: 'entity lookup',
    query: `query Lookup($name: String!) { entity(name: $name) { id key name type aliases mentionCount articleCount } }`,
    variables: (i: Inputs, n: number) => ({ name: i.names[n % i.names.length] }),
  },
  {
    name: '2-hop neighbors',
    query: `query Neighbors($id: ID!) { neighbors(id: $id, depth: 2, first: 20) { totalCount edges { distance node { key name type mentionCount } } } }`,
    variables: (i: Inputs, n: number) => ({ id: i.ids[n % i.ids.length] }),
  },
  {
    name: 'shortest path',
    query: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 6) { length steps { from { name } to { name } relationship { type role } event { type date } evidence { sentence } } } }`,
    variables: (i: Inputs, n: number) => {
      const [from, to] = i.pairs[n % i.pairs.length]!;
      return { from, to };
    },
  },
  {
    name: 'timeline page',
    query: `query Timeline($from: LocalDate) { events(filter: { types: [CALL, MEETING], from: $from }, first: 20) { edges { node { key date type name participants { name } location { name } } } } }`,
    variables: (i: Inputs, n: number) => ({ from: i.dates[n % i.dates.length] }),
  },
  {
    // Keyset paging: page 50 reads about as much as page 1 (the bound: within 1.5×).
    name: 'timeline page 50',
    query: `query Timeline($from: LocalDate, $after: String) { events(filter: { types: [CALL, MEETING], from: $from }, first: 20, after: $after) { edges { node { key date type name participants { name } location { name } } } } }`,
    variables: (i: Inputs, n: number) => i.deep[n % i.deep.length]!,
  },
] as const;

// ---------------------------------------------------------------------------------------------
// The floor: the statements the API sends for each scenario, through the bare driver.

function floorHandlers(driver: ReturnType<typeof neo4j.driver>) {
  const read = async (name: string, params: Record<string, unknown>) => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.executeRead((tx) => tx.run(cypher(name), params), { timeout: 15_000 });
      return res.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  const rels = [...RELATION_TYPES];
  return {
    async lookup(v: Record<string, string>) {
      const name = v.name!;
      const key = nameKey(name);
      // As GraphRepository.findEntityByName: exact first, the full-text fallback only on a miss.
      const exact = await read('api/find-entity-by-name', { key, lucene: null });
      return exact.length ? exact : read('api/find-entity-by-name', { key, lucene: nameLucene(name) });
    },
    async neighbors(v: Record<string, string>) {
      const visited = new Set([v.id!]);
      let frontier = [v.id!];
      const found: unknown[] = [];
      for (let level = 1; level <= 2 && frontier.length; level++) {
        const rows = await read('api/expand-neighbors', {
          frontier,
          visited: [...visited],
          relTypes: rels,
          viaEvents: true,
          minConfidence: 0,
          cap: 500,
        });
        frontier = [];
        for (const row of rows) {
          const id = (row.entity as { id: string }).id;
          visited.add(id);
          frontier.push(id);
          found.push(row);
        }
      }
      return found.slice(0, 20);
    },
    async path(v: Record<string, string>) {
      const rows = await read('api/find-shortest-path', { from: v.from, to: v.to, maxRels: 12 });
      const nodes = (rows[0]?.nodes ?? []) as Array<{ id: string; event: boolean }>;
      const entityIds = nodes.filter((n) => !n.event).map((n) => n.id);
      const eventIds = nodes.filter((n) => n.event).map((n) => n.id);
      const [entities, events] = await Promise.all([
        entityIds.length ? read('api/find-entities', { ids: entityIds }) : [],
        eventIds.length ? read('api/find-events', { ids: eventIds }) : [],
      ]);
      return { rows, entities, events };
    },
    async timeline(v: Record<string, string>) {
      // The cursor of a deep page names the event it follows: ['d', date, id].
      const after = v.after ? keyAfter(v.after) : null;
      const afterDate = after ? String(after[1]) : null;
      const events = await read('api/list-events', {
        types: ['CALL', 'MEETING'],
        participantId: null,
        locationId: null,
        minConfidence: 0,
        ranges: timelineRanges(v.from!, null, { above: afterDate }),
        afterDate,
        afterId: after ? String(after[2]) : null,
        limit: 21,
      });
      const ids = new Set<string>();
      for (const e of events) {
        for (const p of e.participantIds as string[]) ids.add(p);
        if (e.locationId) ids.add(e.locationId as string);
      }
      const entities = ids.size ? await read('api/find-entities', { ids: [...ids] }) : [];
      return { events: events.slice(0, 20), entities };
    },
  };
}

/**
 * tsx turns on source-mapped stack traces; production (`node dist/…`) runs without them. The
 * driver records a stack trace for every query result, and mapping it through source maps costs
 * ~60 µs a request on each side: turn them off so both servers run as they would in production.
 */
function likeProduction(): void {
  process.setSourceMapsEnabled(false);
}

async function serveFloor(): Promise<void> {
  likeProduction();
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!),
    {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      logging: { level: 'error', logger: () => undefined },
    },
  );
  const handlers = floorHandlers(driver) as Record<string, (v: Record<string, string>) => Promise<unknown>>;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const handler = handlers[(req.url ?? '').slice(1)];
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        variables: Record<string, string>;
      };
      handler(variables).then(
        (data) => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
        },
        (err: unknown) => {
          res.writeHead(500).end(String(err));
        },
      );
    });
  });
  server.listen(Number(process.env.PORT), () => say(`READY http://127.0.0.1:${process.env.PORT}`));
  process.once('SIGTERM', () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  });
}

async function serveApi(): Promise<void> {
  likeProduction();
  const config = loadConfig(process.env);
  const db = Database.fromConfig(config, 'newsgraph-bench');
  const api = await startApiServer({ config, db, log: () => undefined });
  say(`READY ${api.url}`);
  process.once('SIGTERM', () => {
    void api
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}

// ---------------------------------------------------------------------------------------------
// Orchestration.

function spawnChild(mode: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', __filename, mode], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\S+)/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`${mode} exited with ${code}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function rssKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
}

interface Measured {
  p50: number;
  p95: number;
  rps: number;
  errors: number;
  /** Every response time, sorted (ms). */
  times: number[];
  seconds: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** One measurement from several slices: all their responses, over all their time. */
function pool(slices: Measured[]): Measured {
  const times = slices.flatMap((m) => m.times).sort((a, b) => a - b);
  const seconds = slices.reduce((t, m) => t + m.seconds, 0);
  return {
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    rps: times.length / seconds,
    errors: slices.reduce((e, m) => e + m.errors, 0),
    times,
    seconds,
  };
}

/** Runs autocannon against `url`, each request's body made by `body(n)`; latencies in ms. */
async function load(url: string, body: (n: number) => string, seconds: number): Promise<Measured> {
  let n = 0;
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: body(n++) }) }],
  });
  (instance as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status !== 200) errors++;
      times.push(responseTime);
    },
  );
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    rps: times.length / seconds,
    errors: errors + result.errors + result.non2xx,
    times,
    seconds,
  };
}

async function pickInputs(
  db: Database,
  graph: Awaited<ReturnType<typeof writeSyntheticGraph>>,
): Promise<Inputs> {
  const n = graph.entityIds.length;
  // Typical entities: the middle of the popularity range, not the hubs.
  const sample = Array.from({ length: 300 }, (_, k) => Math.floor(n * 0.01 + ((n * 0.5) / 300) * k));
  const names = sample.map((i, k) =>
    k % 3 === 0 ? graph.entityNames[i]!.toUpperCase() : graph.entityNames[i]!,
  );
  const ids = sample.map((i) => graph.entityIds[i]!);
  const pairs: Array<[string, string]> = [];
  for (let k = 0; pairs.length < 40 && k < 200; k++) {
    const from = graph.entityIds[Math.floor(n * 0.02) + k * 37]!;
    const to = graph.entityIds[Math.floor(n * 0.05) + k * 53]!;
    const rows = await db.read('api/find-shortest-path', { from, to, maxRels: 12 });
    if (rows.length) pairs.push([from, to]);
  }
  const dates = Array.from(
    { length: 60 },
    (_, k) => `${2020 + (k % 6)}-${String((k % 12) + 1).padStart(2, '0')}-01`,
  );
  const deep: Inputs['deep'] = [];
  for (const from of dates) {
    const [row] = await db.read('bench/find-timeline-cursor', { from, position: 49 * 20 - 1 });
    if (row) deep.push({ from, after: toKeyCursor(['d', row.date as string, row.id as string]) });
  }
  if (deep.length === 0) throw new Error('no start date has 50 pages of calls and meetings');
  return { names, ids, pairs, dates, deep };
}

async function main(): Promise<void> {
  const started = Date.now();
  const [apiPort, floorPort] = [await freePort(), await freePort()];
  const server = await startThrowawayServer({
    heapSize: process.env.BENCH_NEO4J_HEAP ?? '1g',
    pageCacheSize: process.env.BENCH_NEO4J_PAGECACHE ?? '512m',
    log: say,
  });
  const children: ChildProcess[] = [];
  try {
    const env = { ...server.env, NEO4J_DATABASE: 'neo4j' };
    const db = server.connect({ txTimeoutMs: 120_000 });
    await db.migrate();
    say(`Neo4j up; building the synthetic graph (${ENTITIES} entities)…`);
    const graph = await writeSyntheticGraph(db, {
      entities: ENTITIES,
      articles: Math.round(ENTITIES / 5),
      mentionsPerArticle: 10,
      relations: Math.round(ENTITIES * 1.5),
      events: Math.round(ENTITIES * 0.3),
      log: say,
    });
    await db.readTx((tx) => db.runText(tx, 'CALL db.awaitIndexes(300)'));
    const inputs = await pickInputs(db, graph);
    await db.close();
    say(
      `graph ready in ${((Date.now() - started) / 1000).toFixed(0)} s; ${inputs.pairs.length} connected pairs for paths`,
    );

    const rows: string[][] = [];
    const api = await spawnChild('--serve-api', { ...env, PORT: String(apiPort), MAX_PAGE_SIZE: '100' });
    children.push(api.child);
    const floor = await spawnChild('--serve-floor', { ...env, PORT: String(floorPort) });
    children.push(floor.child);
    let peakSample = 0;
    const sampler = setInterval(() => {
      if (api.child.pid) peakSample = Math.max(peakSample, rssKb(api.child.pid, 'VmRSS'));
    }, 250);
    const routes = ['lookup', 'neighbors', 'path', 'timeline', 'timeline'];
    const apiResults: Measured[] = [];
    const floorResults: Measured[] = [];
    // Other work on a shared machine comes and goes within seconds: measuring the API and the floor
    // in alternating slices of the same minute keeps the ratio fair where back-to-back runs did not.
    for (const [k, s] of SCENARIOS.entries()) {
      const sides = [
        {
          url: api.url,
          body: (n: number) => JSON.stringify({ query: s.query, variables: s.variables(inputs, n) }),
        },
        {
          url: `${floor.url}/${routes[k]}`,
          body: (n: number) => JSON.stringify({ variables: s.variables(inputs, n) }),
        },
      ];
      for (const side of sides) await load(side.url, side.body, WARMUP_S);
      const slices: Measured[][] = [[], []];
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, side] of sides.entries()) {
          slices[i]!.push(await load(side.url, side.body, DURATION_S / ROUNDS));
        }
      }
      apiResults.push(pool(slices[0]!));
      floorResults.push(pool(slices[1]!));
      say(`  ${s.name}: done`);
    }
    clearInterval(sampler);
    const peakRss = Math.max(peakSample, api.child.pid ? rssKb(api.child.pid, 'VmHWM') : 0);
    await stopChild(api.child);
    await stopChild(floor.child);

    const f = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 1 : 0) : '–');
    for (const [k, s] of SCENARIOS.entries()) {
      const a = apiResults[k]!;
      const b = floorResults[k]!;
      rows.push([
        s.name,
        `${f(a.p50)} / ${f(a.p95)}`,
        f(a.rps),
        `${f(b.p50)} / ${f(b.p95)}`,
        f(b.rps),
        `${(a.p50 / b.p50).toFixed(2)}×`,
        `${(a.p95 / b.p95).toFixed(2)}×`,
        `${(a.rps / b.rps).toFixed(2)}×`,
        String(a.errors + b.errors),
      ]);
    }
    const header = [
      'scenario',
      'GraphQL p50/p95 ms',
      'GraphQL req/s',
      'driver p50/p95 ms',
      'driver req/s',
      'p50 ratio',
      'p95 ratio',
      'req/s ratio',
      'errors',
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    say('');
    say(
      `bench:api — ${graph.counts.entities} entities, ${graph.counts.articles} articles, ${graph.counts.mentions} mentions, ` +
        `${graph.counts.relations} relations, ${graph.counts.events} events; ${CONNECTIONS} connections, ${DURATION_S} s each in ${ROUNDS} alternating slices, ${os.cpus().length} cores, load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    say(line(header));
    say(line(widths.map((w) => '-'.repeat(w))));
    for (const r of rows) say(line(r));
    // Issue #10: a deep page costs what a page costs — page 50's p50 within 1.5× of page 1's.
    const pageOf = (name: string) => SCENARIOS.findIndex((s) => s.name === name);
    const [page1, page50] = [pageOf('timeline page'), pageOf('timeline page 50')];
    for (const [side, results] of [
      ['GraphQL', apiResults],
      ['driver', floorResults],
    ] as const) {
      const [first, deep] = [results[page1]!.p50, results[page50]!.p50];
      say(
        `timeline page 50 / page 1 p50 (${side}): ${f(deep)} / ${f(first)} ms = ${(deep / first).toFixed(2)}× (issue #10: ≤ 1.50×)`,
      );
    }
    say(`API peak resident memory under load: ${(peakRss / 1024).toFixed(0)} MB`);
    say(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    for (const c of children) await stopChild(c);
    await server.dispose();
  }
}

const mode = process.argv[2];
const run = mode === '--serve-api' ? serveApi : mode === '--serve-floor' ? serveFloor : main;
run().catch((err: unknown) => {
  process.stderr.write(
    `bench:api failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
