import { Command } from 'commander';
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

const EXPECTED = [ConfigError, LocalServerError, UsageError];

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (err) {
    const expected = EXPECTED.some((type) => err instanceof type);
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`newsgraph: ${message}\n`);
    if (!expected && err instanceof Error && process.env.DEBUG) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module || process.argv[1]?.endsWith('newsgraph.js')) void main();
