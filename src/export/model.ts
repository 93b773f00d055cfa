import { isDateTime, isDate, isDuration, isLocalDateTime, isLocalTime, isTime, isPoint } from 'neo4j-driver';
import {
  EXPORTED_NODE_PROPERTIES,
  EXPORTED_RELATIONSHIP_PROPERTIES,
} from '../visualization/graph-properties';
import { nodeStyleFor } from '../visualization/palette';

/**
 * The records the export statements stream (cypher/export/*), and the small pure helpers every
 * output format shares: captions, weights, plain property values.
 */

/** A node as cypher/export/nodes.cypher returns it. */
export interface ExportNode {
  /** elementId: only used to walk a neighborhood. */
  key: string;
  /** The model's id (`person:marco-rubio`), the node's identity in every output. */
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

/** A relationship as cypher/export/relationships.cypher returns it. */
export interface ExportEdge {
  key: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/** A property value as the outputs carry it: temporal values as ISO text, lists kept as lists. */
export type PlainValue = string | number | boolean | string[] | null;

/** Separator for list properties in the text formats (GraphML, CSV); JSON keeps real lists. */
export const LIST_SEPARATOR = ' | ';

/** Converts a driver value to a plain one (DateTime → "2025-01-12T08:00:00Z"). */
export function plain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map((v) => String(plain(v) ?? ''));
  if (isTemporal(value)) return String(value);
  return JSON.stringify(value);
}

/** A plain value as one text cell: lists joined with LIST_SEPARATOR, null as empty text. */
export function asText(value: PlainValue): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}

/**
 * What a viewer should print on the node: the caption keys of its style (`name`, Event's type and
 * date, Article's title), falling back to `name` and then the id.
 */
export function caption(node: ExportNode): string {
  const keys = nodeStyleFor(node.labels).captionKeys;
  const parts = keys.map((k) => asText(plain(node.props[k]))).filter(Boolean);
  if (parts.length > 0) return parts.join(' ');
  return asText(plain(node.props.name)) || node.id;
}

/**
 * Edge weight for Gephi and Cytoscape layouts: how many articles state the fact (`articleCount`,
 * since `articleIds` keeps at most 20; MENTIONED_IN: how often the entity is mentioned there), at
 * least 1.
 */
export function weight(edge: ExportEdge): number {
  const { articleCount, articleIds, count } = edge.props;
  if (typeof count === 'number') return Math.max(1, count);
  if (typeof articleCount === 'number') return Math.max(1, articleCount);
  if (Array.isArray(articleIds)) return Math.max(1, articleIds.length);
  return 1;
}

/** The exported properties of a node, in model order, internal ones left out. */
export function nodeProperties(node: ExportNode): Array<[string, PlainValue]> {
  return EXPORTED_NODE_PROPERTIES.filter((spec) => spec.key in node.props).map((spec) => [
    spec.key,
    plain(node.props[spec.key]),
  ]);
}

/** The exported properties of a relationship, in model order. */
export function edgeProperties(edge: ExportEdge): Array<[string, PlainValue]> {
  return EXPORTED_RELATIONSHIP_PROPERTIES.filter((spec) => spec.key in edge.props).map((spec) => [
    spec.key,
    plain(edge.props[spec.key]),
  ]);
}

function isTemporal(value: unknown): boolean {
  return [isDateTime, isDate, isLocalDateTime, isLocalTime, isTime, isDuration, isPoint].some((is) =>
    is(value as object),
  );
}
