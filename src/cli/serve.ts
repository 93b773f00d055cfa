import type { Command } from 'commander';
import { startApiServer } from '../api/server';
import { loadConfigFromEnv, type Config } from '../config';
import { SERVING_DB_OPTIONS, type Database } from '../db/client';
import type { LocalNeo4jServer } from '../db/local-server';
import { openDatabase } from '../db/runtime';
import { ingestRawArticles } from '../ingest/pipeline';

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * `newsgraph serve`: connects to Neo4j (starting the local server when NEO4J_URI is unset),
 * serves the GraphQL API on PORT, and on SIGTERM/SIGINT drains requests, closes the driver and
 * stops the local server if this process started it.
 */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API and its explorer on PORT (default 4000)')
    .action(async () => {
      const config = loadConfigFromEnv();
      const opened = await openDatabase(config, say, SERVING_DB_OPTIONS, { stopOnSignal: true });
      await serveUntilSignal({ config, ...opened });
    });
}

/** Serves the API over `db` until SIGTERM/SIGINT, then shuts down cleanly. */
export async function serveUntilSignal(opts: {
  config: Config;
  db: Database;
  startedServer: LocalNeo4jServer | null;
  /** Drops openDatabase's early signal handlers once this function's own are set. */
  release?: () => void;
}): Promise<void> {
  const { config, db, startedServer } = opts;
  const release = opts.release ?? ((): void => undefined);
  const stop = async () => {
    await db.close();
    if (startedServer) {
      say('stopping the local Neo4j this process started…');
      await startedServer.stop();
    }
  };
  // A taken port must end the command: without this the open driver kept the process alive.
  const api = await startApiServer({
    config,
    db,
    log: say,
    ingestArticles: (articles) =>
      ingestRawArticles(articles, {
        db,
        batchSize: config.INGEST_BATCH_SIZE,
        maxFileBytes: config.MAX_FILE_BYTES,
      }),
    stopOnShutdown: stop,
  }).catch(async (err: unknown) => {
    release();
    await stop();
    throw err;
  });
  say(`Newsgraph API ready: ${api.url} (GraphQL explorer in a browser; POST queries to /graphql)`);
  if (!config.API_KEY) say('API_KEY is not set: mutations are disabled');
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      say(`${signal}: shutting down…`);
      api.close().then(resolve, (err: unknown) => {
        say(`shutdown failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exitCode = 1;
        resolve();
      });
    };
    release();
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
  say('stopped');
}
