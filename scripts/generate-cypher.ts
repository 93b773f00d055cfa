/**
 * `npm run generate:cypher`: writes the per-type Cypher files of src/db/generated-cypher.ts into
 * cypher/ (run it after changing the entity or relation types in src/domain/types.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { GENERATED_CYPHER } from '../src/db/generated-cypher';

for (const [name, render] of GENERATED_CYPHER) {
  const file = path.join(PROJECT_ROOT, 'cypher', `${name}.cypher`);
  fs.writeFileSync(file, render());
  process.stdout.write(`wrote ${path.relative(PROJECT_ROOT, file)}\n`);
}
