import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { CYPHER_DIR, cypher } from '../db/cypher';
import { buildBloomPerspective, type BloomPhrase } from './bloom-perspective';
import { parseQueryHeader } from './cypher-header';
import { buildGrass } from './grass';

/** Where the generated style files live. */
export const VISUALIZATION_DIR = path.join(PROJECT_ROOT, 'visualization');
export const BLOOM_PERSPECTIVE_FILE = path.join(VISUALIZATION_DIR, 'newsgraph.bloom-perspective.json');
export const GRASS_FILE = path.join(VISUALIZATION_DIR, 'newsgraph.grass');

/** A ready-made query of cypher/<dir>/: its name for `cypher()`, header and statement. */
export interface ReadyQuery extends BloomPhrase {
  /** Name usable with `cypher()` and `db.read()`, e.g. "bloom/neighbors-of". */
  name: string;
}

/** Every cypher/<dir>/*.cypher (dir: "bloom" or "examples"), sorted by file name, headers parsed. */
export function loadReadyQueries(dir: 'bloom' | 'examples'): ReadyQuery[] {
  return fs
    .readdirSync(path.join(CYPHER_DIR, dir))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const file = f.replace(/\.cypher$/, '');
      const name = `${dir}/${file}`;
      const text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
      return { name, file, header: parseQueryHeader(text, `cypher/${name}.cypher`), cypher: cypher(name) };
    });
}

/** The generated files and their contents: what scripts/build-bloom-perspective.ts writes. */
export function renderVisualizationFiles(): Array<{ file: string; content: string }> {
  const schema = fs.readFileSync(path.join(CYPHER_DIR, 'schema.cypher'), 'utf8');
  const perspective = buildBloomPerspective(loadReadyQueries('bloom'), schema);
  return [
    { file: BLOOM_PERSPECTIVE_FILE, content: `${JSON.stringify(perspective, null, 2)}\n` },
    { file: GRASS_FILE, content: buildGrass() },
  ];
}
