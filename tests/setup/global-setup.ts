import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { startThrowawayServer } from '../../src/db/throwaway-server';
import { ingestPaths } from '../../src/ingest/pipeline';

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
  // One sample article through the pipeline, then an empty database again: the server compiles the
  // ingest statements once here, so the first test file does not pay that on a cold JVM inside
  // its own hook timeout.
  const db = throwaway.connect({ txTimeoutMs: 120_000, app: 'newsgraph-test-warm-up' });
  try {
    await db.migrate();
    const sample = path.join(PROJECT_ROOT, 'data', 'sample');
    const first = fs
      .readdirSync(sample)
      .filter((f) => f.endsWith('.txt'))
      .sort()[0]!;
    await ingestPaths([path.join(sample, first)], { db, batchSize: 50, maxFileBytes: 5 * 1024 * 1024 });
    await db.write('test/delete-all');
  } finally {
    await db.close();
  }
  (globalThis as Record<string, unknown>).__newsgraphTestServer = throwaway;
}
