import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../../src/config';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'newsgraph.js');

/**
 * `newsgraph ingest` with nothing to read says so before it starts or reaches a database: the
 * URI below points at a port where no Neo4j listens, so reaching for it would fail differently.
 */
describe('newsgraph ingest with no readable path', () => {
  it('exits 1 with one line naming the paths, without touching a database', async () => {
    const missing = [path.join(PROJECT_ROOT, 'no-such-dir'), path.join(PROJECT_ROOT, 'no-such.txt')];
    const result = await run(process.execPath, [BIN, 'ingest', ...missing], {
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NO_COLOR: '1' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code?: number; stderr?: string }) => ({ code: e.code, stderr: e.stderr ?? '' }),
    );
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${missing[0]}, ${missing[1]}: no such file or directory`);
  }, 30_000);
});
