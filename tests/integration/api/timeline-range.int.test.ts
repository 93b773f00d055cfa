import type { Database } from '../../../src/db/client';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../helpers/http';

interface EventPage {
  edges: Array<{ node: { key: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
}

/**
 * The timeline's date range reads the date index in stretches (repository/graph.ts
 * `timelineRanges`): the year and month that contain `from` apart from the dates from `from` on.
 * Paged one or two at a time in both directions, it must list exactly the events whose (possibly
 * partial) date overlaps the range, in (date, id) order.
 */
const DATES = [
  '2024',
  '2024-12-31',
  '2025',
  '2025',
  '2025-08',
  '2025-08-31',
  '2025-09',
  '2025-09-02',
  '2025-09-03',
  '2025-09-03',
  '2025-09-15',
  '2025-09-30',
  '2025-10',
  '2025-10-01',
  '2026',
  null,
];
const EVENTS = DATES.map((date, i) => ({
  id: `event:t${String(i).padStart(2, '0')}`,
  type: 'MEETING',
  date,
}));

/** Whether a partial date overlaps [from, to] (both full days), the API's documented rule. */
const overlaps = (date: string | null, from: string | null, to: string | null) =>
  date !== null &&
  (from === null || date >= from.slice(0, date.length)) &&
  (to === null || date <= to.slice(0, date.length));

const byDateThenId = (a: (typeof EVENTS)[number], b: (typeof EVENTS)[number]) =>
  a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id < b.id ? -1 : 1;

describe('the timeline over a date range', () => {
  let db: Database;
  let api: TestApi;

  beforeAll(async () => {
    db = await freshDatabase();
    await db.write('test/create-events', { events: EVENTS });
    api = await startTestApi(db);
  });

  afterAll(async () => {
    await api.api.close();
    await db.close();
  });

  async function pageAll(filter: string, size: number, backward: boolean): Promise<string[]> {
    const keys: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const args = backward ? `last: ${size}, before: $cursor` : `first: ${size}, after: $cursor`;
      const res: GraphQLResponse<{ events: EventPage }> = await api.gql<{ events: EventPage }>(
        `query($cursor: String) { events(filter: ${filter}, ${args}) {
           edges { node { key } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { cursor },
      );
      expect(res.errors).toBeUndefined();
      const { edges, pageInfo } = res.data!.events;
      const page = edges.map((e) => e.node.key);
      if (backward) keys.unshift(...page);
      else keys.push(...page);
      if (!(backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage)) return keys;
      cursor = backward ? pageInfo.startCursor : pageInfo.endCursor;
    }
    throw new Error('the timeline did not end');
  }

  it.each([
    ['2025-09-03', '2025-09-30'],
    ['2025-09-03', null],
    [null, '2025-09-02'],
    ['2025-01-01', '2025-12-31'],
    ['2025-10-02', '2025-09-01'],
  ])('from %s to %s lists exactly the overlapping events, forward and backward', async (from, to) => {
    const expected = EVENTS.filter((e) => overlaps(e.date, from, to))
      .sort(byDateThenId)
      .map((e) => e.id);
    const parts = [from && `from: "${from}"`, to && `to: "${to}"`].filter(Boolean).join(', ');
    const filter = `{ types: [MEETING], ${parts} }`;
    for (const size of [1, 2, 5]) {
      expect(await pageAll(filter, size, false)).toEqual(expected);
      expect(await pageAll(filter, size, true)).toEqual(expected);
    }
  });
});
