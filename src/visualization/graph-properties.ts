import type { RelationshipType } from './palette';

/**
 * The properties of docs/graph-model.md, per node kind and relationship type, with their types.
 * The Bloom perspective lists them for tooltips; the exports declare them as GraphML keys and CSV
 * columns. Internal bookkeeping (lookup keys, hashes) is marked so views and exports leave it out.
 */

export type PropertyType = 'string' | 'int' | 'string[]' | 'datetime';

export interface PropertySpec {
  key: string;
  type: PropertyType;
  /** Bookkeeping for ingestion (aliasKeys, nameKey, contentHash, relationKeys, roleKey, lookupKey, eventDate): hidden in views, not exported. */
  internal?: boolean;
}

/** The node kinds whose properties differ: every entity type label shares `Entity`'s. */
export type NodeKind = 'Entity' | 'Event' | 'Article';

const p = (key: string, type: PropertyType = 'string', internal = false): PropertySpec =>
  internal ? { key, type, internal } : { key, type };

export const NODE_PROPERTIES: Readonly<Record<NodeKind, readonly PropertySpec[]>> = {
  Entity: [
    p('id'),
    p('type'),
    p('name'),
    p('aliases', 'string[]'),
    p('mentionCount', 'int'),
    p('articleCount', 'int'),
    p('aliasKeys', 'string[]', true),
    p('nameKey', 'string', true),
  ],
  Event: [p('id'), p('type'), p('date'), p('name'), p('summary'), p('articleCount', 'int')],
  Article: [
    p('id'),
    p('title'),
    p('name'),
    p('url'),
    p('source'),
    p('origin'),
    p('publishedAt', 'datetime'),
    p('ingestedAt', 'datetime'),
    p('wordCount', 'int'),
    p('contentHash', 'string', true),
    p('relationKeys', 'string[]', true),
  ],
};

const FACT = [
  p('role'),
  p('articleCount', 'int'),
  p('articleIds', 'string[]'),
  p('evidence', 'string[]'),
  p('roleKey', 'string', true),
];

export const RELATIONSHIP_PROPERTIES: Readonly<Record<RelationshipType, readonly PropertySpec[]>> = {
  HOLDS_ROLE: FACT,
  MEMBER_OF: FACT,
  PART_OF: FACT,
  LOCATED_IN: FACT,
  DEPLOYED_TO: FACT,
  DESIGNATED: FACT,
  OPPOSES: FACT,
  PARTICIPATED_IN: [
    p('articleIds', 'string[]'),
    p('lookupKey', 'string', true),
    p('eventDate', 'string', true),
  ],
  OCCURRED_IN: [],
  MENTIONED_IN: [p('count', 'int'), p('aliases', 'string[]')],
  REPORTED_IN: [p('evidence'), p('evidenceStart', 'int')],
};

/** The node kind of a node with these labels (entities by their `Entity` label). */
export function nodeKind(labels: readonly string[]): NodeKind | null {
  if (labels.includes('Entity')) return 'Entity';
  if (labels.includes('Event')) return 'Event';
  if (labels.includes('Article')) return 'Article';
  return null;
}

/**
 * Every exported property key with one type, in model order, without duplicates: what GraphML
 * declares as keys and CSV writes as columns. `type` of a node is the entity or event type.
 */
export function exportedProperties(specs: Iterable<readonly PropertySpec[]>): PropertySpec[] {
  const seen = new Map<string, PropertySpec>();
  for (const list of specs) {
    for (const spec of list) {
      if (!spec.internal && !seen.has(spec.key)) seen.set(spec.key, spec);
    }
  }
  return [...seen.values()];
}

/** Node properties that exports carry. */
export const EXPORTED_NODE_PROPERTIES = exportedProperties(Object.values(NODE_PROPERTIES));
/** Relationship properties that exports carry. */
export const EXPORTED_RELATIONSHIP_PROPERTIES = exportedProperties(Object.values(RELATIONSHIP_PROPERTIES));
