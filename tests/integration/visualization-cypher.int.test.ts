import type { Database } from '../../src/db/client';
import { sampleParams, usedParams } from '../../src/visualization/cypher-header';
import { loadReadyQueries } from '../../src/visualization/files';
import { freshDatabase } from '../helpers/db';
import { seedSampleGraph } from '../helpers/sample-graph';

const PARAMETER_NOT_PROVIDED = 'Neo.ClientNotification.Statement.ParameterNotProvided';

const queries = [...loadReadyQueries('bloom'), ...loadReadyQueries('examples')];

describe('Bloom search phrases and Browser example queries on the sample graph (real server)', () => {
  let db: Database;

  beforeAll(async () => {
    // The sample graph users get from `npm start` (data/sample through the real pipeline): the
    // documented parameters must find rows there, not only in a hand-made seed.
    db = await freshDatabase();
    await seedSampleGraph(db);
  });

  afterAll(() => db.close());

  it('there are search phrases and 6–10 examples', () => {
    expect(loadReadyQueries('bloom').length).toBeGreaterThanOrEqual(4);
    const examples = loadReadyQueries('examples').length;
    expect(examples).toBeGreaterThanOrEqual(6);
    expect(examples).toBeLessThanOrEqual(10);
  });

  it.each(queries.map((q) => [q.name, q] as const))(
    '%s declares exactly the parameters it uses, compiles (EXPLAIN) and finds the sample data',
    async (_name, query) => {
      expect(query.header.description.length).toBeGreaterThan(20);
      expect(query.header.params.map((p) => p.name).sort()).toEqual(usedParams(query.cypher).sort());
      const params = sampleParams(query.header);
      const explained = await db.readTx((tx) => db.runText(tx, `EXPLAIN ${query.cypher}`, params));
      const codes = explained.summary.notifications.map((n) => n.code);
      expect(codes).not.toContain(PARAMETER_NOT_PROVIDED);
      expect(explained.summary.plan).toBeTruthy();
      // Read-only: a search phrase or example must never write.
      expect(explained.summary.queryType).toBe('r');

      const rows = await db.read(query.name, params);
      expect(rows.length).toBeGreaterThan(0);
    },
  );
});
