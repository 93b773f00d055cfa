import type { PropertySpec } from '../visualization/graph-properties';
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
  type PlainValue,
} from './model';

/**
 * GraphML (http://graphml.graphdrawing.org) written by hand, one element at a time, so nothing but
 * the current node is held in memory. Keys are declared up front from the graph model (GraphML
 * wants them before <graph>, and a stream cannot look ahead). Gephi reads `label` as the node
 * label, `weight` as edge weight and `r`/`g`/`b` as the node colour; yEd shows every key in its
 * Data tab and can map `label` with Edit → Properties Mapper.
 */

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double';
}

const keyType = (spec: PropertySpec): Key['type'] => (spec.type === 'int' ? 'int' : 'string');

const NODE_KEYS: Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'labels', for: 'node', name: 'labels', type: 'string' },
  { id: 'color', for: 'node', name: 'color', type: 'string' },
  { id: 'r', for: 'node', name: 'r', type: 'int' },
  { id: 'g', for: 'node', name: 'g', type: 'int' },
  { id: 'b', for: 'node', name: 'b', type: 'int' },
  ...EXPORTED_NODE_PROPERTIES.filter((s) => s.key !== 'id').map((s): Key => ({
    id: `n_${s.key}`,
    for: 'node',
    name: s.key,
    type: keyType(s),
  })),
];

const EDGE_KEYS: Key[] = [
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
  ...EXPORTED_RELATIONSHIP_PROPERTIES.map((s): Key => ({
    id: `e_${s.key}`,
    for: 'edge',
    name: s.key,
    type: keyType(s),
  })),
];

/** Text chunks of a GraphML document: the nodes are consumed fully before the edges. */
export async function* graphmlChunks(
  nodes: AsyncIterable<ExportNode>,
  edges: AsyncIterable<ExportEdge>,
): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  for (const key of [...NODE_KEYS, ...EDGE_KEYS]) {
    yield `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>\n`;
  }
  yield '  <graph id="newsgraph" edgedefault="directed">\n';
  for await (const node of nodes) yield nodeElement(node);
  for await (const edge of edges) yield edgeElement(edge);
  yield '  </graph>\n</graphml>\n';
}

function nodeElement(node: ExportNode): string {
  const color = nodeStyleFor(node.labels).color;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  const data: Array<[string, PlainValue]> = [
    ['label', caption(node)],
    ['labels', `:${node.labels.join(':')}`],
    ['color', color],
    ['r', r ?? 0],
    ['g', g ?? 0],
    ['b', b ?? 0],
    ...nodeProperties(node)
      .filter(([k]) => k !== 'id')
      .map(([k, v]): [string, PlainValue] => [`n_${k}`, v]),
  ];
  return `    <node id="${escapeXml(node.id)}">${dataElements(data)}</node>\n`;
}

function edgeElement(edge: ExportEdge): string {
  const data: Array<[string, PlainValue]> = [
    ['e_label', edge.type],
    ['e_type', edge.type],
    ['e_weight', weight(edge)],
    ...edgeProperties(edge).map(([k, v]): [string, PlainValue] => [`e_${k}`, v]),
  ];
  const attrs = `id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
  return `    <edge ${attrs}>${dataElements(data)}</edge>\n`;
}

function dataElements(data: Array<[string, PlainValue]>): string {
  return data
    .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([key, v]) => `<data key="${key}">${escapeXml(asText(v))}</data>`)
    .join('');
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for XML content and attribute values, and drops the characters XML 1.0 cannot carry
 * at all (control characters other than tab and newlines, lone surrogates, U+FFFE/U+FFFF), which
 * scraped article text sometimes has.
 */
export function escapeXml(text: string): string {
  return (
    text
      // Matching control characters is the point here.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!)
  );
}
