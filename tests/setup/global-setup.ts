import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { freePort, LocalNeo4jServer } from '../../src/db/local-server';

export const TEST_PASSWORD = 'newsgraph-test-password';

/**
 * Starts a throwaway local Neo4j (own ports, own data folder) for the whole test run, unless
 * NEO4J_URI points the tests at a server already running. Test files read the URL from the env.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-neo4j-'));
  const [boltPort, httpPort] = [await freePort(), await freePort()];
  const server = new LocalNeo4jServer({
    homeDir,
    cacheDir: path.join(PROJECT_ROOT, '.newsgraph'),
    boltPort,
    httpPort,
    user: 'neo4j',
    password: TEST_PASSWORD,
    heapSize: '768m',
    pageCacheSize: '256m',
    startTimeoutMs: 180_000,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const started = Date.now();
  await server.start();
  process.stderr.write(`\ntest Neo4j up at ${server.boltUrl} in ${Date.now() - started} ms\n`);
  Object.assign(process.env, {
    NEO4J_URI: server.boltUrl,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: TEST_PASSWORD,
    NEO4J_HTTP_PORT: String(httpPort),
    NEWSGRAPH_TEST_NEO4J_HOME: homeDir,
  });
  (globalThis as Record<string, unknown>).__newsgraphTestServer = { server, homeDir };
}
