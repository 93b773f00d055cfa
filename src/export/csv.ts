import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import {
  EXPORTED_NODE_PROPERTIES,
  EXPORTED_RELATIONSHIP_PROPERTIES,
} from '../visualization/graph-properties';
import { nodeStyleFor } from '../visualization/palette';
import {
  asText,
  caption,
  edgeProperties,
  nodeProperties,
  weight,
  type ExportEdge,
  type ExportNode,
} from './model';

/**
 * CSV node and edge lists (`nodes.csv`, `edges.csv`), with the column names Gephi's spreadsheet
 * import recognises (`Id`, `Label`; `Source`, `Target`, `Type` = Directed, `Weight`) followed by
 * the model's properties; lists are joined with " | ". Quoting is csv-stringify's (RFC 4180), which
 * also streams: rows go through its Transform with back-pressure.
 */

export const NODE_COLUMNS = [
  'Id',
  'Label',
  'labels',
  'color',
  ...EXPORTED_NODE_PROPERTIES.map((s) => s.key).filter((k) => k !== 'id'),
];
export const EDGE_COLUMNS = [
  'Id',
  'Source',
  'Target',
  'Type',
  'Label',
  'Weight',
  ...EXPORTED_RELATIONSHIP_PROPERTIES.map((s) => s.key),
];

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe: article text is untrusted input, and Excel/LibreOffice open these files.
 */
export function safeCell(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function safeRow(row: Record<string, string | number>): Record<string, string | number> {
  for (const key of Object.keys(row)) row[key] = safeCell(row[key]!);
  return row;
}

async function* nodeRows(nodes: AsyncIterable<ExportNode>): AsyncGenerator<Record<string, string | number>> {
  for await (const node of nodes) {
    const row: Record<string, string | number> = {
      Id: node.id,
      Label: caption(node),
      labels: node.labels.join(';'),
      color: nodeStyleFor(node.labels).color,
    };
    for (const [key, value] of nodeProperties(node)) if (key !== 'id') row[key] = asText(value);
    yield safeRow(row);
  }
}

async function* edgeRows(edges: AsyncIterable<ExportEdge>): AsyncGenerator<Record<string, string | number>> {
  for await (const edge of edges) {
    const row: Record<string, string | number> = {
      Id: edge.key,
      Source: edge.source,
      Target: edge.target,
      Type: 'Directed',
      Label: edge.type,
      Weight: weight(edge),
    };
    for (const [key, value] of edgeProperties(edge)) row[key] = asText(value);
    yield safeRow(row);
  }
}

/** Writes `<dir>/nodes.csv`, then `<dir>/edges.csv` (the edges are not pulled before the nodes are written). */
export async function writeCsv(
  dir: string,
  nodes: AsyncIterable<ExportNode>,
  edges: () => AsyncIterable<ExportEdge>,
): Promise<void> {
  await pipeline(
    Readable.from(nodeRows(nodes)),
    stringify({ header: true, columns: NODE_COLUMNS }),
    createWriteStream(path.join(dir, 'nodes.csv')),
  );
  await pipeline(
    Readable.from(edgeRows(edges())),
    stringify({ header: true, columns: EDGE_COLUMNS }),
    createWriteStream(path.join(dir, 'edges.csv')),
  );
}
