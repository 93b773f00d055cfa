import { nodeStyleFor } from '../visualization/palette';
import { caption, edgeProperties, nodeProperties, weight, type ExportEdge, type ExportNode } from './model';

/**
 * Cytoscape.js JSON (`cy.json()` / `cytoscape({ elements })`, also read by Cytoscape desktop's
 * "Import Network from File"): `{ "elements": { "nodes": [{ "data": … }], "edges": [{ "data": … }] } }`,
 * written as text one element per line so the document is never held in memory. Node data: `id`,
 * `label` (caption), `labels` (Neo4j labels), `kind` (the type label, for selectors such as
 * `node[kind = "Person"]`), `color`, then the model's properties; edge data: `id`, `source`,
 * `target`, `type`, `label`, `weight`, then the relationship's properties. Lists stay JSON arrays.
 */
export async function* cytoscapeChunks(
  nodes: AsyncIterable<ExportNode>,
  edges: AsyncIterable<ExportEdge>,
): AsyncGenerator<string> {
  yield '{"elements":{"nodes":[';
  let first = true;
  for await (const node of nodes) {
    yield `${first ? '' : ','}\n${JSON.stringify({ data: nodeData(node) })}`;
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for await (const edge of edges) {
    yield `${first ? '' : ','}\n${JSON.stringify({ data: edgeData(edge) })}`;
    first = false;
  }
  yield '\n]}}\n';
}

function nodeData(node: ExportNode): Record<string, unknown> {
  const style = nodeStyleFor(node.labels);
  const kind = node.labels.find((l) => l !== 'Entity') ?? node.labels[0] ?? null;
  return {
    // Model properties first, so the reserved fields below always win.
    ...Object.fromEntries(nodeProperties(node)),
    id: node.id,
    label: caption(node),
    labels: node.labels,
    kind,
    color: style.color,
  };
}

function edgeData(edge: ExportEdge): Record<string, unknown> {
  return {
    ...Object.fromEntries(edgeProperties(edge)),
    id: edge.key,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: edge.type,
    weight: weight(edge),
  };
}
