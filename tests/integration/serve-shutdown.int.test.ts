import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { freePort, isAlive } from '../../src/db/local-server';

const CLI = path.join(PROJECT_ROOT, 'bin', 'newsgraph.js');

describe('newsgraph serve with its own local Neo4j', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-serve-'));
  });

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('answers /readyz, and on SIGTERM stops the Neo4j it started before exiting', async () => {
    const [bolt, http, port] = [await freePort(), await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEWSGRAPH_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(bolt),
      NEO4J_HTTP_PORT: String(http),
      NEO4J_PASSWORD: 'serve-test-password',
      PORT: String(port),
    };
    delete env.NEO4J_URI;
    const child = spawn(process.execPath, [CLI, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    // Starting a second Neo4j takes minutes when the shared machine is busy: wait generously.
    const deadline = Date.now() + 240_000;
    while (!output.includes('API ready') && Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`serve exited early: ${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    const neo4jPid = Number(
      fs.readFileSync(path.join(dataDir, 'neo4j', 'run', 'newsgraph-neo4j.pid'), 'utf8'),
    );
    expect(isAlive(neo4jPid)).toBe(true);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('stopping the local Neo4j');
    expect(isAlive(neo4jPid)).toBe(false);
  }, 300_000);

  it('start: Ctrl-C before the API serves (while it migrates or ingests the sample) still stops its Neo4j', async () => {
    const startDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-start-'));
    try {
      const [bolt, http, port] = [await freePort(), await freePort(), await freePort()];
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NEWSGRAPH_DATA_DIR: startDir,
        NEO4J_BOLT_PORT: String(bolt),
        NEO4J_HTTP_PORT: String(http),
        NEO4J_PASSWORD: 'start-test-password',
        PORT: String(port),
      };
      delete env.NEO4J_URI;
      const child = spawn(process.execPath, [CLI, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

      const deadline = Date.now() + 240_000;
      while (!output.includes('Neo4j ready') && Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`start exited early: ${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const neo4jPid = Number(
        fs.readFileSync(path.join(startDir, 'neo4j', 'run', 'newsgraph-neo4j.pid'), 'utf8'),
      );
      expect(isAlive(neo4jPid)).toBe(true);
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(output).not.toContain('API ready');
      expect(output).toContain('stopping the local Neo4j this process started');
      expect(isAlive(neo4jPid)).toBe(false);
    } finally {
      fs.rmSync(startDir, { recursive: true, force: true });
    }
  }, 300_000);
});
