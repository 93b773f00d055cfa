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

interface Perspective {
  categories: Array<{
    id: number;
    name: string;
    labels: string[];
    color: string;
    icon: string;
    captionKeys: string[];
  }>;
  relationshipTypes: Array<{ name: string; color: string }>;
  labels: Record<string, unknown>;
  templates: Array<{ text: string; cypher: string; params: Array<{ name: string }> }>;
  palette: { colors: string[] };
}

const perspective = JSON.parse(fs.readFileSync(BLOOM_PERSPECTIVE_FILE, 'utf8')) as Perspective;

describe('the Bloom perspective', () => {
  it('is the file scripts/build-bloom-perspective.ts generates (run it after changing the palette or cypher/bloom)', () => {
    const generated = renderVisualizationFiles().find((f) => f.file === BLOOM_PERSPECTIVE_FILE)!;
    expect(perspective).toEqual(JSON.parse(generated.content));
  });

  it('has one category per label of cypher/schema.cypher (the Entity super-label is styled by its type label)', () => {
    const categoryLabels = perspective.categories.flatMap((c) => c.labels).sort();
    const expected = schemaLabels().filter((l) => l !== ENTITY_SUPER_LABEL);
    expect(categoryLabels).toEqual(expected);
    expect(perspective.categories.map((c) => c.name).sort()).toEqual(expected);
    expect(Object.keys(perspective.labels).sort()).toEqual(schemaLabels());
  });

  it('gives every category a distinct colour and icon, with the model captions', () => {
    const colours = perspective.categories.map((c) => c.color);
    expect(new Set(colours).size).toBe(colours.length);
    expect(new Set(perspective.categories.map((c) => c.icon)).size).toBe(colours.length);
    const captions = Object.fromEntries(perspective.categories.map((c) => [c.name, c.captionKeys]));
    expect(captions).toMatchObject({ Person: ['name'], Event: ['type', 'date'], Article: ['title'] });
    for (const category of perspective.categories) {
      expect(category.color).toBe(NODE_STYLES[category.name as (typeof NODE_LABELS)[number]].color);
    }
  });

  it('styles every relationship type, all UPPER_SNAKE verbs', () => {
    expect(perspective.relationshipTypes.map((r) => r.name).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    for (const type of RELATIONSHIP_TYPES) expect(type).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    expect(RELATIONSHIP_TYPES).toEqual(expect.arrayContaining([...RELATION_TYPES]));
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
