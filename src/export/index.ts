import fs from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database, RecordStream } from '../db/client';
import { cytoscapeChunks } from './cytoscape';
import { writeCsv } from './csv';
import { nameKey } from '../domain/names';
import { graphmlChunks } from './graphml';
import type { ExportEdge, ExportNode } from './model';

/**
 * `newsgraph export`: the whole graph, or one entity's neighborhood, as GraphML, Cytoscape.js JSON
 * or CSV. Nodes and then relationships are streamed from one read transaction (one snapshot) and
 * written with back-pressure: memory stays flat however large the graph (a neighborhood holds only
 * its node keys).
 */

export const EXPORT_FORMATS = ['graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const MAX_DEPTH = 3;
/** Exports run longer than API reads: allow 30 minutes instead of NEO4J_TX_TIMEOUT_MS. */
export const EXPORT_TIMEOUT_MS = 30 * 60_000;

export interface ExportOptions {
  format: ExportFormat;
  /** An entity id or name/alias: export its neighborhood instead of the whole graph. */
  entity?: string;
  /** Neighborhood radius in relationships, 1 to MAX_DEPTH (default 1). */
  depth?: number;
  /** Output file (graphml, json) or directory (csv). Without it graphml and json go to `stdout`. */
  out?: string;
  stdout?: Writable;
  timeoutMs?: number;
}

export interface ExportSummary {
  nodes: number;
  relationships: number;
  /** The entity whose neighborhood was exported, or null for the whole graph. */
  entity: { id: string; name: string } | null;
}

/** Input the user can fix (unknown entity, ambiguous name, bad depth): the message says how. */
export class ExportInputError extends Error {
  override name = 'ExportInputError';
}

/** Writes the export and returns what it counted. */
export async function exportGraph(db: Database, opts: ExportOptions): Promise<ExportSummary> {
  checkExportOptions(opts);
  const depth = opts.depth ?? 1;
  if (opts.format === 'csv') fs.mkdirSync(opts.out!, { recursive: true });
  return db.streamRead(
    async (stream) => {
      let entity: ExportSummary['entity'] = null;
      let nodes = () => stream<ExportNode>('export/nodes');
      let edges = () => stream<ExportEdge>('export/relationships');
      if (opts.entity !== undefined) {
        const found = await findEntity(stream, opts.entity);
        entity = { id: found.id, name: found.name };
        const keys = await neighborhood(stream, found.key, depth);
        nodes = () => stream<ExportNode>('export/nodes-by-key', { keys });
        edges = () => stream<ExportEdge>('export/relationships-by-key', { keys });
      }
      const count = { nodes: 0, relationships: 0 };
      const countedNodes = counted(nodes(), () => count.nodes++);
      const countedEdges = () => counted(edges(), () => count.relationships++);
      await write(opts, countedNodes, countedEdges);
      return { ...count, entity };
    },
    { timeoutMs: opts.timeoutMs ?? EXPORT_TIMEOUT_MS },
  );
}

async function write(
  opts: ExportOptions,
  nodes: AsyncIterable<ExportNode>,
  edges: () => AsyncIterable<ExportEdge>,
): Promise<void> {
  switch (opts.format) {
    case 'csv':
      return writeCsv(opts.out!, nodes, edges);
    case 'graphml':
      return writeText(graphmlChunks(nodes, lazy(edges)), opts);
    case 'json':
      return writeText(cytoscapeChunks(nodes, lazy(edges)), opts);
    default: {
      const unreachable: never = opts.format;
      throw new Error(`unknown export format ${String(unreachable)}`);
    }
  }
}

async function writeText(chunks: AsyncIterable<string>, opts: ExportOptions): Promise<void> {
  const source = Readable.from(batched(chunks), { objectMode: false });
  if (opts.out) {
    await pipeline(source, fs.createWriteStream(opts.out));
  } else {
    // stdout is not ours to close.
    await pipeline(source, opts.stdout ?? process.stdout, { end: false });
  }
}

/**
 * Throws an ExportInputError for options no export can satisfy (depth out of range, csv without a
 * directory, a directory where a file is wanted), so the CLI can fail before opening the database.
 */
export function checkExportOptions(opts: ExportOptions): void {
  const depth = opts.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new ExportInputError(
      `--depth ${opts.depth} is out of range: use a whole number from 1 to ${MAX_DEPTH}`,
    );
  }
  const isDir = opts.out !== undefined && fs.existsSync(opts.out) && fs.statSync(opts.out).isDirectory();
  if (opts.format === 'csv') {
    if (!opts.out) {
      throw new ExportInputError('--format csv writes nodes.csv and edges.csv: pass --out <directory>');
    }
    if (fs.existsSync(opts.out) && !isDir) {
      throw new ExportInputError(`--out ${opts.out} is a file: --format csv needs a directory`);
    }
  } else if (isDir) {
    throw new ExportInputError(
      `--out ${opts.out} is a directory: give a file name, e.g. ${opts.out}/graph.${opts.format}`,
    );
  }
}

interface FoundEntity {
  key: string;
  id: string;
  name: string;
  exactId: boolean;
  nameMatch: boolean;
}

/** The entity `--entity` names: an id, else the one entity whose name or alias has that key. */
async function findEntity(stream: RecordStream, text: string): Promise<FoundEntity> {
  const key = nameKey(text);
  const rows: FoundEntity[] = [];
  for await (const row of stream<FoundEntity>('export/find-entity', { id: text, key })) rows.push(row);
  const exact = rows.find((r) => r.exactId);
  if (exact) return exact;
  const byName = rows.filter((r) => r.nameMatch);
  const candidates = byName.length > 0 ? byName : rows;
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    throw new ExportInputError(
      `no entity has the id or name "${text}": pass an id such as person:marco-rubio, or a name or alias as ingested`,
    );
  }
  const list = candidates
    .slice(0, 5)
    .map((r) => `${r.id} (${r.name})`)
    .join(', ');
  throw new ExportInputError(`"${text}" names ${candidates.length} entities: pass one id instead: ${list}`);
}

/** The elementIds of every node within `depth` relationships of `start`, breadth first. */
async function neighborhood(stream: RecordStream, start: string, depth: number): Promise<string[]> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for await (const { key } of stream<{ key: string }>('export/expand-keys', { keys: frontier })) {
      if (!seen.has(key)) {
        seen.add(key);
        next.push(key);
      }
    }
    frontier = next;
  }
  return [...seen];
}

async function* counted<T>(items: AsyncIterable<T>, onItem: () => void): AsyncGenerator<T> {
  for await (const item of items) {
    onItem();
    yield item;
  }
}

/** An iterable that starts `make()` only when iterated: the edge query waits for the nodes. */
function lazy<T>(make: () => AsyncIterable<T>): AsyncIterable<T> {
  return { [Symbol.asyncIterator]: () => make()[Symbol.asyncIterator]() };
}

/** Joins small text chunks into writes of about 64 KiB: one write per node would be slow. */
async function* batched(chunks: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<Buffer> {
  let buffer = '';
  for await (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= size) {
      yield Buffer.from(buffer);
      buffer = '';
    }
  }
  if (buffer) yield Buffer.from(buffer);
}
