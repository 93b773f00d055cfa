/**
 * `npm run bench:scale`: what one article costs as the graph grows. For each size (entities;
 * BENCH_SCALE_SIZES, default 10000,100000,1000000) a throwaway Neo4j gets a synthetic graph
 * (bench/synthetic-graph.ts: events 0.3×, articles 0.2×, relations 1× the entities, 8 mentions per
 * article), then the same 100 synthetic news articles as warm-up (so the measured articles meet
 * known people, agencies and hubs), then:
 *  - one-article `ingestArticles` calls (the API's path; median of BENCH_SCALE_ONE, default 5),
 *  - 50-article batches (one transaction each; median of BENCH_SCALE_BATCHES, default 3),
 *  - `newsgraph ingest` of 50 more articles as a child process: its peak RSS.
 * Prints a table with each figure's ratio to the smallest size.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { statements } from '../src/db/cypher';
import { startThrowawayServer } from '../src/db/throwaway-server';
import type { RawArticle } from '../src/domain/types';
import { ingestRawArticles } from '../src/ingest/pipeline';
import { readSources } from '../src/ingest/sources';
import { writeSyntheticCorpus } from './synthetic-corpus';
import { writeSyntheticGraph } from './synthetic-graph';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const ONE = Number(process.env.BENCH_SCALE_ONE ?? 5);
const BATCHES = Number(process.env.BENCH_SCALE_BATCHES ?? 3);
const WARMUP = 100;
// Shape of the synthetic graph relative to its entities (BENCH_SCALE_SHAPE=lean: no mentions and a
// tenth of the relations, for building a large graph on a slow machine; the measured articles
// never meet the synthetic entities, so their cost depends on entity and event counts).
const LEAN = process.env.BENCH_SCALE_SHAPE === 'lean';
const log = (line: string) => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Row {
  size: number;
  buildS: number;
  oneMs: number;
  batchMs: number;
  rssMb: number;
}

async function measure(size: number, articles: RawArticle[], rssFile: string): Promise<Row> {
  const neo = await startThrowawayServer({ heapSize: '2g', pageCacheSize: '2g', log: () => undefined });
  const db = neo.connect({ txTimeoutMs: 600_000, app: 'bench-scale' });
  try {
    // Uniqueness constraints first (the build matches by id); the other indexes, full-text ones
    // included, are populated in bulk after the build, which is much faster than per batch.
    for (const statement of statements('schema').filter((s) => /^CREATE CONSTRAINT/i.test(s)))
      await db.writeTx((tx) => db.runText(tx, statement));
    const built = performance.now();
    await writeSyntheticGraph(db, {
      entities: size,
      articles: Math.round(size * (LEAN ? 0.02 : 0.2)),
      mentionsPerArticle: LEAN ? 0 : 8,
      relations: LEAN ? Math.round(size / 10) : size,
      events: Math.round(size * 0.3),
      batchSize: 10_000,
      log,
    });
    await db.migrate().catch(() => undefined);
    while (!(await db.isReady())) await new Promise((r) => setTimeout(r, 5000));
    const buildS = (performance.now() - built) / 1000;
    const opts = { db, batchSize: 50, maxFileBytes: 1e9 };
    let next = 0;
    const take = (n: number) => articles.slice(next, (next += n));
    await ingestRawArticles(take(WARMUP), opts);
    const one: number[] = [];
    for (let i = 0; i < ONE; i++) {
      const t = performance.now();
      const report = await ingestRawArticles(take(1), opts);
      one.push(performance.now() - t);
      if (report.articlesIngested !== 1)
        throw new Error(`one-article ingest wrote ${report.articlesIngested}`);
    }
    const batch: number[] = [];
    for (let i = 0; i < BATCHES; i++) {
      const t = performance.now();
      const report = await ingestRawArticles(take(50), opts);
      batch.push(performance.now() - t);
      if (report.articlesIngested !== 50) throw new Error(`batch ingest wrote ${report.articlesIngested}`);
    }
    fs.writeFileSync(
      rssFile,
      take(50)
        .map((a) => JSON.stringify({ ...a, origin: undefined }))
        .join('\n'),
    );
    const child = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'peak-rss-kb %M',
        process.execPath,
        path.join(PROJECT_ROOT, 'bin/newsgraph.js'),
        'ingest',
        rssFile,
      ],
      { env: { ...process.env, ...neo.env }, encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`ingest failed: ${child.stderr.slice(-2000)}`);
    const rssMb = Number(/peak-rss-kb (\d+)/.exec(child.stderr)?.[1]) / 1024;
    const row = { size, buildS, oneMs: median(one), batchMs: median(batch), rssMb };
    log(`  ${JSON.stringify({ ...row, one: one.map(Math.round), batch: batch.map(Math.round) })}`);
    return row;
  } finally {
    await db.close();
    await neo.dispose();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-scale-'));
  const corpus = path.join(dir, 'corpus.jsonl');
  const needed = WARMUP + ONE + 50 * BATCHES + 50;
  await writeSyntheticCorpus(corpus, needed, 2026);
  const articles: RawArticle[] = [];
  for await (const item of readSources([corpus], { maxFileBytes: 1e9 })) {
    if (item.kind === 'article') articles.push(item.article);
  }
  const rows: Row[] = [];
  for (const size of SIZES) {
    log(`graph of ${size} entities`);
    rows.push(await measure(size, articles, path.join(dir, `rss-${size}.jsonl`)));
  }
  const base = rows[0]!;
  const lines = [
    '| entities | graph build | one-article ingestArticles (median) | ratio | 50-article batch (median) | ratio | ingest peak RSS | ratio |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.size.toLocaleString('en-US')} | ${r.buildS.toFixed(0)} s | ${r.oneMs.toFixed(0)} ms | ${(r.oneMs / base.oneMs).toFixed(2)}× | ${r.batchMs.toFixed(0)} ms | ${(r.batchMs / base.batchMs).toFixed(2)}× | ${r.rssMb.toFixed(0)} MB | ${(r.rssMb / base.rssMb).toFixed(2)}× |`,
    ),
  ];
  log(
    `\nload average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  log(lines.join('\n'));
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
