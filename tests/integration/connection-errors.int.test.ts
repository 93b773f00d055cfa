import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { Database, describeConnectionError } from '../../src/db/client';
import { freePort, LocalNeo4jServer, LocalServerError } from '../../src/db/local-server';
import { openDatabase } from '../../src/db/runtime';
import { testConfig } from '../helpers/db';

// A user that does not exist: the server rejects it like a wrong password, and failed logins of
// it cannot lock out the `neo4j` user the other tests log in as.
const NOBODY = { NEO4J_USER: 'newsgraph-nobody', NEO4J_PASSWORD: 'not-the-password' };

describe('a wrong Neo4j password is reported as such, not as "does not answer"', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-auth-'));
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

  const serverOn = (boltPort: number) =>
    new LocalNeo4jServer({
      homeDir: home,
      cacheDir: path.join(PROJECT_ROOT, '.newsgraph'),
      boltPort,
      httpPort: 1,
      user: NOBODY.NEO4J_USER,
      password: NOBODY.NEO4J_PASSWORD,
      heapSize: '64m',
      pageCacheSize: '8m',
      startTimeoutMs: 1_000,
    });

  it('local server: Bolt answers but rejects the password; a closed port does not answer', async () => {
    const boltPort = Number(new URL(testConfig().boltUrl).port);
    const server = serverOn(boltPort);
    expect(await server.boltStatus()).toBe('wrong-password');
    expect(server.wrongPasswordMessage()).toMatch(
      /answers but rejects NEO4J_PASSWORD for user newsgraph-nobody/,
    );
    expect(await serverOn(await freePort()).boltStatus()).toBe('no-answer');
  });

  it('NEO4J_URI: the check says the credentials are rejected and names the settings', async () => {
    const db = Database.fromConfig(testConfig(NOBODY));
    try {
      const failure = await db.verify().then(
        () => null,
        (err: unknown) => err,
      );
      expect(describeConnectionError(failure)).toBe(
        'answers but rejects the credentials: check NEO4J_USER and NEO4J_PASSWORD',
      );
    } finally {
      await db.close();
    }
  });

  it('commands that open the database stop with one line naming the settings', async () => {
    const failure = await openDatabase(testConfig(NOBODY), () => undefined).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(LocalServerError);
    expect((failure as Error).message).toMatch(
      /answers but rejects the credentials: check NEO4J_USER and NEO4J_PASSWORD$/,
    );
    expect((failure as Error).message).not.toContain(NOBODY.NEO4J_PASSWORD);
  });
});
