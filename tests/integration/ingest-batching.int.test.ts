import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/client';
import type { RawArticle } from '../../src/domain/types';
import { ingestRawArticles } from '../../src/ingest/pipeline';
import { clearDatabase, freshDatabase } from '../helpers/db';
import { graphFingerprint } from '../helpers/graph';
import { storyCorpus } from '../helpers/story-corpus';

/**
 * Real articles (the sample and the held-out set: undated events, countries in many events), the
 * story corpus (calls several articles report) and an event dated by its year alone, in one fixed
 * order.
 */
function corpus(): RawArticle[] {
  const sample = fs
    .readdirSync(path.join(PROJECT_ROOT, 'data', 'sample'))
    .sort()
    .map((file): RawArticle => ({
      id: file,
      title: null,
      url: null,
      source: null,
      origin: file,
      text: fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'sample', file), 'utf8'),
      publishedAt: null,
    }));
  const heldout = fs
    .readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'heldout', 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RawArticle);
  // One arrest dated by its year alone, told by two articles.
  const year = [
    'Former Peruvian governor Rogan Galvez was arrested in 2019 in Lima on corruption charges.',
    'The former governor Rogan Galvez was arrested in 2019 in Lima, court records show.',
  ].map((text, i): RawArticle => ({
    id: `year-${i}`,
    title: null,
    url: null,
    source: null,
    origin: `year-${i}`,
    text,
    publishedAt: '2025-05-01',
  }));
  return [...sample, ...heldout, ...storyCorpus(24, 'batching'), ...year];
}

describe('resolution against the graph', () => {
  let db: Database;

  beforeAll(async () => {
    db = await freshDatabase();
  });

  afterAll(async () => {
    await db.close();
  });

  // Within a batch, articles resolve against an in-memory index that holds every event and entity
  // the batch has met; across batches, only against what the candidate lookups read from the graph.
  // The same graph either way means the lookups miss nothing the index would have matched.
  it('writes the same graph in one batch as in batches of one article', async () => {
    const articles = corpus();
    const run = async (batchSize: number) => {
      await clearDatabase(db);
      await ingestRawArticles(articles, { db, batchSize, maxFileBytes: 1e6, now: () => new Date(0) });
      return graphFingerprint(db);
    };
    const whole = await run(articles.length);
    expect(whole.nodes.filter((n) => n.includes('Event')).length).toBeGreaterThan(40);
    expect(await run(1)).toEqual(whole);
  }, 180_000);
});
