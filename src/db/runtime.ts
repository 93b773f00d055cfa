import path from 'node:path';
import { configWarnings, type Config } from '../config';
import {
  Database,
  DatabaseUnavailableError,
  describeConnectionError,
  neo4jErrorCode,
  type DatabaseOptions,
} from './client';
import { LocalNeo4jServer, LocalServerError } from './local-server';

/** The local server for these settings (home under NEWSGRAPH_DATA_DIR/neo4j). */
export function localServer(config: Config, log?: (line: string) => void): LocalNeo4jServer {
  return new LocalNeo4jServer({
    homeDir: path.join(config.dataDir, 'neo4j'),
    cacheDir: config.dataDir,
    boltPort: config.NEO4J_BOLT_PORT,
    httpPort: config.NEO4J_HTTP_PORT,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    heapSize: config.NEO4J_HEAP_SIZE,
    pageCacheSize: config.NEO4J_PAGECACHE_SIZE,
    startTimeoutMs: config.NEO4J_START_TIMEOUT_MS,
    log,
  });
}

export interface OpenedDatabase {
  db: Database;
  /** The local server this call started, to stop on shutdown; null when it used one already running. */
  startedServer: LocalNeo4jServer | null;
  /** Drops the signal handlers `stopOnSignal` installed (a no-op when none were): call it once the
   * command's own handlers take over. */
  release: () => void;
  /** Releases the handlers, closes the driver and stops the local Neo4j this call started, if any. */
  shutdown: () => Promise<void>;
}

/**
 * Until released, SIGTERM/SIGINT close the driver, stop the local Neo4j this process started and
 * exit (130 / 143): a signal's default action would end the process and leave that Neo4j running
 * with no one to stop it (Ctrl-C while `npm start` migrates or ingests the sample).
 */
function stopOnSignal(server: LocalNeo4jServer, db: Database, log: (line: string) => void): () => void {
  const early = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the local Neo4j this process started…`);
    void (async () => {
      await db.close().catch(() => undefined);
      await server.stop();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    })();
  };
  process.once('SIGINT', early);
  process.once('SIGTERM', early);
  return () => {
    process.off('SIGINT', early);
    process.off('SIGTERM', early);
  };
}

/**
 * Connects to NEO4J_URI, or starts the local server when it is not set (reusing one that runs),
 * and applies the schema. `options` bound retries and reads (SERVING_DB_OPTIONS for the API).
 */
export async function openDatabase(
  config: Config,
  log: (line: string) => void,
  options: Pick<DatabaseOptions, 'maxRetryTimeMs' | 'readDeadlineMs'> = {},
  lifecycle: { stopOnSignal?: boolean } = {},
): Promise<OpenedDatabase> {
  for (const warning of configWarnings(config)) log(`warning: ${warning}`);
  let startedServer: LocalNeo4jServer | null = null;
  let server: LocalNeo4jServer | null = null;
  if (config.useLocalServer) {
    server = localServer(config, log);
    log(`starting local Neo4j on ${server.boltUrl}…`);
    if (await server.start()) startedServer = server;
  }
  // (Nothing awaits between the server's start and here: no signal can fall in between. The
  // handlers go in before "Neo4j ready" is said: a Ctrl-C sent on reading that line must find
  // them, or the signal's default action ends the process and leaves that Neo4j running.)
  const db = Database.fromConfig(config, 'newsgraph', options);
  const release =
    startedServer && lifecycle.stopOnSignal ? stopOnSignal(startedServer, db, log) : (): void => undefined;
  if (server) log(`Neo4j ready at ${server.boltUrl} (Browser: ${server.browserUrl})`);
  const shutdown = async (): Promise<void> => {
    release();
    await db.close();
    if (startedServer) await startedServer.stop();
  };
  try {
    await db.verify();
    await db.migrate();
  } catch (err) {
    await shutdown();
    // Credentials the server rejects are a setting to fix: one line naming it, not a stack.
    const code = err instanceof DatabaseUnavailableError ? err.code : neo4jErrorCode(err);
    if (code?.startsWith('Neo.ClientError.Security.')) {
      throw new LocalServerError(`Neo4j at ${config.boltUrl} ${describeConnectionError(err)}`);
    }
    throw err;
  }
  return { db, startedServer, release, shutdown };
}
