import type { Database } from '../../src/db/client';
import type { ArticleExtraction, CleanArticle, RawArticle } from '../../src/domain/types';
import { extractClean, ingestRawArticles } from '../../src/ingest/pipeline';
import { MAX_EVIDENCE } from '../../src/ingest/write';
import { clearDatabase, freshDatabase } from '../helpers/db';
import { canonicalFingerprint } from '../helpers/graph';

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

  // One batch folds the articles stating a relationship into one row per relationship and an
  // entity's mentions into one row per entity; written one article at a time, in the opposite
  // order, every article is its own row. Both must keep the same ranked evidence and counts.
  it('keeps the same evidence, counts and names whether a batch states a fact many times or once', async () => {
    const ids = Array.from({ length: MAX_EVIDENCE + 6 }, (_, i) => `wire-${String(i).padStart(2, '0')}`);
    // Confidences with ties, so the article id decides among equals.
    const extract = withConfidence(Object.fromEntries(ids.map((id, i) => [id, 0.5 + ((i * 7) % 5) / 10])));
    const articles = ids.map((id) => article(id, STORY));
    const run = async (batch: RawArticle[], batchSize: number) => {
      await clearDatabase(db);
      await ingestRawArticles(batch, { db, batchSize, maxFileBytes: 1e6, extract, now: () => new Date(0) });
      return { fingerprint: await canonicalFingerprint(db), confidences: await read() };
    };
    const together = await run(articles, articles.length);
    const oneByOne = await run([...articles].reverse(), 1);
    expect(oneByOne).toEqual(together);
    const [relation] = together.confidences.relations;
    expect(relation!.articleIds).toHaveLength(MAX_EVIDENCE);
    // Ranked by confidence (highest first), then article id.
    const ranked = ids
      .map((id, i) => ({ id, c: 0.5 + ((i * 7) % 5) / 10 }))
      .sort((a, b) => b.c - a.c || (a.id < b.id ? -1 : 1))
      .slice(0, MAX_EVIDENCE);
    expect(relation!.articleIds).toEqual(ranked.map((x) => x.id));
    expect(relation!.confidences).toEqual(ranked.map((x) => x.c));
  }, 120_000);
});
