import type { Database } from '../../src/db/client';
import type { ArticleExtraction, CleanArticle, RawArticle } from '../../src/domain/types';
import { extractClean, ingestRawArticles } from '../../src/ingest/pipeline';
import { freshDatabase } from '../helpers/db';

const STORY =
  "On March 3, 2025, Peru's Foreign Minister Ana Moreno spoke by phone with Chile's Security Minister Luis Ortega about border security.";
const article = (id: string, text: string): RawArticle => ({
  id,
  title: `Report ${id}`,
  url: null,
  source: 'Test Wire',
  publishedAt: '2025-03-05T12:00:00Z',
  text,
  origin: id,
});

/** The real extraction, with every confidence set to the one this article id is given. */
function withConfidence(byArticle: Record<string, number>) {
  return (a: CleanArticle): ArticleExtraction => {
    const x = extractClean(a);
    const confidence = byArticle[a.id];
    if (confidence === undefined) return x;
    return {
      ...x,
      entities: x.entities.map((e) => ({ ...e, confidence })),
      relations: x.relations.map((r) => ({ ...r, confidence })),
      events: x.events.map((ev) => ({ ...ev, confidence })),
    };
  };
}

interface Confidences {
  entity: number;
  relations: Array<{ confidence: number; confidences: number[]; articleIds: string[] }>;
  events: number[];
}

describe('confidence in the graph', () => {
  let db: Database;
  const read = async () =>
    (await db.read<Confidences>('test/confidences', { key: 'ana moreno', type: 'HOLDS_ROLE' }))[0]!;

  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.close());

  it('is the highest of the articles stating a fact, recomputed when one is withdrawn; missing counts as 1', async () => {
    const extract = withConfidence({ low: 0.6, high: 0.9 });
    const opts = { db, batchSize: 10, maxFileBytes: 1e6, extract };
    await ingestRawArticles([article('low', STORY), article('high', STORY)], opts);
    let c = await read();
    expect(c.entity).toBeCloseTo(0.9);
    expect(c.relations).toEqual([{ confidence: 0.9, confidences: [0.9, 0.6], articleIds: ['high', 'low'] }]);
    expect(c.events).toEqual([0.9]);

    // The confident article changes and no longer states any of it: the rest is 0.6.
    await ingestRawArticles([article('high', 'Officials met in Lima on Monday.')], opts);
    c = await read();
    expect(c.entity).toBeCloseTo(0.6);
    expect(c.relations).toEqual([{ confidence: 0.6, confidences: [0.6], articleIds: ['low'] }]);
    expect(c.events).toEqual([0.6]);

    // An extraction without confidence (e.g. from another extractor) counts as fully confident.
    const strip = <T extends { confidence?: number }>({ confidence: _c, ...rest }: T): T => rest as T;
    const withoutConfidence = (a: CleanArticle): ArticleExtraction => {
      const x = extractClean(a);
      return {
        ...x,
        entities: x.entities.map(strip),
        relations: x.relations.map(strip),
        events: x.events.map(strip),
      };
    };
    await ingestRawArticles([article('plain', STORY)], { ...opts, extract: withoutConfidence });
    c = await read();
    expect(c.entity).toBe(1);
    expect(c.relations[0]).toMatchObject({ confidence: 1, articleIds: ['plain', 'low'] });
    expect(c.events).toEqual([1]);
  });
});
