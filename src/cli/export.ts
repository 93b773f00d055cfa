import type { Command } from 'commander';
import { loadConfigFromEnv } from '../config';
import { openDatabase } from '../db/runtime';
import {
  EXPORT_FORMATS,
  ExportInputError,
  MAX_DEPTH,
  checkExportOptions,
  exportGraph,
  type ExportFormat,
  type ExportOptions,
} from '../export';
import { UsageError } from './errors';

const log = (line: string) => process.stderr.write(`${line}\n`);

interface ExportFlags {
  format?: string;
  entity?: string;
  depth?: string;
  out?: string;
}

/** `newsgraph export --format graphml|json|csv [--entity <id or name> [--depth 1..3]] [--out <path>]`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph, or one entity’s neighborhood, as GraphML, Cytoscape.js JSON or CSV')
    .option('--format <format>', `output format: ${EXPORT_FORMATS.join(', ')} (required)`)
    .option('--entity <idOrName>', 'export only the neighborhood of this entity (id, name or alias)')
    .option('--depth <n>', `neighborhood radius in relationships, 1 to ${MAX_DEPTH} (default 1)`)
    .option(
      '--out <path>',
      'output file (graphml, json; default stdout) or directory (csv: nodes.csv, edges.csv)',
    )
    .action(async (flags: ExportFlags) => {
      const format = parseFormat(flags.format);
      const depth = parseDepth(flags);
      const options: ExportOptions = { format, entity: flags.entity, depth, out: flags.out };
      try {
        checkExportOptions(options);
      } catch (err) {
        throw err instanceof ExportInputError ? new UsageError(err.message) : err;
      }
      const config = loadConfigFromEnv();
      // Progress goes to stderr: stdout may be the export itself.
      const { db, shutdown } = await openDatabase(config, log);
      try {
        const started = Date.now();
        const summary = await exportGraph(db, options);
        const scope = summary.entity ? `neighborhood of ${summary.entity.id} (depth ${depth ?? 1})` : 'graph';
        const where = flags.out ?? 'stdout';
        log(
          `exported ${scope}: ${summary.nodes} nodes, ${summary.relationships} relationships as ${format} to ${where} in ${Date.now() - started} ms`,
        );
      } catch (err) {
        if (err instanceof ExportInputError) throw new UsageError(err.message);
        // The reader went away (`newsgraph export … | head`): not an error of ours.
        if ((err as NodeJS.ErrnoException).code === 'EPIPE') return;
        throw err;
      } finally {
        await shutdown();
      }
    });
}

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) {
    throw new UsageError(`--format is required: use --format ${EXPORT_FORMATS.join('|')}`);
  }
  const format = EXPORT_FORMATS.find((f) => f === value.toLowerCase());
  if (!format) throw new UsageError(`unknown --format "${value}": use ${EXPORT_FORMATS.join(', ')}`);
  return format;
}

function parseDepth(flags: ExportFlags): number | undefined {
  if (flags.depth === undefined) return undefined;
  if (flags.entity === undefined) {
    throw new UsageError('--depth needs --entity: name the entity whose neighborhood to export');
  }
  const depth = Number(flags.depth);
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new UsageError(`--depth ${flags.depth} is out of range: use a whole number from 1 to ${MAX_DEPTH}`);
  }
  return depth;
}
