import { startThrowawayServer } from '../../src/db/throwaway-server';

/**
 * Starts a throwaway local Neo4j (own ports, own data folder) for the whole test run, unless
 * NEO4J_URI points the tests at a server already running. Test files read the URL from the env.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const started = Date.now();
  const throwaway = await startThrowawayServer({ log: (line) => process.stderr.write(`${line}\n`) });
  process.stderr.write(`\ntest Neo4j up at ${throwaway.boltUrl} in ${Date.now() - started} ms\n`);
  Object.assign(process.env, throwaway.env);
  (globalThis as Record<string, unknown>).__newsgraphTestServer = throwaway;
}
