import { CONSTRAINT_VIOLATION, neo4jErrorCode, type Database } from '../../src/db/client';
import { freshDatabase } from '../helpers/db';

describe('the real Neo4j server', () => {
  let db: Database;

  beforeAll(async () => {
    db = await freshDatabase();
  });

  afterAll(() => db.close());

  it('migrate is idempotent: a second run changes neither indexes nor constraints', async () => {
    const before = await db.read<{ name: string; state: string }>('list-schema');
    await db.migrate();
    const after = await db.read<{ name: string; state: string }>('list-schema');
    expect(after.map((r) => r.name).sort()).toEqual(before.map((r) => r.name).sort());
    expect(await db.isReady()).toBe(true);
  });

  it('creates every index and constraint named in cypher/schema.cypher', async () => {
    const names = new Set((await db.read<{ name: string }>('list-schema')).map((r) => r.name));
    for (const expected of ['entity_id', 'person_id', 'article_id', 'event_id', 'entity_names']) {
      expect(names).toContain(expected);
    }
  });

  it('the constraints reject a second entity with the same id', async () => {
    await db.write('test/create-entity', { id: 'person:dup', name: 'First' });
    const second = db.write('test/create-entity', { id: 'person:dup', name: 'Second' });
    await expect(second).rejects.toThrow();
    const code = await second.catch((err: unknown) => neo4jErrorCode(err));
    expect(code).toBe(CONSTRAINT_VIOLATION);
  });

  it('managed transactions read back what was written, and roll back on failure', async () => {
    await db.writeTx(async (tx) => {
      await db.run(tx, 'test/create-entity', { id: 'person:a', name: 'Ada' });
      await db.run(tx, 'test/create-entity', { id: 'person:b', name: 'Bo' });
    });
    const failed = db.writeTx(async (tx) => {
      await db.run(tx, 'test/create-entity', { id: 'person:c', name: 'Cy' });
      await db.run(tx, 'test/create-entity', { id: 'person:a', name: 'again' });
    });
    await expect(failed).rejects.toThrow();
    const rows = await db.read<{ id: string; name: string }>('test/list-entities');
    expect(rows).toEqual([
      { id: 'person:a', name: 'Ada' },
      { id: 'person:b', name: 'Bo' },
      { id: 'person:dup', name: 'First' },
    ]);
  });

  it('counts round trips per statement sent', async () => {
    db.resetRoundTrips();
    await db.read('test/list-entities');
    await db.read('test/list-entities');
    expect(db.roundTripCount).toBe(2);
  });
});
