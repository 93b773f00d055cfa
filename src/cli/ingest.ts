import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { loadConfigFromEnv, type Config } from '../config';
import type { Database } from '../db/client';
import { openDatabase } from '../db/runtime';
import { ingestPaths, type IngestProgress } from '../ingest/pipeline';
import { countSourceItems } from '../ingest/sources/count';
import type { IngestReport } from '../ingest/report';
import { UsageError } from './errors';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** `newsgraph ingest <file-or-dir>...` */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read articles (txt, md, html, json, jsonl; directories are walked) into the graph')
    .argument('<paths...>', 'files or directories')
    .option('--batch-size <n>', 'articles per transaction (INGEST_BATCH_SIZE)')
    .action(async (paths: string[], options: { batchSize?: string }) => {
      const config = loadConfigFromEnv();
      const { db, startedServer } = await openDatabase(config, say);
      try {
        const report = await runIngest(paths, config, db, options.batchSize);
        process.stdout.write(formatReport(report));
        if (report.articlesIngested + report.articlesUnchanged === 0 && report.skipped.length > 0) {
          process.exitCode = 1;
        }
      } finally {
        await db.close();
        if (startedServer) say('the local Neo4j keeps running; stop it with `newsgraph db stop`');
      }
    });
}

/** Runs the pipeline with a progress bar on a terminal, or a plain line every 100 articles. */
export async function runIngest(
  paths: string[],
  config: Config,
  db: Database,
  batchSizeOption?: string,
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
    return await ingestPaths(paths, { db, batchSize, maxFileBytes: config.MAX_FILE_BYTES, onProgress });
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
