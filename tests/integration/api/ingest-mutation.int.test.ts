import type { Database } from '../../../src/db/client';
import { ingestRawArticles } from '../../../src/ingest/pipeline';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';

const KEY = 'mutation-test-key-0123456789';
const auth = { authorization: `Bearer ${KEY}` };
const INGEST = `mutation($a: [ArticleInput!]!) {
  ingestArticles(articles: $a) { articlesRead articlesIngested articlesUnchanged articleIds skipped { origin reason } }
}`;

interface Report {
  articlesRead: number;
  articlesIngested: number;
  articlesUnchanged: number;
  articleIds: string[];
  skipped: Array<{ origin: string; reason: string }>;
}

describe('Mutation.ingestArticles through the real pipeline', () => {
  let db: Database;
  let t: TestApi;

  beforeAll(async () => {
    db = await freshDatabase();
    t = await startTestApi(db, {
      env: { API_KEY: KEY },
      ingestArticles: (articles) => ingestRawArticles(articles, { db, batchSize: 10, maxFileBytes: 1e6 }),
    });
  });

  afterAll(async () => {
    await t?.api.close();
    await db?.close();
  });

  it('writes posted articles, and the graph answers for them', async () => {
    const res = await t.gql<{ ingestArticles: Report }>(
      INGEST,
      {
        a: [
          {
            title: 'Talks in Lima',
            publishedAt: '2025-10-02',
            text: "Peru's Foreign Minister Elena Castillo met Chilean officials in Lima on Wednesday.",
          },
        ],
      },
      auth,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticles).toMatchObject({ articlesRead: 1, articlesIngested: 1, skipped: [] });
    const found = await t.gql<{ entity: { name: string; type: string } | null }>(
      `{ entity(name: "ELENA CASTILLO") { name type } }`,
    );
    expect(found.data!.entity).toEqual({ name: 'Elena Castillo', type: 'PERSON' });
  });

  it('names a record without id by its text: posting it again changes nothing, another text adds to it', async () => {
    const one = { text: 'The Coast Guard seized 200 kilograms of cocaine off the coast of Ecuador.' };
    const two = { text: 'Honduran police arrested Marco Aurelio Lagos in Tegucigalpa on Friday.' };
    const first = await t.gql<{ ingestArticles: Report }>(INGEST, { a: [one] }, auth);
    const again = await t.gql<{ ingestArticles: Report }>(INGEST, { a: [one, two] }, auth);
    expect(again.data!.ingestArticles.articlesUnchanged).toBe(1);
    expect(again.data!.ingestArticles.articlesIngested).toBe(1);
    expect(again.data!.ingestArticles.articleIds).not.toContain(first.data!.ingestArticles.articleIds[0]);
    const [articles] = await db.read<{ n: number }>('test/count-articles');
    expect(articles!.n).toBe(3);
  });

  it('rejects a publishedAt that is not a date with BAD_USER_INPUT, writing nothing', async () => {
    const [before] = await db.read<{ n: number }>('test/count-articles');
    const res = await t.gql(
      INGEST,
      { a: [{ text: 'Some text about Peru.', publishedAt: 'last Tuesday-ish' }] },
      auth,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/publishedAt/);
    const [after] = await db.read<{ n: number }>('test/count-articles');
    expect(after!.n).toBe(before!.n);
  });
});
