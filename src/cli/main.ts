import { Command } from 'commander';
import { ApiListenError } from '../api/server';
import { ConfigError } from '../config';
import { LocalServerError } from '../db/local-server';
import { registerDb } from './db';
import { registerExport } from './export';
import { registerServe } from './serve';
import { UsageError } from './errors';
import { registerExtract } from './extract';
import { registerIngest } from './ingest';
import { registerStart } from './start';

/**
 * `newsgraph <command>`: each command lives in its own file and registers itself here.
 * Expected failures (bad settings, bad input, server problems) print one line and exit 1.
 */
export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('News articles → typed knowledge graph in Neo4j, served through GraphQL')
    .showHelpAfterError();
  registerDb(program);
  registerExport(program);
  registerServe(program);
  registerExtract(program);
  registerIngest(program);
  registerStart(program);
  return program;
}

const EXPECTED = [ApiListenError, ConfigError, LocalServerError, UsageError];

/**
 * Runs the CLI on `argv` (process.argv by default). `bin/newsgraph.js` calls this explicitly:
 * npm starts a package's bin through a link (`node_modules/.bin/newsgraph`, a global or linked
 * install) whose path says nothing about this file, so guessing from process.argv[1] missed them.
 */
export async function runCli(argv: readonly string[] = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    // The reader went away (`newsgraph extract … | head`): its choice, not an error of ours.
    if ((err as NodeJS.ErrnoException | null)?.code === 'EPIPE') return;
    const expected = EXPECTED.some((type) => err instanceof type);
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`newsgraph: ${message}\n`);
    if (!expected && err instanceof Error && process.env.DEBUG) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  }
}

// `node dist/cli/main.js …` also works; the bin script does not rely on this.
if (require.main === module) void runCli();
