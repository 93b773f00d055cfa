import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../../src/config';

const run = promisify(execFile);
const SAMPLE = path.join(PROJECT_ROOT, 'data', 'sample', '000_32a52bfd2057151e.txt');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function outcome(file: string, args: string[], cwd: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/**
 * The CLI started the ways npm starts it: through the link npm writes in node_modules/.bin of a
 * project that installs Newsgraph (a linked install, as `npm install <folder>` or `npm link`
 * make), through `npm exec` there and in this project (what `npx newsgraph` runs), and directly.
 * A link's path does not end in newsgraph.js, which once made the CLI print nothing and exit 0.
 */
describe('the newsgraph bin through npm', () => {
  let consumer: string;

  beforeAll(async () => {
    consumer = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bin-'));
    fs.writeFileSync(
      path.join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }),
    );
    // A folder install is a symlink plus the bin link; nothing is fetched, no script runs.
    await run(
      'npm',
      [
        'install',
        '--offline',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        PROJECT_ROOT,
      ],
      { cwd: consumer },
    );
  }, 60_000);

  afterAll(() => fs.rmSync(consumer, { recursive: true, force: true }));

  const ways: Array<[string, () => [string, string[], string]]> = [
    [
      'node_modules/.bin link',
      () => [path.join(consumer, 'node_modules', '.bin', 'newsgraph'), [], consumer],
    ],
    [
      'npm exec in a project that installs it',
      () => ['npm', ['exec', '--offline', '--', 'newsgraph'], consumer],
    ],
    ['npx in this project', () => ['npx', ['--offline', 'newsgraph'], PROJECT_ROOT]],
    [
      'node bin/newsgraph.js',
      () => [process.execPath, [path.join(PROJECT_ROOT, 'bin', 'newsgraph.js')], PROJECT_ROOT],
    ],
  ];

  it.each(ways)(
    '%s: extract prints the extraction as JSON',
    async (_way, how) => {
      const [file, prefix, cwd] = how();
      expect(fs.lstatSync(path.join(consumer, 'node_modules', '.bin', 'newsgraph')).isSymbolicLink()).toBe(
        true,
      );
      const result = await outcome(file, [...prefix, 'extract', SAMPLE], cwd);
      expect(result.code).toBe(0);
      const articles = JSON.parse(result.stdout) as Array<{ entities: Array<{ name: string }> }>;
      expect(articles).toHaveLength(1);
      expect(articles[0]!.entities.map((e) => e.name)).toContain('Juan Ramón de la Fuente');
    },
    60_000,
  );

  it.each(ways)(
    '%s: bad input exits non-zero with a message',
    async (_way, how) => {
      const [file, prefix, cwd] = how();
      const unknown = await outcome(file, [...prefix, 'no-such-command'], cwd);
      expect(unknown.code).not.toBe(0);
      expect(unknown.stderr).toContain("unknown command 'no-such-command'");
      const missing = await outcome(file, [...prefix, 'extract', path.join(consumer, 'missing.txt')], cwd);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('no such file');
    },
    60_000,
  );
});
