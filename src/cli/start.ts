import path from 'node:path';
import type { Command } from 'commander';
import { loadConfigFromEnv, PROJECT_ROOT } from '../config';
import { startApiServer } from '../api/server';
import { openDatabase } from '../db/runtime';
import { ingestRawArticles } from '../ingest/pipeline';
import { formatReport, runIngest } from './ingest';

const say = (line: string) => process.stderr.write(`${line}\n`);

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
      const { db, startedServer } = await openDatabase(config, say);
      let stopping = false;
      try {
        if (options.sample) {
          say(`ingesting the sample corpus from ${path.relative(process.cwd(), SAMPLE_CORPUS) || '.'}…`);
          say(formatReport(await runIngest([SAMPLE_CORPUS], config, db)).trimEnd());
        }
        const server = await startApiServer({
          config,
          db,
          log: say,
          ingestArticles: (articles) =>
            ingestRawArticles(articles, {
              db,
              batchSize: config.INGEST_BATCH_SIZE,
              maxFileBytes: config.MAX_FILE_BYTES,
            }),
          stopOnShutdown: async () => {
            await db.close();
            if (startedServer) await startedServer.stop();
          },
        });
        say(`Newsgraph API ready: ${server.url} (GraphQL explorer in a browser, POST queries to /graphql)`);
        const shutdown = async (signal: string) => {
          if (stopping) return;
          stopping = true;
          say(`${signal}: shutting down…`);
          await server.close();
          process.exit(0);
        };
        process.once('SIGTERM', () => void shutdown('SIGTERM'));
        process.once('SIGINT', () => void shutdown('SIGINT'));
      } catch (err) {
        await db.close();
        if (startedServer) await startedServer.stop();
        throw err;
      }
    });
}
