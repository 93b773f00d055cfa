import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { cypher, listCypherFiles, statements } from '../../src/db/cypher';
import { expectedSchemaNames } from '../../src/db/client';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/domain/types';
import { GENERATED_CYPHER } from '../../src/db/generated-cypher';

describe('cypher/ files', () => {
  it.each(GENERATED_CYPHER.map(([name, render]) => [name, render]))(
    '%s is what `npm run generate:cypher` renders from the domain types',
    (name, render) => {
      expect(fs.readFileSync(path.join(PROJECT_ROOT, 'cypher', `${name}.cypher`), 'utf8')).toBe(render());
    },
  );

  it('every relation type appears in the generated path and count statements', () => {
    for (const type of RELATION_TYPES) {
      expect(cypher('api/find-shortest-path')).toContain(type);
      expect(cypher('api/count-graph')).toContain(`[r:${type}]`);
    }
  });

  it('merge-relations spells out exactly the allowed relation types, one MERGE each', () => {
    const text = cypher('ingest/merge-relations');
    const merged = [...text.matchAll(/MERGE \(a\)-\[r:(\w+) /g)].map((m) => m[1]);
    expect(merged.sort()).toEqual([...RELATION_TYPES].sort());
    for (const type of RELATION_TYPES) expect(text).toContain(`WHERE row.type = '${type}'`);
  });

  it('the schema has a uniqueness constraint for Entity, every entity label, Article and Event', () => {
    const names = expectedSchemaNames();
    for (const label of ['Entity', ...ENTITY_TYPES, 'Article', 'Event']) {
      expect(names).toContain(`${label.toLowerCase()}_id`);
    }
    expect(statements('schema').every((s) => /IF NOT EXISTS/.test(s))).toBe(true);
  });

  it('lists every statement file by name, and a missing one fails naming the file', () => {
    const files = listCypherFiles();
    expect(files).toEqual(expect.arrayContaining(['schema', 'ingest/merge-events', 'test/delete-all']));
    expect(() => cypher('ingest/no-such-statement')).toThrow(
      /cypher\/ingest\/no-such-statement\.cypher is missing/,
    );
  });
});
