/**
 * `npm run bench:export`: `newsgraph export` on a large synthetic graph, in bounded memory.
 *
 *  1. starts a throwaway local Neo4j (own ports, own folder) and fills it with the synthetic graph
 *     of bench/synthetic-graph.ts (the API benchmark's, shaped like docs/graph-model.md): first
 *     BENCH_ENTITIES / 10 entities, then, emptied, all BENCH_ENTITIES (default 100,000);
 *  2. at both sizes runs `newsgraph export --format graphml|json|csv` (the compiled CLI, as a child
 *     process under /usr/bin/time) and reports wall time, peak RSS and output size. Peak RSS that
 *     does not grow with a 10× larger graph is what "streamed" means; a one-entity neighborhood
 *     export gives the process's baseline, and the largest export is repeated with V8's heap
 *     capped at 64 MB to show that it needs no more.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { startThrowawayServer } from '../src/db/throwaway-server';
import { writeSyntheticGraph } from './synthetic-graph';

const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 100_000);
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Run {
  label: string;
  seconds: number;
  peakRssMb: number;
  outputMb: number;
}

async function main(): Promise<void> {
  const neo = await startThrowawayServer({ heapSize: '2g', pageCacheSize: '1g', log });
  const env = { ...process.env, ...neo.env };
  const db = neo.connect({ txTimeoutMs: 600_000, app: 'newsgraph-bench' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-export-'));
  const runs: Run[] = [];
  try {
    await db.migrate();
    let lastEntity = '';
    for (const size of [ENTITIES / 10, ENTITIES]) {
      const started = Date.now();
      await db.write('test/delete-all');
      // Per entity: 0.2 articles with 10 mentions each, one relation with evidence, 0.2 events.
      const graph = await writeSyntheticGraph(db, {
        entities: size,
        articles: size / 5,
        mentionsPerArticle: 10,
        relations: size,
        events: size / 5,
        batchSize: 2_000,
      });
      lastEntity = graph.entityIds.at(-1)!;
      const [counts] = await db.read<{ nodes: number; relationships: number }>('export/count-graph');
      log(
        `graph: ${size} entities, ${counts!.nodes} nodes, ${counts!.relationships} relationships (filled in ${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
      for (const format of ['graphml', 'json', 'csv'] as const) {
        // Real files (not /dev/null) so the table can say how large each export is.
        const out = path.join(dir, format === 'csv' ? 'csv' : `graph.${format}`);
        runs.push(runExport(`${format}, ${size} entities`, ['--format', format, '--out', out], env, out));
      }
    }
    // Bounded, not just lucky: the largest export again with V8's old space capped at 64 MB.
    const capped = ['--max-old-space-size=64'];
    const out = path.join(dir, 'capped.graphml');
    runs.push(
      runExport(
        `graphml, ${ENTITIES} entities, heap capped at 64 MB`,
        ['--format', 'graphml', '--out', out],
        env,
        out,
        capped,
      ),
    );
    // The least popular entity: a small neighborhood, so this is the process's own footprint.
    runs.push(
      runExport(
        `json, neighborhood of one entity (baseline)`,
        ['--format', 'json', '--entity', lastEntity],
        env,
        null,
      ),
    );
  } finally {
    await db.close();
    await neo.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  log('\n| export | wall time (s) | peak RSS (MB) | output (MB) |\n| --- | ---: | ---: | ---: |');
  for (const r of runs) {
    log(`| ${r.label} | ${r.seconds.toFixed(1)} | ${r.peakRssMb.toFixed(0)} | ${r.outputMb.toFixed(1)} |`);
  }
}

/** Runs the compiled CLI under /usr/bin/time; fails loudly when the export fails. */
function runExport(
  label: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  out: string | null,
  nodeFlags: string[] = [],
): Run {
  const started = Date.now();
  const child = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'peak-rss-kb %M',
      process.execPath,
      ...nodeFlags,
      path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'),
      'export',
      ...args,
    ],
    { cwd: PROJECT_ROOT, env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
  );
  const seconds = (Date.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`export ${args.join(' ')} failed: ${child.stderr}`);
  const peakRssMb = Number(/peak-rss-kb (\d+)/.exec(child.stderr)?.[1]) / 1024;
  const summary = child.stderr.split('\n').find((l) => l.startsWith('exported')) ?? '';
  log(`${label}: ${summary}`);
  return { label, seconds, peakRssMb, outputMb: outputBytes(out, child.stdout) / 1e6 };
}

function outputBytes(out: string | null, stdout: string): number {
  if (out === null) return Buffer.byteLength(stdout);
  if (fs.statSync(out).isFile()) return fs.statSync(out).size;
  return fs.readdirSync(out).reduce((sum, f) => sum + fs.statSync(path.join(out, f)).size, 0);
}

void main().catch((err: unknown) => {
  process.stderr.write(`bench:export: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
