import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../../src/config';
import { SCHEMA_FILE } from '../../../src/api/schema';

const run = promisify(execFile);
const RELAY = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'relay-compiler');

/** A query per paged root field, each marked as a Relay @connection (Relay adds cursor/pageInfo). */
const CONNECTIONS: Record<string, string> = {
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
};

async function compile(schema: string): Promise<{ ok: boolean; output: string; generated: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-relay-'));
  try {
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'schema.graphql'), schema);
    fs.writeFileSync(
      path.join(dir, 'relay.config.json'),
      JSON.stringify({ src: './src', schema: './schema.graphql', language: 'typescript' }),
    );
    const queries = Object.entries(CONNECTIONS).map(
      ([name, field]) =>
        `export const ${name.toLowerCase()} = graphql\`
  query Paging${name}Query($first: PositiveInt, $after: String) { ${field} }
\`;`,
    );
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
  it('accepts @connection on neighbors, search, coMentioned, paths and the timeline', async () => {
    const result = await compile(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(result.output).not.toMatch(/ERROR/);
    expect(result.ok).toBe(true);
    expect(result.generated).toEqual(
      Object.keys(CONNECTIONS)
        .map((name) => `Paging${name}Query.graphql.ts`)
        .sort(),
    );
  });

  it('rejects a connection field without `after` (the check is real)', async () => {
    const schema = fs
      .readFileSync(SCHEMA_FILE, 'utf8')
      .replace(/(coMentioned\([\s\S]*?)\bafter: String/, '$1afterCursor: String');
    const result = await compile(schema);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/after/);
  });
});
