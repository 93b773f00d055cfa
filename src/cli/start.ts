import path from 'node:path';
import type { Command } from 'commander';
import { loadConfigFromEnv, PROJECT_ROOT } from '../config';
import { SERVING_DB_OPTIONS } from '../db/client';
import { openDatabase } from '../db/runtime';
import { formatReport, runIngest } from './ingest';
import { serveUntilSignal } from './serve';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The sample corpus `npm start` ingests (copied from ../shared/corpus/seed). */
export const SAMPLE_CORPUS = path.join(PROJECT_ROOT, 'data', 'sample');

/** `newsgraph start` (what `npm start` runs): database, sample corpus ingested, API served. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description(
      'start the database (local Neo4j unless NEO4J_URI is set), ingest the sample corpus, serve the API',
    )
    .option('--no-sample', 'do not ingest the sample corpus')
    .action(async (options: { sample: boolean }) => {
      const config = loadConfigFromEnv();
      // (Ctrl-C while the sample is ingested stops the Neo4j this process started, too.)
      const { db, startedServer, release, shutdown } = await openDatabase(config, say, SERVING_DB_OPTIONS, {
        stopOnSignal: true,
      });
      try {
        if (options.sample) {
          say(`ingesting the sample corpus (${path.relative(PROJECT_ROOT, SAMPLE_CORPUS)})…`);
          say(formatReport(await runIngest([SAMPLE_CORPUS], config, db)).trimEnd());
        }
      } catch (err) {
        await shutdown();
        throw err;
      }
      await serveUntilSignal({ config, db, startedServer, release });
    });
}
