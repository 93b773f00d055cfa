import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import { SHARED } from '../../helpers/score';

const BIN = path.join(PROJECT_ROOT, 'bin', 'newsgraph.js');

/**
 * `newsgraph extract … | head`: the reader closing the pipe early is the reader's choice, not an
 * error: nothing on stderr, exit 0 (the shell's usual `head` behaviour).
 */
describe('newsgraph extract into a pipe closed early', () => {
  it('stops quietly', async () => {
    const child = spawn(
      process.execPath,
      [BIN, 'extract', path.join(SHARED, 'corpus', 'dev', 'articles.jsonl')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close the pipe as `head -c` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
