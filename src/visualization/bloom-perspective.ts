import { ENTITY_TYPES, RELATION_TYPES } from '../domain/types';
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
 * palette, the graph model's properties and the search phrases in cypher/bloom/. The shape follows
 * what Bloom 2.x writes when it exports a perspective (`version` says which); see
 * docs/visualization.md. Pure and deterministic: fixed ids and timestamps, so the committed file
 * only changes when its inputs do.
 */

/** A search phrase as read from cypher/bloom/<file>.cypher. */
export interface BloomPhrase {
  file: string;
  header: QueryHeader;
  /** The statement, comments removed. */
  cypher: string;
}

/** The Bloom release whose export format the file follows. */
export const BLOOM_FORMAT_VERSION = '2.21.0';
const PERSPECTIVE_ID = '5d1c0f6e-3b0a-4c7e-9f2a-6e7a2b9c4d10';
/** 2026-01-01T00:00:00Z: fixed so the generated file is reproducible. */
const CREATED_AT = 1767225600000;

/** Bloom's own default palette, appended after ours so categories added in Bloom get fresh colours. */
const BLOOM_DEFAULT_COLORS = ['#FFE081', '#C990C0', '#ECB5C9', '#D9C8AE', '#569480', '#DA7194', '#848484'];

const BLOOM_TYPE: Record<PropertyType, string> = {
  string: 'string',
  int: 'bigint',
  'string[]': 'array',
  datetime: 'DateTime',
};

/** The perspective object, ready for JSON.stringify. */
export function buildBloomPerspective(phrases: readonly BloomPhrase[]): Record<string, unknown> {
  const colors = [...new Set([...NODE_LABELS.map((l) => NODE_STYLES[l].color), ...BLOOM_DEFAULT_COLORS])];
  return {
    name: 'Newsgraph',
    id: PERSPECTIVE_ID,
    type: 'STANDARD_PERSPECTIVE',
    version: BLOOM_FORMAT_VERSION,
    createdAt: CREATED_AT,
    lastEditedAt: CREATED_AT,
    categories: NODE_LABELS.map(category),
    labels: labelProperties(),
    relationshipTypes: RELATIONSHIP_TYPES.map(relationshipType),
    palette: { colors, currentIndex: NODE_LABELS.length },
    templates: phrases.map(template),
    sceneActions: [],
    hiddenRelationshipTypes: [],
    hiddenCategories: [],
    hideUncategorisedData: false,
    maxLimitToastMsgEnabled: false,
    isAuto: false,
    history: [],
    parentPerspectiveId: null,
    metadata: {
      pathSegments: pathSegments(),
      indexes: [],
    },
  };
}

function category(label: NodeLabel, index: number) {
  const style = NODE_STYLES[label];
  const props = NODE_PROPERTIES[kindOf(label)];
  const captionKeys = [...style.captionKeys];
  return {
    id: index + 1,
    name: label,
    labels: [label],
    createdAt: CREATED_AT,
    lastEditedAt: CREATED_AT,
    properties: props.map((prop) => ({
      name: prop.key,
      exclude: prop.internal === true,
      dataType: BLOOM_TYPE[prop.type],
    })),
    color: style.color,
    size: style.size,
    icon: style.icon,
    textSize: 1,
    textAlign: 'top',
    captionKeys,
    captions: props
      .filter((prop) => !prop.internal)
      .map((prop) => ({
        key: prop.key,
        type: 'property',
        isCaption: captionKeys.includes(prop.key),
        inTooltip: true,
        styles: captionKeys[0] === prop.key ? ['bold'] : [],
        isGdsData: false,
      })),
    styleRules: [],
  };
}

function relationshipType(type: (typeof RELATIONSHIP_TYPES)[number]) {
  const style = RELATIONSHIP_STYLES[type];
  const props = RELATIONSHIP_PROPERTIES[type];
  const typeCaption = { key: type, type: 'relationship', isCaption: true, inTooltip: true, styles: [] };
  const propCaptions = props.map((prop) => ({
    key: prop.key,
    type: 'property',
    isCaption: prop.key === style.captionProperty,
    inTooltip: true,
    styles: [],
    isGdsData: false,
  }));
  return {
    id: type,
    name: type,
    color: style.color,
    size: style.width,
    textSize: 1,
    textAlign: 'top',
    properties: props.map((prop) => ({ propertyKey: prop.key, type, dataType: BLOOM_TYPE[prop.type] })),
    captionKeys: style.captionProperty ? [style.captionProperty] : [],
    captions: [typeCaption, ...propCaptions],
    styleRules: [],
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

/** Which label pairs each relationship type connects (docs/graph-model.md), for Bloom's schema view. */
function pathSegments() {
  const entities = ENTITY_TYPES as readonly string[];
  const between = (type: string, sources: readonly string[], targets: readonly string[]) =>
    sources.flatMap((source) => targets.map((target) => ({ source, relationshipType: type, target })));
  return [
    ...RELATION_TYPES.flatMap((type) => between(type, entities, entities)),
    ...between('PARTICIPATED_IN', entities, ['Event']),
    ...between('OCCURRED_IN', ['Event'], ['Location']),
    ...between('MENTIONED_IN', entities, ['Article']),
    ...between('REPORTED_IN', ['Event'], ['Article']),
  ];
}

function template(phrase: BloomPhrase, index: number) {
  const { header } = phrase;
  if (!header.phrase) throw new Error(`cypher/bloom/${phrase.file}.cypher has no @phrase line: add one`);
  return {
    id: `tmpl:${CREATED_AT + index}`,
    name: header.phrase,
    text: header.phrase,
    description: header.description,
    createdAt: CREATED_AT + index,
    cypher: phrase.cypher,
    isUpdateQuery: null,
    isWriteTransactionChecked: null,
    hasCypherErrors: false,
    params: header.params.map((param) => ({
      name: `$${param.name}`,
      dataType: typeof param.sample === 'number' ? 'Integer' : 'String',
      collapsed: false,
      suggestionLabel: param.suggestionLabel,
      suggestionProp: param.suggestionProperty,
      suggestionBoolean: false,
      cypher: null,
    })),
  };
}

/** `Entity` and the entity type labels share the entity properties. */
const kindOf = (label: string): NodeKind => nodeKind([label]) ?? 'Entity';
