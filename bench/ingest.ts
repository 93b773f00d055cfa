/**
 * `npm run bench:ingest`: extraction and ingest throughput on a synthetic corpus.
 *
 *  1. writes ≥ 5,000 synthetic articles (bench/synthetic-corpus.ts) as JSONL;
 *  2. extraction alone (clean + extract of the built dist/ code, one core, after 20 untimed
 *     articles that load the lexicons), against a bare tokenizer pass as baseline;
 *  3. end to end: `newsgraph ingest corpus.jsonl` as a child process into a throwaway local Neo4j,
 *     with its peak RSS;
 *  4. the same write rows replayed with bare UNWIND statements (cypher/bench/bare-*.cypher) into
 *     an emptied database: the floor the pipeline's write time is compared to.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/config';
import { startThrowawayServer } from '../src/db/throwaway-server';
import { cleanArticle } from '../src/ingest/clean';
import type * as Clean from '../src/ingest/clean';
import { extractClean } from '../src/ingest/pipeline';
import type * as Pipeline from '../src/ingest/pipeline';
import { GraphIndex } from '../src/ingest/resolve';
import { readSources } from '../src/ingest/sources';
import { batchRows, type ArticleWrite } from '../src/ingest/write';
import { writeSyntheticCorpus, type CorpusDates } from './synthetic-corpus';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const BATCH = Number(process.env.INGEST_BATCH_SIZE ?? 50);
/** Extraction speed does not depend on the corpus size: it is measured on the first articles. */
const EXTRACTION_SAMPLE = Math.min(ARTICLES, Number(process.env.BENCH_EXTRACTION_SAMPLE ?? 5000));
/** Articles extracted once, untimed, before the extraction figure: they load the lexicons. */
const WARMUP = 20;
/** BENCH_FLOOR=skip leaves out the bare-UNWIND replay (for long runs where only the curve is wanted). */
const FLOOR = process.env.BENCH_FLOOR !== 'skip';
/**
 * Articles of another synthetic corpus (seed 7) ingested through the CLI, untimed, and deleted
 * before the timed run: the server compiles its plans and warms its JIT on them. The bare floor has
 * always run on a server the pipeline had warmed; with this the pipeline does too.
 * BENCH_SERVER_WARMUP=0 times the pipeline on a cold server, as before 2026-12-03.
 */
const SERVER_WARMUP = Number(process.env.BENCH_SERVER_WARMUP ?? 300);
/** BENCH_DATES=feed dates the articles in publication order (bench/synthetic-corpus.ts). */
const DATES: CorpusDates = process.env.BENCH_DATES === 'feed' ? 'feed' : 'random';
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
  const corpus = path.join(dir, 'corpus.jsonl');
  const { words, bytes } = await writeSyntheticCorpus(corpus, ARTICLES, 42, DATES);
  log(
    `corpus: ${ARTICLES} articles dated ${DATES}, ${words} words, ${(bytes / 1e6).toFixed(1)} MB (${corpus})`,
  );

  // The extraction figure times the built code that `newsgraph ingest` runs (dist/, which
  // `npm run bench:ingest` builds first), not tsx's on-the-fly transpile of src/ (which ran
  // extraction at ~0.83× the speed of the build, alternated in one shell).
  const built = {
    ...((await import(pathToFileURL(path.join(PROJECT_ROOT, 'dist/ingest/clean.js')).href)) as typeof Clean),
    ...((await import(
      pathToFileURL(path.join(PROJECT_ROOT, 'dist/ingest/pipeline.js')).href
    )) as typeof Pipeline),
  };
  // The lexicons (gazetteers, name data) load on first use: a one-time cost of ~0.9 s that a
  // long-running ingest pays once. It is timed and printed apart; the figure below is the rate
  // after it (the JIT warm-up stays in).
  let warmupMs = 0;
  let warmed = 0;
  for await (const item of readSources([corpus], { maxFileBytes: 1e9 })) {
    if (item.kind !== 'article') continue;
    if (warmed++ >= WARMUP) break;
    const t = performance.now();
    built.extractClean(built.cleanArticle(item.article));
    warmupMs += performance.now() - t;
  }
  log(`extraction warm-up (loads the lexicons): first ${WARMUP} articles in ${warmupMs.toFixed(0)} ms`);
  // Baseline: the cheapest possible pass over the same text (split into words).
  let baselineMs = 0;
  let extractMs = 0;
  let tokens = 0;
  let sampled = 0;
  let sampleBytes = 0;
  for await (const item of readSources([corpus], { maxFileBytes: 1e9 })) {
    if (item.kind !== 'article') continue;
    if (sampled++ >= EXTRACTION_SAMPLE) break;
    sampleBytes += Buffer.byteLength(item.article.text);
    let t = performance.now();
    tokens += item.article.text.split(/\s+/).length;
    baselineMs += performance.now() - t;
    t = performance.now();
    built.extractClean(built.cleanArticle(item.article));
    extractMs += performance.now() - t;
  }
  const extraction = {
    articlesPerS: EXTRACTION_SAMPLE / (extractMs / 1000),
    mbPerS: sampleBytes / 1e6 / (extractMs / 1000),
    wordsPerS: tokens / (extractMs / 1000),
  };
  const baselineWordsPerS = tokens / (baselineMs / 1000);

  const neo = await startThrowawayServer({ heapSize: '2g', pageCacheSize: '1g', log });
  const env = { ...process.env, ...neo.env };
  const db = neo.connect({ txTimeoutMs: 600_000 });
  try {
    await db.migrate();
    if (SERVER_WARMUP > 0) {
      const warm = path.join(dir, 'warmup.jsonl');
      await writeSyntheticCorpus(warm, SERVER_WARMUP, 7, DATES);
      const t = performance.now();
      const w = await runTimed(
        process.execPath,
        [path.join(PROJECT_ROOT, 'bin/newsgraph.js'), 'ingest', warm],
        env,
      );
      if (w.status !== 0) throw new Error(`warm-up ingest failed: ${w.stderr.slice(-2000)}`);
      await db.write('test/delete-all');
      log(
        `server warm-up: ${SERVER_WARMUP} other synthetic articles ingested in ${((performance.now() - t) / 1000).toFixed(1)} s, untimed, then deleted`,
      );
    }
    // End to end, through the CLI, with /usr/bin/time for peak RSS.
    const started = performance.now();
    const child = await runTimed(
      '/usr/bin/time',
      [
        '-f',
        'peak-rss-kb %M',
        process.execPath,
        path.join(PROJECT_ROOT, 'bin/newsgraph.js'),
        'ingest',
        corpus,
      ],
      env,
    );
    const e2eMs = performance.now() - started;
    if (child.status !== 0) throw new Error(`ingest failed: ${child.stderr.slice(-2000)}`);
    const curve = throughputCurve(child.progress, ARTICLES);
    const summary = child.stdout;
    log(summary.trimEnd());
    const writeS = Number(/\(([\d.]+) s writing\)/.exec(summary)?.[1]);
    const peakRssMb = Number(/peak-rss-kb (\d+)/.exec(child.stderr)?.[1]) / 1024;
    const ingested = Number(/(\d+) ingested/.exec(summary)?.[1]);

    // Floor: the same rows, bare UNWIND writes into an emptied database.
    if (FLOOR) await db.write('test/delete-all');
    const index = new GraphIndex();
    let pending: ArticleWrite[] = [];
    let bareMs = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const rows = batchRows(pending);
      pending = [];
      const t = performance.now();
      await db.writeTx(async (tx) => {
        await db.run(tx, 'bench/bare-articles', { rows: rows.articles });
        await db.run(tx, 'bench/bare-mentions', { rows: rows.mentions });
        await db.run(tx, 'bench/bare-relations', { rows: rows.relations });
        await db.run(tx, 'bench/bare-events', { rows: rows.events });
      });
      bareMs += performance.now() - t;
    };
    for await (const item of FLOOR ? readSources([corpus], { maxFileBytes: 1e9 }) : []) {
      if (item.kind !== 'article') continue;
      const article = cleanArticle(item.article);
      pending.push({ article, resolved: index.resolveArticle(extractClean(article)) });
      if (pending.length >= BATCH) await flush();
    }
    await flush();

    const table = [
      ['figure', 'value', 'baseline (same run)', 'ratio'],
      [
        'extraction words/s (1 core)',
        extraction.wordsPerS.toFixed(0),
        `${baselineWordsPerS.toFixed(0)} (split on spaces)`,
        (extraction.wordsPerS / baselineWordsPerS).toFixed(3),
      ],
      ['extraction articles/s', extraction.articlesPerS.toFixed(1), '', ''],
      ['extraction MB/s', extraction.mbPerS.toFixed(2), '', ''],
      [
        'end-to-end articles/s',
        (ingested / (e2eMs / 1000)).toFixed(1),
        `${ingested} articles in ${(e2eMs / 1000).toFixed(1)} s`,
        '',
      ],
      [
        'write time (s)',
        writeS.toFixed(1),
        FLOOR ? `${(bareMs / 1000).toFixed(1)} (bare UNWIND)` : 'not measured (BENCH_FLOOR=skip)',
        FLOOR ? (writeS / (bareMs / 1000)).toFixed(2) : '',
      ],
      ['peak RSS of ingest (MB)', peakRssMb.toFixed(0), '', ''],
      [
        'articles/s, last 10 % of the run',
        curve.last.toFixed(1),
        `${curve.first.toFixed(1)} (first 10 %)`,
        (curve.last / curve.first).toFixed(2),
      ],
    ];
    log('');
    log(`throughput by tenth of the run (articles/s): ${curve.tenths.map((x) => x.toFixed(1)).join(' ')}`);
    log('');
    for (const row of table) log(`| ${row.join(' | ')} |`);
  } finally {
    await db.close();
    await neo.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs a command, noting when each "N handled" progress line (printed every 100 articles by
 * `ingest` when stderr is not a terminal) arrived.
 */
function runTimed(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string; progress: Array<[number, number]> }> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const progress: Array<[number, number]> = [[0, performance.now()]];
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const tenth = Math.max(100, Math.round(ARTICLES / 10));
  child.stderr.on('data', (d: Buffer) => {
    const now = performance.now();
    stderr += d.toString();
    for (const m of d.toString().matchAll(/^(\d+) handled/gm)) {
      const done = Number(m[1]);
      const [lastDone] = progress[progress.length - 1]!;
      progress.push([done, now]);
      // A line per tenth as it arrives, so a long run shows its curve before it ends.
      if (Math.floor(done / tenth) > Math.floor(lastDone / tenth)) {
        const since = progress.find(([n]) => n >= done - tenth)!;
        const rate = (done - since[0]) / ((now - since[1]) / 1000 || 1);
        log(
          `progress: ${done} of ${ARTICLES} articles after ${((now - progress[0]![1]) / 1000).toFixed(0)} s, ` +
            `${rate.toFixed(1)} articles/s over the last ${done - since[0]}`,
        );
      }
    }
  });
  return new Promise((resolve) =>
    child.on('exit', (status) => resolve({ status, stdout, stderr, progress })),
  );
}

/** Articles/s in each tenth of the run, interpolated between progress lines. */
function throughputCurve(progress: Array<[number, number]>, total: number) {
  const at = (n: number) => {
    const i = progress.findIndex(([done]) => done >= n);
    if (i <= 0) return progress[Math.max(0, i)]![1];
    const [d0, t0] = progress[i - 1]!;
    const [d1, t1] = progress[i]!;
    return t0 + ((t1 - t0) * (n - d0)) / (d1 - d0);
  };
  const last = progress[progress.length - 1]![0];
  const n = Math.min(total, last);
  const tenths = Array.from({ length: 10 }, (_, k) => {
    const a = (n * k) / 10;
    const b = (n * (k + 1)) / 10;
    return (b - a) / ((at(b) - at(a)) / 1000);
  });
  return { tenths, first: tenths[0]!, last: tenths[9]! };
}

main().catch((err) => {
  process.stderr.write(`bench:ingest failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
