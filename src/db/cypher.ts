import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/** Folder holding every Cypher statement the project runs, one statement per file. */
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/**
 * Returns the text of `cypher/<name>.cypher`, read once. Throws naming the missing file, so a
 * renamed statement fails at start-up rather than mid-request.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) {
      throw new Error(
        `Cypher statement ${path.relative(PROJECT_ROOT, file)} is missing: restore it from git`,
      );
    }
    text = stripComments(fs.readFileSync(file, 'utf8')).trim();
    cache.set(name, text);
  }
  return text;
}

/** Splits a multi-statement file (such as schema.cypher) on semicolons that end a line. */
export function statements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every `cypher/**\/*.cypher` file as a name usable with `cypher()`, e.g. "examples/neighbors". */
export function listCypherFiles(dir = CYPHER_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? listCypherFiles(path.join(dir, d.name))
        : d.name.endsWith('.cypher')
          ? [path.relative(CYPHER_DIR, path.join(dir, d.name)).replace(/\.cypher$/, '')]
          : [],
    )
    .sort();
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}
