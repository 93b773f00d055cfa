import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { Database } from '../../src/db/client';
import type { RawArticle } from '../../src/domain/types';
import { ingestPaths, ingestRawArticles } from '../../src/ingest/pipeline';
import type { IngestReport } from '../../src/ingest/report';
import { clearDatabase, freshDatabase, testConfig } from '../helpers/db';
import { canonicalFingerprint, graphFingerprint } from '../helpers/graph';
import { storyCorpus } from '../helpers/story-corpus';

const CLI = path.join(PROJECT_ROOT, 'bin', 'newsgraph.js');
const FILE_ARTICLES = 36;
const API_ARTICLES = 12;

/** `newsgraph ingest` as a separate process; resolves with its exit code and output. */
function cliIngest(paths: string[], extra: string[] = []): Promise<{ code: number | null; output: string }> {
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  }
  const child = spawn(process.execPath, [CLI, 'ingest', '--batch-size', '4', ...extra, ...paths], {
    env: { ...process.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

const ingested = (output: string) => Number(/(\d+) ingested/.exec(output)?.[1] ?? NaN);
const opts = (db: Database) => ({ db, batchSize: 4, maxFileBytes: 1e6 });

describe('many writers at once', () => {
  let db: Database;
  let dir: string;
  let files: string[];
  let apiArticles: RawArticle[];
  let sequential: Awaited<ReturnType<typeof canonicalFingerprint>>;

  beforeAll(async () => {
    db = await freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-concurrent-'));
    files = storyCorpus(FILE_ARTICLES).map((a) => {
      const file = path.join(dir, `${a.id}.json`);
      fs.writeFileSync(
        file,
        JSON.stringify({ id: a.id, title: a.title, publishedAt: a.publishedAt, text: a.text }),
      );
      return file;
    });
    // Posted through the API's path: other articles about the same people and calls.
    apiArticles = storyCorpus(API_ARTICLES, 'api').map((a) => ({ ...a, origin: '#api' }));
  });

  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the corpus resolves to one graph whatever order one writer meets it in', async () => {
    await ingestPaths(files, opts(db));
    await ingestRawArticles(apiArticles, opts(db));
    sequential = await canonicalFingerprint(db);
    expect(sequential.nodes.length).toBeGreaterThan(100);

    await clearDatabase(db);
    await ingestRawArticles([...apiArticles].reverse(), opts(db));
    await ingestPaths([...files].reverse(), opts(db));
    expect(await canonicalFingerprint(db)).toEqual(sequential);
  }, 180_000);

  it('4 ingest processes and 2 API writers over overlapping corpora give the sequential graph, each article written once', async () => {
    await clearDatabase(db);
    // Worker k gets the files i with i % 4 in {k, k+1}: every file goes to two workers.
    const slices = [0, 1, 2, 3].map((k) => files.filter((_, i) => i % 4 === k || i % 4 === (k + 1) % 4));
    const api = [Database.fromConfig(testConfig(), 'api-1'), Database.fromConfig(testConfig(), 'api-2')];
    const post = async (writer: Database, articles: RawArticle[]) => {
      const reports: IngestReport[] = [];
      for (let i = 0; i < articles.length; i += 3)
        reports.push(await ingestRawArticles(articles.slice(i, i + 3), opts(writer)));
      return reports;
    };
    try {
      const [cli, apiReports] = await Promise.all([
        Promise.all(slices.map((s) => cliIngest(s))),
        Promise.all([post(api[0]!, apiArticles), post(api[1]!, [...apiArticles].reverse())]),
      ]);
      for (const run of cli) expect(run).toMatchObject({ code: 0 });
      const cliWritten = cli.reduce((n, run) => n + ingested(run.output), 0);
      const apiWritten = apiReports.flat().reduce((n, r) => n + r.articlesIngested, 0);
      // Every article is written by exactly one writer; the others find it unchanged.
      expect(cliWritten).toBe(FILE_ARTICLES);
      expect(apiWritten).toBe(API_ARTICLES);
      expect(apiReports.flat().flatMap((r) => r.skipped)).toEqual([]);
    } finally {
      await Promise.all(api.map((w) => w.close()));
    }
    const [dupes] = await db.read<{ entities: number; events: number }>('test/count-duplicates');
    expect(dupes).toEqual({ entities: 0, events: 0 });
    expect(await canonicalFingerprint(db)).toEqual(sequential);
    // Six writers on a machine shared with other work: a generous limit, not a performance claim.
  }, 240_000);

  it('`ingest --workers 3` shares one corpus among three processes and gives the sequential graph', async () => {
    await clearDatabase(db);
    const run = await cliIngest([dir], ['--workers', '3']);
    expect(run.code).toBe(0);
    expect(ingested(run.output)).toBe(FILE_ARTICLES);
    // Each article was read by exactly one of the workers.
    expect(run.output).toMatch(new RegExp(`articles: ${FILE_ARTICLES} read`));
    await ingestRawArticles(apiArticles, opts(db));
    expect(await canonicalFingerprint(db)).toEqual(sequential);
  }, 180_000);
});

describe('a write transaction the driver retries', () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.close());

  const articles = storyCorpus(10, 'retry');
  const counts = (r: IngestReport) => ({ ...r, durationMs: 0, writeMs: 0 });

  it('resolves again from the graph: same graph and same report counts as a run without the retry', async () => {
    const clean = await ingestRawArticles(articles, opts(db));
    const expected = await graphFingerprint(db);

    await clearDatabase(db);
    let attempts = 0;
    const retried = await ingestRawArticles(articles, {
      ...opts(db),
      beforeCommit: () => {
        attempts++;
        // Once, at the end of the first transaction's work: the driver rolls back and retries.
        if (attempts === 1) {
          throw new neo4j.Neo4jError(
            'injected by the test',
            'Neo.TransientError.Transaction.DeadlockDetected',
            'N/A',
            'N/A',
          );
        }
      },
    });
    expect(attempts).toBe(Math.ceil(articles.length / 4) + 1);
    expect(counts(retried)).toEqual(counts(clean));
    expect(retried.entitiesCreated).toBeGreaterThan(0);
    expect(retried.eventsMerged).toBeGreaterThan(0);
    expect(await graphFingerprint(db)).toEqual(expected);
  });
});

describe('the neo4j:// routing scheme (what a cluster or Aura is reached through)', () => {
  it('ingests and reads back through the routing driver, writers on a leader, reads after writes', async () => {
    const plain = await freshDatabase();
    await plain.close();
    const url = testConfig().boltUrl.replace(/^bolt:/, 'neo4j:');
    expect(url).toMatch(/^neo4j:\/\//);
    const routed = Database.fromConfig(testConfig({ NEO4J_URI: url }), 'routing-test');
    try {
      const report = await ingestRawArticles(storyCorpus(6, 'routed'), opts(routed));
      expect(report).toMatchObject({ articlesIngested: 6, skipped: [] });
      // A read right after the write, through a read session: bookmarks make it see the write.
      const rows = await routed.read<{ labels: string[] }>('test/entity-by-alias', { key: 'ana moreno' });
      expect(rows.map((r) => r.labels.sort())).toEqual([['Entity', 'Person']]);
      const [dupes] = await routed.read<{ entities: number; events: number }>('test/count-duplicates');
      expect(dupes).toEqual({ entities: 0, events: 0 });
    } finally {
      await routed.close();
    }
  });
});
