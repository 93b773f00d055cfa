import type { Database } from '../../src/db/client';
import { cypher } from '../../src/db/cypher';
import type { ArticleExtraction, CleanArticle, ExtractedEvent, RawArticle } from '../../src/domain/types';
import { ingestRawArticles } from '../../src/ingest/pipeline';
import { freshDatabase } from '../helpers/db';

/**
 * Stored events are found through the PARTICIPATED_IN lookup index (participant + type, event
 * date). These articles report one meeting over time: first undated with both sides, then dated
 * with both sides, then dated with one side only; a meeting on another day stays apart.
 */
const ENTITIES = [
  { name: 'Ana Moreno', type: 'Person' as const, aliases: [], mentions: 1 },
  { name: 'Luis Ortega', type: 'Person' as const, aliases: [], mentions: 1 },
];
const meeting = (date: string | null, participants: string[]): ExtractedEvent => ({
  type: 'MEETING',
  participants,
  date,
  location: null,
  evidence: `${participants.join(' and ')} met.`,
});
const STORIES: Record<string, ExtractedEvent> = {
  a1: meeting(null, ['Ana Moreno', 'Luis Ortega']),
  a2: meeting('2025-03-04', ['Ana Moreno', 'Luis Ortega']),
  a3: meeting('2025-03-04', ['Ana Moreno']),
  a4: meeting('2025-03-05', ['Ana Moreno']),
};
const article = (id: string): RawArticle => ({
  id,
  title: id,
  url: null,
  source: 'Test Wire',
  publishedAt: '2025-03-06T12:00:00Z',
  text: `Report ${id}.`,
  origin: id,
});
const extract = (a: CleanArticle): ArticleExtraction => ({
  article: a.id,
  title: a.title,
  publishedAt: a.publishedAt,
  entities: ENTITIES,
  relations: [],
  events: [STORIES[a.id]!],
});

/** One operator of a plan or profile, as the driver gives it. */
interface PlanOperator {
  operatorType: string;
  rows?: number;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

/** Every operator of a plan or profile, depth first. */
function operators(plan: unknown): PlanOperator[] {
  const op = plan as PlanOperator;
  return [op, ...op.children.flatMap(operators)];
}

interface EventRow {
  date: string | null;
  articleCount: number;
  participants: string[];
  stale: number;
}

describe('stored events found through the participation lookup index', () => {
  let db: Database;
  const events = () => db.read<EventRow>('test/participation-keys');
  const ingest = (ids: string[]) =>
    ingestRawArticles(ids.map(article), { db, batchSize: 1, maxFileBytes: 1e6, extract });

  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.close());

  it('follows an event whose date became known, and keeps its keys in step with it', async () => {
    await ingest(['a1', 'a2', 'a3', 'a4']);
    expect(await events()).toEqual([
      { date: '2025-03-04', articleCount: 3, participants: ['Ana Moreno', 'Luis Ortega'], stale: 0 },
      { date: '2025-03-05', articleCount: 1, participants: ['Ana Moreno'], stale: 0 },
    ]);
  });

  it('a dated lookup never reads the dated events an undated one would', async () => {
    // Ana Moreno has two dated meetings and is the busier participant, so an undated query for
    // the pair reads Luis Ortega's dated meetings, and a dated one only his undated ones (none).
    const ids = new Map(
      (await db.read<{ id: string; name: string }>('test/list-entities')).map((e) => [e.name, e.id]),
    );
    const query = (date: string | null) => ({
      queries: [{ type: 'MEETING', date, participantIds: [ids.get('Ana Moreno'), ids.get('Luis Ortega')] }],
      articleIds: ['zz'],
    });
    const undatedSeekRows = async (date: string | null): Promise<number> => {
      const session = db.driver.session();
      try {
        const result = await session.run(`PROFILE ${cypher('ingest/find-event-candidates')}`, query(date));
        return operators(result.summary.profile)
          .filter(
            (op) =>
              /IndexSeek/.test(op.operatorType) &&
              /eventDate IS NOT NULL/.test(String(op.arguments.Details ?? '')),
          )
          .reduce((rows, op) => rows + (op.rows ?? 0), 0);
      } finally {
        await session.close();
      }
    };
    expect(await undatedSeekRows(null)).toBeGreaterThan(0);
    expect(await undatedSeekRows('2025-03-04')).toBe(0);
  });

  it('db migrate gives participations written before the index their keys', async () => {
    const [row] = await db.write<{ stripped: number }>('test/strip-participation-keys');
    expect(row!.stripped).toBe(3);
    expect((await events()).map((e) => e.stale)).toEqual([2, 1]);
    await db.migrate();
    expect((await events()).map((e) => e.stale)).toEqual([0, 0]);
    // A report of the same meeting written after the migration still finds it.
    STORIES.a5 = meeting('2025-03', ['Luis Ortega']);
    await ingest(['a5']);
    expect((await events()).map((e) => e.articleCount)).toEqual([4, 1]);
  });
});

describe('the participation lookup on statistics that call its index empty', () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db.write('test/delete-all');
    await db.close();
  });

  // The planner once chose to scan the whole lookup index, once per participant and day, when the
  // index's sample said it was empty while the graph held relationships (after a bulk delete, as
  // the benchmark does, or while a graph fills): one batch then took 6–12 s until the next re-plan.
  it('seeks the index in every branch', async () => {
    await db.write('test/resample-participation-index');
    const sampled = async () =>
      (await db.read<{ sampled: number }>('test/participation-index-size'))[0]?.sampled;
    for (let i = 0; i < 100 && (await sampled()) !== 0; i++) await new Promise((r) => setTimeout(r, 100));
    await db.write('test/create-unkeyed-participations', { n: 2000 });
    // The premise: the planner's statistics call the index empty, the graph has participations.
    expect(await sampled()).toBe(0);
    await db.write('test/clear-query-caches');
    const session = db.driver.session();
    try {
      const result = await session.run(`EXPLAIN ${cypher('ingest/find-event-candidates')}`, {
        queries: [],
        articleIds: [],
      });
      const lookups = operators(result.summary.plan)
        .filter((op) => /PARTICIPATED_IN\(lookupKey, eventDate\)/.test(String(op.arguments.Details ?? '')))
        .map((op) => op.operatorType.replace(/@.*/, ''));
      expect(lookups).toEqual(Array(4).fill('DirectedRelationshipIndexSeek'));
    } finally {
      await session.close();
    }
  });
});
