import { RELATION_TYPES } from '../domain/types';
import type { QueryHeader } from './cypher-header';
import {
  NODE_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  nodeKind,
  type NodeKind,
  type PropertyType,
} from './graph-properties';
import {
  ENTITY_SUPER_LABEL,
  NODE_LABELS,
  NODE_STYLES,
  RELATIONSHIP_STYLES,
  RELATIONSHIP_TYPES,
  type NodeLabel,
} from './palette';

/**
 * Builds the Neo4j Bloom perspective (visualization/newsgraph.bloom-perspective.json) from the
 * palette, the graph model's properties, the indexes of cypher/schema.cypher and the search
 * phrases in cypher/bloom/. The keys and their nesting are those of a perspective that Bloom
 * 2.6.0 exported (see docs/visualization.md for the public exports this was modelled on); nothing
 * is added that such an export does not have. Pure and deterministic: fixed ids and timestamps, so
 * the committed file only changes when its inputs do.
 */

/** A search phrase as read from cypher/bloom/<file>.cypher. */
export interface BloomPhrase {
  file: string;
  header: QueryHeader;
  /** The statement, comments removed. */
  cypher: string;
}

/** The Bloom release whose export format the file follows (the `version` an export carries). */
export const BLOOM_FORMAT_VERSION = '2.6.0';
const PERSPECTIVE_ID = '5d1c0f6e-3b0a-4c7e-9f2a-6e7a2b9c4d10';
/** 2026-01-01T00:00:00Z: fixed so the generated file is reproducible. */
const CREATED_AT = 1767225600000;

/** Bloom's "no icon" value: its own icons are ids of its icon library, which it does not publish. */
export const BLOOM_NO_ICON = 'no-icon';
/** Caption key Bloom writes for "show the relationship type" (what a new relationship type gets). */
export const REL_TYPE_CAPTION_KEY = '0_REL_TYPE_CAPTION_KEY';
/** Caption key Bloom writes for "show the category name". */
export const CATEGORY_NAME_CAPTION_KEY = '0_CATEGORY_NAME_CAPTION_KEY';

/** Bloom's own default palette, appended after ours so categories added in Bloom get fresh colours. */
const BLOOM_DEFAULT_COLORS = ['#FFE081', '#C990C0', '#ECB5C9', '#D9C8AE', '#569480', '#DA7194', '#848484'];

const BLOOM_TYPE: Record<PropertyType, string> = {
  string: 'string',
  int: 'bigint',
  'string[]': 'array',
  datetime: 'DateTime',
};

/** One entry of `metadata.indexes`, as Bloom exports it. */
export interface BloomIndex {
  /** null for the label lookup index, which covers every label. */
  label: string | null;
  type: 'native' | 'fulltext';
  propertyKeys: Array<{ key: string; metadataProp: false }>;
}

/**
 * `metadata.indexes` from cypher/schema.cypher: per label, the properties that a uniqueness
 * constraint or a single-property range index covers (`native`); each full-text index
 * (`fulltext`); and Neo4j's node label lookup index, which every Neo4j 5 database has without
 * schema.cypher creating it (`label: null`, as the exports write it). Composite and relationship
 * indexes are left out: the exports list single node properties.
 */
export function bloomIndexes(schemaCypher: string): BloomIndex[] {
  const native = new Map<string, string[]>();
  const add = (label: string, key: string) => {
    const keys = native.get(label) ?? [];
    if (!keys.includes(key)) keys.push(key);
    native.set(label, keys);
  };
  const fulltext: BloomIndex[] = [];
  const statements = schemaCypher
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  for (const statement of statements) {
    const constraint =
      /^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(\w+:(\w+)\) REQUIRE \w+\.(\w+) IS UNIQUE$/.exec(statement);
    const range = /^CREATE INDEX \w+ IF NOT EXISTS FOR \(\w+:(\w+)\) ON \(([^)]*)\)$/.exec(statement);
    const text = /^CREATE FULLTEXT INDEX \w+ IF NOT EXISTS FOR \(\w+:(\w+)\) ON EACH \[([^\]]*)\]/.exec(
      statement,
    );
    // Relationship indexes (the ingest's event lookup) serve no search in Bloom.
    const relationship = /^CREATE INDEX \w+ IF NOT EXISTS FOR \(\)-\[\w+:\w+\]-\(\) ON \(/.test(statement);
    if (relationship) continue;
    if (constraint) {
      add(constraint[1]!, constraint[2]!);
    } else if (range) {
      const keys = propertyList(range[2]!);
      if (keys.length === 1) add(range[1]!, keys[0]!);
    } else if (text) {
      fulltext.push({
        label: text[1]!,
        type: 'fulltext',
        propertyKeys: propertyKeys(propertyList(text[2]!)),
      });
    } else {
      throw new Error(
        `cypher/schema.cypher: no Bloom index for "${statement}"; teach bloomIndexes() about it`,
      );
    }
  }
  return [
    ...[...native].map(([label, keys]): BloomIndex => ({
      label,
      type: 'native',
      propertyKeys: propertyKeys(keys),
    })),
    ...fulltext,
    { label: null, type: 'native', propertyKeys: [] },
  ];
}

const propertyList = (list: string) => list.split(',').map((p) => p.trim().replace(/^\w+\./, ''));
const propertyKeys = (keys: readonly string[]) => keys.map((key) => ({ key, metadataProp: false as const }));

/** The perspective object, ready for JSON.stringify. */
export function buildBloomPerspective(
  phrases: readonly BloomPhrase[],
  schemaCypher: string,
): Record<string, unknown> {
  const colors = [...new Set([...NODE_LABELS.map((l) => NODE_STYLES[l].color), ...BLOOM_DEFAULT_COLORS])];
  return {
    name: 'Newsgraph',
    id: PERSPECTIVE_ID,
    categories: NODE_LABELS.map(category),
    labels: labelProperties(),
    relationshipTypes: RELATIONSHIP_TYPES.map(relationshipType),
    palette: { colors, currentIndex: NODE_LABELS.length },
    createdAt: CREATED_AT,
    lastEditedAt: CREATED_AT,
    templates: phrases.map(template),
    hiddenRelationshipTypes: [],
    hiddenCategories: [],
    hideUncategorisedData: false,
    isAuto: false,
    parentPerspectiveId: null,
    metadata: {
      pathSegments: pathSegments(),
      indexes: bloomIndexes(schemaCypher),
      // Bloom fills these counts from the database it exported from; this file comes from none.
      stats: { labels: {}, relationshipTypes: {} },
    },
    sceneActions: [],
    version: BLOOM_FORMAT_VERSION,
  };
}

function category(label: NodeLabel, index: number) {
  const style = NODE_STYLES[label];
  const props = NODE_PROPERTIES[kindOf(label)];
  return {
    id: index + 1,
    name: label,
    labels: [label],
    properties: props.map((prop) => ({
      name: prop.key,
      exclude: prop.internal === true,
      dataType: BLOOM_TYPE[prop.type],
    })),
    createdAt: CREATED_AT,
    lastEditedAt: CREATED_AT,
    color: style.color,
    size: style.size,
    icon: BLOOM_NO_ICON,
    captionKeys: [...style.captionKeys],
    styleRules: [],
  };
}

function relationshipType(type: (typeof RELATIONSHIP_TYPES)[number]) {
  const style = RELATIONSHIP_STYLES[type];
  const props = RELATIONSHIP_PROPERTIES[type];
  return {
    id: type,
    name: type,
    properties: props.map((prop) => ({ propertyKey: prop.key, type, dataType: BLOOM_TYPE[prop.type] })),
    color: style.color,
    size: style.width,
    captionKeys: style.captionProperty
      ? [REL_TYPE_CAPTION_KEY, style.captionProperty]
      : [REL_TYPE_CAPTION_KEY],
  };
}

function labelProperties(): Record<string, unknown> {
  const labels = [ENTITY_SUPER_LABEL, ...NODE_LABELS];
  return Object.fromEntries(
    labels.map((label) => {
      const props = NODE_PROPERTIES[kindOf(label)].map((prop) => ({
        propertyKey: prop.key,
        type: label,
        dataType: BLOOM_TYPE[prop.type],
      }));
      return [label, props];
    }),
  );
}

/**
 * The (source label, type, target label) triples of docs/graph-model.md, one per relationship type.
 * The entity relations join any two entities, and every entity carries `Entity`, so they are
 * written between `Entity` and `Entity` rather than between every pair of type labels.
 */
function pathSegments() {
  const entity = ENTITY_SUPER_LABEL;
  const segment = (source: string, relationshipType: string, target: string) => ({
    source,
    relationshipType,
    target,
  });
  return [
    ...RELATION_TYPES.map((type) => segment(entity, type, entity)),
    segment(entity, 'PARTICIPATED_IN', 'Event'),
    segment('Event', 'OCCURRED_IN', 'Location'),
    segment(entity, 'MENTIONED_IN', 'Article'),
    segment('Event', 'REPORTED_IN', 'Article'),
  ];
}

/** A search phrase: `name` is what Bloom lists it as (our description), `text` what the user types. */
function template(phrase: BloomPhrase, index: number) {
  const { header } = phrase;
  if (!header.phrase) throw new Error(`cypher/bloom/${phrase.file}.cypher has no @phrase line: add one`);
  return {
    name: header.description || header.phrase,
    id: `tmpl:${CREATED_AT + index}`,
    createdAt: CREATED_AT + index,
    text: header.phrase,
    cypher: phrase.cypher,
    isUpdateQuery: null,
    params: header.params.map((param) => ({
      name: `$${param.name}`,
      dataType: typeof param.sample === 'number' ? 'Integer' : 'String',
      collapsed: false,
      suggestionLabel: param.suggestionLabel,
      suggestionProp: param.suggestionProperty,
      suggestionBoolean: false,
      cypher: null,
    })),
    hasCypherErrors: false,
  };
}

/** `Entity` and the entity type labels share the entity properties. */
const kindOf = (label: string): NodeKind => nodeKind([label]) ?? 'Entity';
