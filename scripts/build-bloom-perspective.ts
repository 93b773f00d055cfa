/**
 * Writes visualization/newsgraph.bloom-perspective.json and visualization/newsgraph.grass from
 * src/visualization/palette.ts and the search phrases in cypher/bloom/.
 *
 *   npx tsx scripts/build-bloom-perspective.ts           write both files
 *   npx tsx scripts/build-bloom-perspective.ts --check    exit 1 if a committed file is stale
 */
import fs from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import { PROJECT_ROOT } from '../src/config';
import { renderVisualizationFiles } from '../src/visualization/files';

/** Prettier-formats the JSON so `npm run lint` (prettier --check) accepts the written file. */
async function formatted(file: string, content: string): Promise<string> {
  if (!file.endsWith('.json')) return content;
  const options = await prettier.resolveConfig(file);
  return prettier.format(content, { ...options, filepath: file });
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const rendered of renderVisualizationFiles()) {
    const file = rendered.file;
    const content = await formatted(file, rendered.content);
    const relative = path.relative(PROJECT_ROOT, file);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === content) {
      process.stdout.write(`${relative}: up to date\n`);
    } else if (check) {
      process.stderr.write(`${relative} is stale: run npx tsx scripts/build-bloom-perspective.ts\n`);
      stale++;
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      process.stdout.write(`${relative}: written\n`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

void main();
