import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../../src/config';
import { SCHEMA_FILE } from '../../../src/api/schema';

const run = promisify(execFile);
const RELAY = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'relay-compiler');

/**
 * A query per paged field, each marked as a Relay @connection (Relay adds cursor/pageInfo):
 * forward (`first`/`after`) on every one, and backward (`last`/`before`) on those that offer it.
 */
const FORWARD: Record<string, string> = {
  Neighbors: `neighbors(id: "person:marco-rubio", first: $first, after: $after) @connection(key: "Paging_neighbors") {
    totalCount edges { distance node { key name } } }`,
  Search: `search(query: "rubio", first: $first, after: $after) @connection(key: "Paging_search") {
    totalCount edges { score node { key name } } }`,
  CoMentioned: `coMentioned(id: "person:marco-rubio", first: $first, after: $after) @connection(key: "Paging_coMentioned") {
    totalCount edges { articleCount node { key name } } }`,
  Paths: `paths(from: "person:marco-rubio", to: "cartel:sinaloa-cartel", first: $first, after: $after) @connection(key: "Paging_paths") {
    totalCount edges { node { length nodes { key } } } }`,
  Timeline: `events(first: $first, after: $after) @connection(key: "Paging_events") {
    totalCount edges { node { key date type } } }`,
  Entities: `entities(orderBy: MENTIONS, first: $first, after: $after) @connection(key: "Paging_entities") {
    totalCount edges { node { key name } } }`,
  Articles: `articles(first: $first, after: $after) @connection(key: "Paging_articles") {
    totalCount edges { node { key title } } }`,
  EntityMentions: `entity(id: "person:marco-rubio") { key mentions(first: $first, after: $after) @connection(key: "Paging_entity_mentions") {
    totalCount edges { node { count article { key } } } } }`,
  EntityRelationships: `entity(id: "person:marco-rubio") { key relationships(first: $first, after: $after) @connection(key: "Paging_entity_relationships") {
    totalCount edges { node { type to { key } } } } }`,
  EntityEvents: `entity(id: "person:marco-rubio") { key events(first: $first, after: $after) @connection(key: "Paging_entity_events") {
    totalCount edges { node { key date } } } }`,
  ArticleMentions: `node(id: "000_32a52bfd2057151e.txt") { ... on Article { key mentions(first: $first, after: $after) @connection(key: "Paging_article_mentions") {
    totalCount edges { node { count entity { key } } } } } }`,
  ArticleEvents: `node(id: "000_32a52bfd2057151e.txt") { ... on Article { key events(first: $first, after: $after) @connection(key: "Paging_article_events") {
    totalCount edges { node { key date } } } } }`,
};
const BACKWARD: Record<string, string> = {
  NeighborsBack: `neighbors(id: "person:marco-rubio", last: $last, before: $before) @connection(key: "Back_neighbors") {
    totalCount edges { node { key } } }`,
  PathsBack: `paths(from: "person:marco-rubio", to: "cartel:sinaloa-cartel", last: $last, before: $before) @connection(key: "Back_paths") {
    totalCount edges { node { length } } }`,
  TimelineBack: `events(last: $last, before: $before) @connection(key: "Back_events") { edges { node { key } } }`,
  EntitiesBack: `entities(last: $last, before: $before) @connection(key: "Back_entities") { edges { node { key } } }`,
  ArticlesBack: `articles(last: $last, before: $before) @connection(key: "Back_articles") { edges { node { key } } }`,
  ArticleMentionsBack: `node(id: "000_32a52bfd2057151e.txt") { ... on Article { key mentions(last: $last, before: $before) @connection(key: "Back_article_mentions") {
    edges { node { count } } } } }`,
  ArticleEventsBack: `node(id: "000_32a52bfd2057151e.txt") { ... on Article { key events(last: $last, before: $before) @connection(key: "Back_article_events") {
    edges { node { key } } } } }`,
};
const CONNECTIONS = { ...FORWARD, ...BACKWARD };

async function compile(schema: string): Promise<{ ok: boolean; output: string; generated: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-relay-'));
  try {
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'schema.graphql'), schema);
    fs.writeFileSync(
      path.join(dir, 'relay.config.json'),
      JSON.stringify({ src: './src', schema: './schema.graphql', language: 'typescript' }),
    );
    const queries = Object.entries(CONNECTIONS).map(([name, field]) => {
      const vars =
        name in BACKWARD ? '$last: PositiveInt, $before: String' : '$first: PositiveInt, $after: String';
      return `export const ${name.toLowerCase()} = graphql\`
  query Paging${name}Query(${vars}) { ${field} }
\`;`;
    });
    fs.writeFileSync(
      path.join(dir, 'src', 'Paging.ts'),
      `import { graphql } from 'react-relay';\n${queries.join('\n')}\n`,
    );
    try {
      const { stdout, stderr } = await run(RELAY, [], { cwd: dir });
      const generated = fs.readdirSync(path.join(dir, 'src', '__generated__')).sort();
      return { ok: true, output: stdout + stderr, generated };
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}`, generated: [] };
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('relay-compiler and the paged fields of schema.graphql', () => {
  it('accepts @connection on every paged field, both ways where it pages backward', async () => {
    const result = await compile(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(result.output).not.toMatch(/ERROR/);
    expect(result.ok).toBe(true);
    expect(result.generated).toEqual(
      Object.keys(CONNECTIONS)
        .map((name) => `Paging${name}Query.graphql.ts`)
        .sort(),
    );
  });

  it('rejects a connection field without `after` or `before` (the check is real)', async () => {
    const schema = fs
      .readFileSync(SCHEMA_FILE, 'utf8')
      .replace(/(coMentioned\([\s\S]*?)\bafter: String/, '$1afterCursor: String');
    const result = await compile(schema);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/after/);
    const noBefore = await compile(
      fs
        .readFileSync(SCHEMA_FILE, 'utf8')
        .replace(/(\n {2}articles\([\s\S]*?)\bbefore: String/, '$1beforeCursor: String'),
    );
    expect(noBefore.ok).toBe(false);
    expect(noBefore.output).toMatch(/before/);
  });
});
