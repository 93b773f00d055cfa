import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { Database } from './client';
import { freePort, LocalNeo4jServer } from './local-server';

export interface ThrowawayServer {
  server: LocalNeo4jServer;
  boltUrl: string;
  httpPort: number;
  user: string;
  password: string;
  /** The settings that point a Newsgraph process (CLI, API, tests) at this server. */
  env: Record<'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_HTTP_PORT', string>;
  /** A Database on this server (the caller closes it). */
  connect(opts: { txTimeoutMs: number; app?: string }): Database;
  /** Stops the server and deletes its folder. */
  dispose(): Promise<void>;
}

/**
 * A local Neo4j on free ports with its own temporary folder, for test runs and benchmarks that
 * must not touch the user's database.
 */
export async function startThrowawayServer(opts: {
  heapSize?: string;
  pageCacheSize?: string;
  log?: (line: string) => void;
}): Promise<ThrowawayServer> {
  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-neo4j-'));
  const [boltPort, httpPort] = [await freePort(), await freePort()];
  const password = 'newsgraph-throwaway';
  const server = new LocalNeo4jServer({
    homeDir,
    cacheDir: path.join(PROJECT_ROOT, '.newsgraph'),
    boltPort,
    httpPort,
    user: 'neo4j',
    password,
    heapSize: opts.heapSize ?? '768m',
    pageCacheSize: opts.pageCacheSize ?? '256m',
    startTimeoutMs: 180_000,
    log: opts.log,
  });
  await server.start();
  // A throwaway server must not outlive the process that started it (a bench interrupted with
  // Ctrl-C would otherwise leave a busy Neo4j behind); SIGKILL of the parent is the one gap.
  const pid = server.runningPid();
  const killServer = () => {
    if (pid !== null) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    killServer();
    fs.rmSync(homeDir, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  process.once('exit', killServer);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    server,
    boltUrl: server.boltUrl,
    httpPort,
    user: 'neo4j',
    password,
    env: {
      NEO4J_URI: server.boltUrl,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
      NEO4J_HTTP_PORT: String(httpPort),
    },
    connect: ({ txTimeoutMs, app }) =>
      Database.connect({ url: server.boltUrl, user: 'neo4j', password, database: 'neo4j', txTimeoutMs, app }),
    dispose: async () => {
      process.off('exit', killServer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await server.stop();
      fs.rmSync(homeDir, { recursive: true, force: true });
    },
  };
}
