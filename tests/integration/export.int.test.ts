import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/client';
import { exportGraph, ExportInputError, type ExportOptions } from '../../src/export';
import { freshDatabase } from '../helpers/db';

interface Counts {
  nodes: number;
  relationships: number;
}

describe('newsgraph export against the real server', () => {
  let db: Database;
  let tmp: string;
  let counts: Counts;

  beforeAll(async () => {
    db = await freshDatabase();
    await db.write('test/seed-visualization-graph');
    [counts] = (await db.read<Counts>('export/count-graph')) as [Counts];
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-export-'));
  });

  afterAll(async () => {
    await db.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Runs an export to stdout (a PassThrough) and returns the text and summary. */
  async function exportText(opts: Omit<ExportOptions, 'stdout'>) {
    const stdout = new PassThrough();
    const parts: Buffer[] = [];
    stdout.on('data', (b: Buffer) => parts.push(b));
    const summary = await exportGraph(db, { ...opts, stdout });
    return { text: Buffer.concat(parts).toString('utf8'), summary };
  }

  function parseGraphml(text: string) {
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name),
    }).parse(text);
    return doc.graphml as {
      key: Array<Record<string, string>>;
      graph: { node: Array<Record<string, unknown>>; edge: Array<Record<string, unknown>> };
    };
  }

  const dataOf = (element: Record<string, unknown>) =>
    Object.fromEntries(
      (element.data as Array<{ '@key': string; '#text': unknown }>).map((d) => [
        d['@key'],
        String(d['#text']),
      ]),
    );

  it('GraphML is well-formed, with one node per graph node and one edge per relationship', async () => {
    const { text, summary } = await exportText({ format: 'graphml' });
    const graphml = parseGraphml(text);
    expect(graphml.graph.node).toHaveLength(counts.nodes);
    expect(graphml.graph.edge).toHaveLength(counts.relationships);
    expect(summary).toEqual({ ...counts, entity: null });
    expect(counts).toEqual({ nodes: 18, relationships: 36 });

    // Every data element refers to a declared key, and edges to exported nodes.
    const keys = new Set(graphml.key.map((k) => k['@id']));
    const ids = new Set(graphml.graph.node.map((n) => n['@id']));
    for (const element of [...graphml.graph.node, ...graphml.graph.edge]) {
      for (const key of Object.keys(dataOf(element))) expect(keys).toContain(key);
    }
    for (const edge of graphml.graph.edge) {
      expect(ids).toContain(edge['@source']);
      expect(ids).toContain(edge['@target']);
    }
  });

  it('GraphML escapes markup and joins lists, keeping the text exact', async () => {
    const graphml = parseGraphml((await exportText({ format: 'graphml' })).text);
    const att = graphml.graph.node.find((n) => n['@id'] === 'organization:at-t-labs')!;
    expect(dataOf(att)).toMatchObject({
      label: 'AT&T <Labs> "R&D", Inc.',
      labels: ':Entity:Organization',
      n_aliases: "AT&T's lab",
      color: '#8DCC93',
    });
    const call = graphml.graph.node.find((n) => n['@id'] === 'event:c1')!;
    expect(dataOf(call)).toMatchObject({ label: 'CALL 2025-01-11', n_type: 'CALL' });
    const role = graphml.graph.edge.find((e) => dataOf(e).e_role === 'Secretary of State')!;
    expect(dataOf(role)).toMatchObject({
      e_type: 'HOLDS_ROLE',
      e_weight: '2',
      e_articleIds: '000_a1.txt | 001_a2.txt',
    });
    const article = graphml.graph.node.find((n) => n['@id'] === '000_a1.txt')!;
    expect(dataOf(article).n_publishedAt).toBe('2025-01-12T08:00:00Z');
    expect(text(graphml)).not.toContain('aliasKeys');
  });

  const text = (value: unknown) => JSON.stringify(value);

  it('Cytoscape.js JSON has one element per node and relationship', async () => {
    const { text: json } = await exportText({ format: 'json' });
    const doc = JSON.parse(json) as {
      elements: {
        nodes: Array<{ data: Record<string, unknown> }>;
        edges: Array<{ data: Record<string, unknown> }>;
      };
    };
    expect(doc.elements.nodes).toHaveLength(counts.nodes);
    expect(doc.elements.edges).toHaveLength(counts.relationships);
    expect(doc.elements.nodes.find((n) => n.data.id === 'person:marco-rubio')!.data).toMatchObject({
      label: 'Marco Rubio',
      kind: 'Person',
      labels: ['Entity', 'Person'],
      aliases: ['Rubio', 'Secretary Rubio'],
      color: '#4C8EDA',
    });
    const edge = doc.elements.edges.find((e) => e.data.type === 'DEPLOYED_TO')!;
    expect(edge.data).toMatchObject({ source: 'ship:uss-gerald-r-ford', target: 'location:caribbean-sea' });
  });

  it('CSV writes nodes.csv and edges.csv with one row per node and relationship, quoted', async () => {
    const dir = path.join(tmp, 'csv');
    await exportGraph(db, { format: 'csv', out: dir });
    const nodes = parseCsv(fs.readFileSync(path.join(dir, 'nodes.csv')), { columns: true }) as Array<
      Record<string, string>
    >;
    const edges = parseCsv(fs.readFileSync(path.join(dir, 'edges.csv')), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(nodes).toHaveLength(counts.nodes);
    expect(edges).toHaveLength(counts.relationships);
    expect(nodes.find((n) => n.Id === 'organization:at-t-labs')!.Label).toBe('AT&T <Labs> "R&D", Inc.');
    const quoted = edges.find((e) => e.Label === 'HOLDS_ROLE')!;
    expect(quoted).toMatchObject({ Source: 'person:marco-rubio', Type: 'Directed', Weight: '2' });
    expect(quoted.evidence).toContain('Rubio, the "top diplomat", said: talks go on, slowly.');
  });

  it('a neighborhood export holds only the nodes within --depth and the relationships among them', async () => {
    const depth1 = parseGraphml((await exportText({ format: 'graphml', entity: 'Sinaloa Cartel' })).text);
    const ids1 = depth1.graph.node.map((n) => n['@id']).sort();
    expect(ids1).toEqual(
      [
        'cartel:cartel-de-sinaloa',
        'organization:us-state-department',
        'person:ovidio-guzman',
        'location:mexico',
        'person:marco-rubio',
        '000_a1.txt',
        '002_a3.txt',
      ].sort(),
    );
    for (const edge of depth1.graph.edge) {
      expect(ids1).toContain(edge['@source']);
      expect(ids1).toContain(edge['@target']);
    }
    // Rubio HOLDS_ROLE State Dept: both ends are neighbors, so the edge between them is in.
    expect(depth1.graph.edge.map((e) => dataOf(e).e_type)).toContain('HOLDS_ROLE');

    const { summary } = await exportText({ format: 'json', entity: 'cartel:cartel-de-sinaloa', depth: 2 });
    expect(summary.entity).toEqual({ id: 'cartel:cartel-de-sinaloa', name: 'Cartel de Sinaloa' });
    expect(summary.nodes).toBeGreaterThan(ids1.length);
    expect(summary.nodes).toBeLessThan(counts.nodes);
  });

  it('matches --entity on a normalized name or alias, and says what to do when it cannot', async () => {
    const viaAlias = await exportText({ format: 'json', entity: "the SINALOA cartel's" });
    expect(viaAlias.summary.entity?.id).toBe('cartel:cartel-de-sinaloa');
    await expect(exportText({ format: 'json', entity: 'Nobody at all' })).rejects.toThrow(
      /no entity has the id or name "Nobody at all": pass an id/,
    );
    await expect(exportText({ format: 'json', entity: 'Rubio', depth: 4 })).rejects.toBeInstanceOf(
      ExportInputError,
    );
    await expect(exportGraph(db, { format: 'csv' })).rejects.toThrow(/pass --out <directory>/);
  });

  it('the CLI prints one line and exits non-zero on bad input', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'export', ...args], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: process.env,
      });
    for (const [args, message] of [
      [['--format', 'xml'], 'unknown --format "xml": use graphml, json, csv'],
      [['--format', 'json', '--entity', 'Rubio', '--depth', '9'], '--depth 9 is out of range'],
      [['--format', 'json', '--entity', 'Nobody at all'], 'no entity has the id or name "Nobody at all"'],
    ] as const) {
      const result = run(...args);
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines.at(-1)).toContain(message);
      expect(result.stdout).toBe('');
    }
  });
});
