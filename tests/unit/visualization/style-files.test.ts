import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from '../../../src/db/cypher';
import { INTERNAL_LABELS, RELATION_TYPES } from '../../../src/domain/types';
import {
  BLOOM_PERSPECTIVE_FILE,
  GRASS_FILE,
  loadReadyQueries,
  renderVisualizationFiles,
} from '../../../src/visualization/files';
import {
  ENTITY_SUPER_LABEL,
  NODE_LABELS,
  NODE_STYLES,
  RELATIONSHIP_STYLES,
  RELATIONSHIP_TYPES,
} from '../../../src/visualization/palette';
import { parseGrass } from './grass-parser';

/**
 * The labels cypher/schema.cypher constrains or indexes: the labels the graph has, minus the
 * internal ones that carry no content to show (INTERNAL_LABELS: write-coordination nodes).
 */
function schemaLabels(): string[] {
  const schema = fs.readFileSync(path.join(CYPHER_DIR, 'schema.cypher'), 'utf8');
  const internal: readonly string[] = INTERNAL_LABELS;
  return [...new Set([...schema.matchAll(/FOR \(\w+:(\w+)\)/g)].map((m) => m[1]!))]
    .filter((l) => !internal.includes(l))
    .sort();
}

type Json = Record<string, unknown>;

interface Perspective {
  categories: Array<{
    id: number;
    name: string;
    labels: string[];
    properties: Array<{ name: string }>;
    color: string;
    icon: string;
    captionKeys: string[];
  }>;
  relationshipTypes: Array<{
    name: string;
    color: string;
    properties: Array<{ propertyKey: string }>;
    captionKeys: string[];
  }>;
  labels: Record<string, unknown>;
  templates: Array<{ text: string; cypher: string; params: Array<{ name: string }> }>;
  palette: { colors: string[] };
  metadata: {
    pathSegments: Array<{ source: string; relationshipType: string; target: string }>;
    indexes: Array<{
      label: string | null;
      type: string;
      propertyKeys: Array<{ key: string; metadataProp: boolean }>;
    }>;
    stats: { labels: Json; relationshipTypes: Json };
  };
  version: string;
}

const perspective = JSON.parse(fs.readFileSync(BLOOM_PERSPECTIVE_FILE, 'utf8')) as Perspective;
const raw = perspective as unknown as Json;

/**
 * The keys of a perspective exported by Bloom 2.6.0 (UtrechtUniversity/ricgraph,
 * neo4j_config/ricgraph_bloom_config.json; see docs/visualization.md), object by object. The
 * generated file must use exactly these: a key no export has is an invented one.
 */
const EXPORT_KEYS = {
  perspective: [
    'name',
    'id',
    'categories',
    'labels',
    'relationshipTypes',
    'palette',
    'createdAt',
    'lastEditedAt',
    'templates',
    'hiddenRelationshipTypes',
    'hiddenCategories',
    'hideUncategorisedData',
    'isAuto',
    'parentPerspectiveId',
    'metadata',
    'sceneActions',
    'version',
  ],
  category: [
    'id',
    'name',
    'labels',
    'properties',
    'createdAt',
    'lastEditedAt',
    'color',
    'size',
    'icon',
    'captionKeys',
    'styleRules',
  ],
  categoryProperty: ['name', 'exclude', 'dataType'],
  labelProperty: ['propertyKey', 'type', 'dataType'],
  relationshipType: ['id', 'name', 'properties', 'color', 'size', 'captionKeys'],
  palette: ['colors', 'currentIndex'],
  template: ['name', 'id', 'createdAt', 'text', 'cypher', 'isUpdateQuery', 'params', 'hasCypherErrors'],
  param: [
    'name',
    'dataType',
    'collapsed',
    'suggestionLabel',
    'suggestionProp',
    'suggestionBoolean',
    'cypher',
  ],
  metadata: ['pathSegments', 'indexes', 'stats'],
  pathSegment: ['source', 'relationshipType', 'target'],
  index: ['label', 'type', 'propertyKeys'],
  indexKey: ['key', 'metadataProp'],
  stats: ['labels', 'relationshipTypes'],
};
const keysOf = (o: unknown) => Object.keys(o as Json).sort();
const sorted = (keys: readonly string[]) => [...keys].sort();

/** The caption keys Bloom writes for "the relationship type" and "the category name". */
const SENTINEL_CAPTION_KEYS = ['0_REL_TYPE_CAPTION_KEY', '0_CATEGORY_NAME_CAPTION_KEY'];

describe('the Bloom perspective', () => {
  it('is the file scripts/build-bloom-perspective.ts generates (run it after changing the palette or cypher/bloom)', () => {
    const generated = renderVisualizationFiles().find((f) => f.file === BLOOM_PERSPECTIVE_FILE)!;
    expect(perspective).toEqual(JSON.parse(generated.content));
  });

  it('has the keys of a real Bloom 2.x export, and no others', () => {
    expect(perspective.version).toMatch(/^2\.\d+\.\d+$/);
    expect(keysOf(raw)).toEqual(sorted(EXPORT_KEYS.perspective));
    expect(keysOf(perspective.palette)).toEqual(sorted(EXPORT_KEYS.palette));
    expect(keysOf(perspective.metadata)).toEqual(sorted(EXPORT_KEYS.metadata));
    expect(keysOf(perspective.metadata.stats)).toEqual(sorted(EXPORT_KEYS.stats));
    for (const category of perspective.categories) {
      expect(keysOf(category)).toEqual(sorted(EXPORT_KEYS.category));
      for (const prop of category.properties)
        expect(keysOf(prop)).toEqual(sorted(EXPORT_KEYS.categoryProperty));
    }
    for (const props of Object.values(perspective.labels) as Json[][]) {
      for (const prop of props) expect(keysOf(prop)).toEqual(sorted(EXPORT_KEYS.labelProperty));
    }
    for (const type of perspective.relationshipTypes) {
      expect(keysOf(type)).toEqual(sorted(EXPORT_KEYS.relationshipType));
      for (const prop of type.properties) expect(keysOf(prop)).toEqual(sorted(EXPORT_KEYS.labelProperty));
    }
    for (const template of perspective.templates) {
      expect(keysOf(template)).toEqual(sorted(EXPORT_KEYS.template));
      for (const param of template.params) expect(keysOf(param)).toEqual(sorted(EXPORT_KEYS.param));
    }
    for (const segment of perspective.metadata.pathSegments) {
      expect(keysOf(segment)).toEqual(sorted(EXPORT_KEYS.pathSegment));
    }
    for (const index of perspective.metadata.indexes) {
      expect(keysOf(index)).toEqual(sorted(EXPORT_KEYS.index));
      for (const key of index.propertyKeys) expect(keysOf(key)).toEqual(sorted(EXPORT_KEYS.indexKey));
    }
    // Bloom 2.21 writes `captions` arrays beside `captionKeys`; the 2.6.0 form has none.
    expect(JSON.stringify(perspective)).not.toContain('"captions"');
  });

  it('has one category per label of cypher/schema.cypher (the Entity super-label is styled by its type label)', () => {
    const categoryLabels = perspective.categories.flatMap((c) => c.labels).sort();
    const expected = schemaLabels().filter((l) => l !== ENTITY_SUPER_LABEL);
    expect(categoryLabels).toEqual(expected);
    expect(perspective.categories.map((c) => c.name).sort()).toEqual(expected);
    expect(sorted(NODE_LABELS)).toEqual(expected);
    expect(Object.keys(perspective.labels).sort()).toEqual(schemaLabels());
  });

  it('uses "no-icon" or a Bloom icon id, never an invented icon name', () => {
    for (const category of perspective.categories) {
      expect(category.icon).toMatch(/^(no-icon|[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12})$/);
    }
  });

  it('gives every category a distinct palette colour, and captions of its own properties or Bloom sentinels', () => {
    const colours = perspective.categories.map((c) => c.color);
    expect(new Set(colours).size).toBe(colours.length);
    const captions = Object.fromEntries(perspective.categories.map((c) => [c.name, c.captionKeys]));
    expect(captions).toMatchObject({ Person: ['name'], Event: ['type', 'date'], Article: ['title'] });
    for (const category of perspective.categories) {
      expect(category.color).toBe(NODE_STYLES[category.name as (typeof NODE_LABELS)[number]].color);
      const props = category.properties.map((p) => p.name);
      for (const key of category.captionKeys) expect([...props, ...SENTINEL_CAPTION_KEYS]).toContain(key);
    }
    for (const type of perspective.relationshipTypes) {
      expect(type.captionKeys[0]).toBe('0_REL_TYPE_CAPTION_KEY');
      const props = type.properties.map((p) => p.propertyKey);
      for (const key of type.captionKeys.slice(1)) expect(props).toContain(key);
    }
    expect(perspective.relationshipTypes.find((t) => t.name === 'HOLDS_ROLE')!.captionKeys).toEqual([
      '0_REL_TYPE_CAPTION_KEY',
      'role',
    ]);
  });

  it('styles exactly the relationship types of the graph model, all UPPER_SNAKE verbs', () => {
    const expected = [
      ...RELATION_TYPES,
      'MENTIONED_IN',
      'REPORTED_IN',
      'PARTICIPATED_IN',
      'OCCURRED_IN',
    ].sort();
    expect(perspective.relationshipTypes.map((r) => r.name).sort()).toEqual(expected);
    expect([...RELATIONSHIP_TYPES].sort()).toEqual(expected);
    for (const type of RELATIONSHIP_TYPES) expect(type).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('has one path segment per relationship type, between labels the graph has', () => {
    const segments = perspective.metadata.pathSegments;
    expect(segments.map((s) => s.relationshipType).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    for (const segment of segments) {
      expect(schemaLabels()).toContain(segment.source);
      expect(schemaLabels()).toContain(segment.target);
    }
    const triple = (type: string) => {
      const s = segments.find((x) => x.relationshipType === type)!;
      return `${s.source}-${type}->${s.target}`;
    };
    expect(triple('HOLDS_ROLE')).toBe('Entity-HOLDS_ROLE->Entity');
    expect(triple('OCCURRED_IN')).toBe('Event-OCCURRED_IN->Location');
    expect(triple('REPORTED_IN')).toBe('Event-REPORTED_IN->Article');
  });

  it('lists the indexes of cypher/schema.cypher: constraints and single-property indexes, full-text, label lookup', () => {
    const schema = fs.readFileSync(path.join(CYPHER_DIR, 'schema.cypher'), 'utf8');
    const native: Record<string, string[]> = {};
    for (const m of schema.matchAll(
      /FOR \(\w+:(\w+)\) (?:REQUIRE \w+\.(\w+) IS UNIQUE|ON \(\w+\.(\w+)\))/g,
    )) {
      (native[m[1]!] ??= []).push(m[2] ?? m[3]!);
    }
    const fulltext = [
      ...schema.matchAll(/FULLTEXT INDEX \w+ IF NOT EXISTS FOR \(\w+:(\w+)\) ON EACH \[([^\]]*)\]/g),
    ].map((m) => ({ label: m[1]!, keys: m[2]!.split(',').map((p) => p.trim().replace(/^\w+\./, '')) }));
    expect(fulltext).toEqual([
      { label: 'Entity', keys: ['name', 'aliases'] },
      { label: 'Entity', keys: ['aliasKeys'] },
    ]);
    const indexes = perspective.metadata.indexes;
    const keys = (i: (typeof indexes)[number]) => i.propertyKeys.map((k) => k.key).sort();
    const nativeIndexes = indexes.filter((i) => i.type === 'native' && i.label !== null);
    expect(Object.fromEntries(nativeIndexes.map((i) => [i.label, keys(i)]))).toEqual(
      Object.fromEntries(Object.entries(native).map(([label, k]) => [label, [...new Set(k)].sort()])),
    );
    expect(
      indexes.filter((i) => i.type === 'fulltext').map((i) => ({ label: i.label, keys: keys(i) })),
    ).toEqual(fulltext.map((f) => ({ label: f.label, keys: [...f.keys].sort() })));
    expect(indexes.filter((i) => i.label === null)).toEqual([
      { label: null, type: 'native', propertyKeys: [] },
    ]);
    expect(indexes.every((i) => i.propertyKeys.every((k) => k.metadataProp === false))).toBe(true);
  });

  it('has stats, empty: Bloom fills them with counts from the database it exports from', () => {
    expect(perspective.metadata.stats).toEqual({ labels: {}, relationshipTypes: {} });
  });

  it('has a search phrase per cypher/bloom file, its parameters declared', () => {
    const phrases = loadReadyQueries('bloom');
    expect(perspective.templates.map((t) => t.text)).toEqual(phrases.map((p) => p.header.phrase));
    expect(perspective.templates.map((t) => t.text)).toEqual(
      expect.arrayContaining([
        'neighbors of $name',
        'path from $a to $b',
        'events of $name',
        'who was deployed to $place',
      ]),
    );
    for (const template of perspective.templates) {
      const inText = [...template.text.matchAll(/\$\w+/g)].map((m) => m[0]).sort();
      expect(template.params.map((p) => p.name).sort()).toEqual(inText);
      for (const param of inText) expect(template.cypher).toContain(param);
    }
  });
});

describe('the Neo4j Browser style (GRASS)', () => {
  const text = fs.readFileSync(GRASS_FILE, 'utf8');

  it('is the file scripts/build-bloom-perspective.ts generates', () => {
    expect(text).toBe(renderVisualizationFiles().find((f) => f.file === GRASS_FILE)!.content);
  });

  it('parses, and has a rule for every schema label and relationship type', () => {
    const rules = parseGrass(text);
    for (const label of schemaLabels()) expect(rules.has(`node.${label}`)).toBe(true);
    for (const type of RELATIONSHIP_TYPES)
      expect(rules.get(`relationship.${type}`)?.get('caption')).toBe('<type>');
  });

  it('uses the palette colours and captions, as the Bloom perspective does', () => {
    const rules = parseGrass(text);
    for (const label of NODE_LABELS) {
      const rule = rules.get(`node.${label}`)!;
      expect(rule.get('color')).toBe(NODE_STYLES[label].color);
      expect(rule.get('caption')).toBe(NODE_STYLES[label].captionKeys.map((k) => `{${k}}`).join(' '));
      const category = perspective.categories.find((c) => c.name === label)!;
      expect(rule.get('color')).toBe(category.color);
    }
    for (const type of RELATIONSHIP_TYPES) {
      expect(rules.get(`relationship.${type}`)!.get('color')).toBe(RELATIONSHIP_STYLES[type].color);
    }
    // Type labels come after node.Entity so Browser lets them win.
    const order = [...rules.keys()];
    expect(order.indexOf('node.Entity')).toBeLessThan(order.indexOf('node.Person'));
  });

  it('rejects malformed style sheets', () => {
    expect(() => parseGrass('node.Person { color #fff; }')).toThrow(/no colon/);
    expect(() => parseGrass('node.Person { color: #fff; ')).toThrow(/not closed/);
    expect(() => parseGrass('way.Person { color: #fff; }')).toThrow(/bad selector/);
  });
});
