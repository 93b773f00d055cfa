import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { freePort } from '../../src/db/local-server';
import { freshDatabase } from '../helpers/db';
import { startTestApi } from '../helpers/http';

const CLI = path.join(PROJECT_ROOT, 'bin', 'newsgraph.js');

/** Runs the CLI to its end against the test Neo4j; resolves with the exit code and output. */
function runCli(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('the API port', () => {
  let blocker: net.Server;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it.each([[['serve']], [['start', '--no-sample']]])(
    '%j exits 1 with one line when the port is taken',
    async (args) => {
      const result = await runCli(args, { PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `newsgraph: port ${port} is already in use (127.0.0.1:${port}): stop the other process or set PORT to a free port\n`,
      );
      expect(result.stdout).not.toContain('API ready');
    },
    60_000,
  );

  it('listens on loopback by default and on HOST when set', async () => {
    const db = await freshDatabase();
    const local = await startTestApi(db);
    const wildcard = await startTestApi(db, { env: { HOST: '0.0.0.0' } });
    try {
      expect(local.api.address.address).toBe('127.0.0.1');
      expect(wildcard.api.address.address).toBe('0.0.0.0');
      // From another interface of this machine, only the wildcard server answers.
      const other = Object.values(os.networkInterfaces())
        .flat()
        .find((i) => i && i.family === 'IPv4' && !i.internal);
      if (other) {
        const reach = (p: number) =>
          fetch(`http://${other.address}:${p}/healthz`).then(
            (r) => r.status,
            () => 'refused',
          );
        expect(await reach(local.api.address.port)).toBe('refused');
        expect(await reach(wildcard.api.address.port)).toBe(200);
      }
    } finally {
      await local.api.close();
      await wildcard.api.close();
      await db.close();
    }
  });
});
