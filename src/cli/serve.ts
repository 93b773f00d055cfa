import type { Command } from 'commander';
import { startApiServer } from '../api/server';
import { loadConfigFromEnv } from '../config';
import { openDatabase } from '../db/runtime';

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
      const { db, startedServer } = await openDatabase(config, say);
      const api = await startApiServer({
        config,
        db,
        log: say,
        stopOnShutdown: async () => {
          await db.close();
          if (startedServer) {
            say('stopping the local Neo4j this process started…');
            await startedServer.stop();
          }
        },
      });
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
        process.once('SIGTERM', () => shutdown('SIGTERM'));
        process.once('SIGINT', () => shutdown('SIGINT'));
      });
      say('stopped');
    });
}
