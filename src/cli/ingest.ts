import { SingleBar, Presets } from 'cli-progress';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { loadConfigFromEnv, type Config } from '../config';
import type { Database } from '../db/client';
import { openDatabase } from '../db/runtime';
import { ingestPaths, type IngestProgress } from '../ingest/pipeline';
import { countSourceItems } from '../ingest/sources/count';
import { emptyReport, type IngestReport } from '../ingest/report';
import { UsageError } from './errors';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** `newsgraph ingest <file-or-dir>...` */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read articles (txt, md, html, json, jsonl; directories are walked) into the graph')
    .argument('<paths...>', 'files or directories')
    .option('--batch-size <n>', 'articles per transaction (INGEST_BATCH_SIZE)')
    .option('--workers <n>', 'ingest with n processes at once, each taking a share of the articles', '1')
    .addOption(new Option('--shard <k/n>', 'handle share k of n (set by --workers)').hideHelp())
    .addOption(new Option('--json', 'print the report as JSON (used by --workers)').hideHelp())
    .action(async (paths: string[], options: IngestOptions) => {
      const config = loadConfigFromEnv();
      const workers = Number(options.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
        throw new UsageError(`--workers ${options.workers} is not a whole number from 1 to 64`);
      }
      // Nothing to read: say so before starting or reaching a database.
      const missing = paths.filter((p) => !existsSync(p));
      if (missing.length === paths.length) {
        throw new UsageError(
          `${missing.join(', ')}: no such file or directory; give files or directories of articles`,
        );
      }
      const { db, startedServer } = await openDatabase(config, say);
      try {
        const report =
          workers > 1
            ? await runWorkers(paths, config, workers, options.batchSize)
            : await runIngest(paths, config, db, options.batchSize, parseShard(options.shard));
        process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatReport(report));
        if (report.articlesIngested + report.articlesUnchanged === 0 && report.skipped.length > 0) {
          process.exitCode = 1;
        }
      } finally {
        await db.close();
        if (startedServer) say('the local Neo4j keeps running; stop it with `newsgraph db stop`');
      }
    });
}

interface IngestOptions {
  batchSize?: string;
  workers: string;
  shard?: string;
  json?: boolean;
}

function parseShard(shard: string | undefined): { index: number; count: number } | undefined {
  if (shard === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(shard);
  const [index, count] = [Number(m?.[1]), Number(m?.[2])];
  if (!m || count < 1 || index >= count) throw new UsageError(`--shard ${shard} is not k/n with k < n`);
  return { index, count };
}

/**
 * `--workers n`: n child processes of this command, each ingesting its share of the same paths
 * (articles by id hash) against the same database; their reports are added up. The workers share
 * nothing but the database, exactly as n machines would (README: running several writers).
 */
async function runWorkers(
  paths: string[],
  config: Config,
  workers: number,
  batchSize?: string,
): Promise<IngestReport> {
  const started = Date.now();
  const script = process.argv[1]!;
  const runs = Array.from({ length: workers }, (_, k) => {
    const args = [script, 'ingest', '--shard', `${k}/${workers}`, '--json', ...paths];
    if (batchSize !== undefined) args.splice(2, 0, '--batch-size', batchSize);
    // The parent opened (or started) the database: the workers connect to that one.
    const child = spawn(process.execPath, args, {
      env: { ...process.env, NEO4J_URI: config.boltUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n').filter(Boolean)) say(`[worker ${k + 1}] ${line}`);
    });
    return new Promise<IngestReport>((resolve, reject) =>
      child.on('exit', (code) => {
        const last = out.trim().split('\n').pop() ?? '';
        try {
          resolve(JSON.parse(last) as IngestReport);
        } catch {
          reject(new Error(`ingest worker ${k + 1} of ${workers} failed (exit code ${code})`));
        }
      }),
    );
  });
  const reports = await Promise.all(runs);
  const total = emptyReport();
  for (const r of reports) {
    for (const key of COUNTS) total[key] += r[key];
    total.skipped.push(...r.skipped);
    total.articleIds.push(...r.articleIds);
  }
  total.durationMs = Date.now() - started;
  return total;
}

const COUNTS = [
  'articlesRead',
  'articlesIngested',
  'articlesUnchanged',
  'entitiesCreated',
  'entitiesMerged',
  'relationshipsCreated',
  'relationshipsMerged',
  'eventsCreated',
  'eventsMerged',
  'writeMs',
] as const;

/** Runs the pipeline with a progress bar on a terminal, or a plain line every 100 articles. */
export async function runIngest(
  paths: string[],
  config: Config,
  db: Database,
  batchSizeOption?: string,
  shard?: { index: number; count: number },
): Promise<IngestReport> {
  const batchSize = batchSizeOption === undefined ? config.INGEST_BATCH_SIZE : Number(batchSizeOption);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    throw new UsageError(`--batch-size ${batchSizeOption} is not a whole number from 1 to 1000`);
  }
  const tty = process.stderr.isTTY === true;
  const bar = tty
    ? new SingleBar(
        { format: 'ingest {bar} {value}/{total} | {current}', hideCursor: true, clearOnComplete: true },
        Presets.shades_classic,
      )
    : null;
  bar?.start(tty ? await countSourceItems(paths) : 0, 0, { current: '' });
  const onProgress = (p: IngestProgress) => {
    if (bar) {
      if (p.done > bar.getTotal()) bar.setTotal(p.done);
      bar.update(p.done, { current: p.current });
    } else if (p.done % 100 === 0 || p.outcome === 'skipped') {
      say(`${p.done} handled · ${p.outcome}: ${p.current}`);
    }
  };
  try {
    return await ingestPaths(paths, {
      db,
      batchSize,
      maxFileBytes: config.MAX_FILE_BYTES,
      onProgress,
      shard,
    });
  } finally {
    bar?.stop();
  }
}

/** The run's summary, as printed at the end of `ingest`. */
export function formatReport(r: IngestReport): string {
  const lines = [
    `articles: ${r.articlesRead} read, ${r.articlesIngested} ingested, ${r.articlesUnchanged} unchanged, ${r.skipped.length} skipped`,
    `entities: ${r.entitiesCreated} created, ${r.entitiesMerged} merged into existing`,
    `events: ${r.eventsCreated} created, ${r.eventsMerged} merged into existing`,
    `relationships: ${r.relationshipsCreated} created, ${r.relationshipsMerged} merged into existing`,
    `time: ${(r.durationMs / 1000).toFixed(1)} s (${(r.writeMs / 1000).toFixed(1)} s writing)`,
    ...r.skipped.map((s) => `skipped ${s.origin}: ${s.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}
