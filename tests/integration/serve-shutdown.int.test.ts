import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { freePort, isAlive } from '../../src/db/local-server';

const CLI = path.join(PROJECT_ROOT, 'bin', 'newsgraph.js');

interface Run {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
  /** Waits until the output holds `text` (generously: a second Neo4j takes minutes on a busy machine). */
  waitFor: (text: string, pollMs: number) => Promise<void>;
  neo4jPid: () => number;
}

/** Runs `newsgraph <command>` with no NEO4J_URI, so it starts its own Neo4j in `dataDir`. */
async function runWithOwnNeo4j(command: string, dataDir: string): Promise<Run> {
  const [bolt, http, port] = [await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEWSGRAPH_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(bolt),
    NEO4J_HTTP_PORT: String(http),
    NEO4J_PASSWORD: `${command}-test-password`,
    PORT: String(port),
  };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, [CLI, command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    port,
    output: () => output,
    exited,
    waitFor: async (text, pollMs) => {
      const deadline = Date.now() + 240_000;
      while (!output.includes(text) && Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`${command} exited early: ${output}`);
        await new Promise((r) => setTimeout(r, pollMs));
      }
    },
    neo4jPid: () =>
      Number(fs.readFileSync(path.join(dataDir, 'neo4j', 'run', 'newsgraph-neo4j.pid'), 'utf8')),
  };
}

describe('newsgraph serve with its own local Neo4j', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-serve-'));
  });

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('answers /readyz, and on SIGTERM stops the Neo4j it started before exiting', async () => {
    const run = await runWithOwnNeo4j('serve', dataDir);
    await run.waitFor('API ready', 250);
    const ready = await fetch(`http://127.0.0.1:${run.port}/readyz`);
    expect(ready.status).toBe(200);
    const neo4jPid = run.neo4jPid();
    expect(isAlive(neo4jPid)).toBe(true);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('stopping the local Neo4j');
    expect(isAlive(neo4jPid)).toBe(false);
  }, 300_000);

  it('start: Ctrl-C before the API serves (while it migrates or ingests the sample) still stops its Neo4j', async () => {
    const startDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-start-'));
    try {
      const run = await runWithOwnNeo4j('start', startDir);
      await run.waitFor('Neo4j ready', 50);
      const neo4jPid = run.neo4jPid();
      expect(isAlive(neo4jPid)).toBe(true);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(130);
      expect(run.output()).not.toContain('API ready');
      expect(run.output()).toContain('stopping the local Neo4j this process started');
      expect(isAlive(neo4jPid)).toBe(false);
    } finally {
      fs.rmSync(startDir, { recursive: true, force: true });
    }
  }, 300_000);
});
