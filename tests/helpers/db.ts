import { loadConfig, type Config } from '../../src/config';
import { Database } from '../../src/db/client';

/** Settings pointing at the test server that tests/setup/global-setup.ts started. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  if (!process.env.NEO4J_URI)
    throw new Error('NEO4J_URI is not set: run the tests through jest (global setup)');
  return loadConfig({ ...process.env, ...overrides });
}

/** A Database on the test server with the schema applied and every node removed. */
export async function freshDatabase(): Promise<Database> {
  const db = Database.fromConfig(testConfig(), 'newsgraph-test');
  await db.migrate();
  await clearDatabase(db);
  return db;
}

export async function clearDatabase(db: Database): Promise<void> {
  await db.write('test/delete-all');
}
