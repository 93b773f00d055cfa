import { cypher, listCypherFiles } from '../../src/db/cypher';
import type { Database } from '../../src/db/client';
import { RELATION_TYPES } from '../../src/domain/types';
import { freshDatabase } from '../helpers/db';

/**
 * Sample parameters for every statement under cypher/ (except schema, test/ and bench/). A new
 * file without an entry here fails the test, so every statement gets compiled at least once.
 * Other teams' statements get their entries from them; the API's are below.
 */
const rels = [...RELATION_TYPES];
const SAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  'api/find-entities': { ids: ['person:marco-rubio'] },
  'api/find-articles': { ids: ['000_32a52bfd2057151e.txt'] },
  'api/find-events': { ids: ['event:x'] },
  'api/find-entity-by-name': { key: 'sheinbaum', lucene: '"sheinbaum"' },
  'api/search-entities': {
    lucene: 'sheinbaum sheinbaum*',
    key: 'sheinbaum',
    types: ['Person'],
    minConfidence: 0.5,
    cap: 1000,
    after: [1, -3, 'person:x'],
    limit: 11,
  },
  'api/count-search-entities': { lucene: 'sheinbaum*', types: null, minConfidence: 0, cap: 1000 },
  'api/list-entities-by-name': {
    types: null,
    prefix: 'mar',
    articleId: null,
    from: '2025-01-01',
    to: null,
    minConfidence: 0,
    limit: 21,
    lower: 'mar',
    upper: 'mar\u{10FFFF}',
    after: ['marco rubio', 'person:marco-rubio'],
  },
  'api/list-entities-by-name-backward': {
    types: null,
    prefix: 'mar',
    articleId: null,
    from: '2025-01-01',
    to: null,
    minConfidence: 0,
    limit: 21,
    lower: 'mar',
    upper: 'marco rubio',
    before: ['marco rubio', 'person:marco-rubio'],
  },
  'api/list-entities-by-mentions': {
    types: null,
    prefix: 'mar',
    articleId: null,
    from: '2025-01-01',
    to: null,
    minConfidence: 0,
    limit: 21,
    minCount: Number.MIN_SAFE_INTEGER,
    maxCount: 7,
    after: [-7, 'marco rubio', 'person:marco-rubio'],
  },
  'api/list-entities-by-mentions-backward': {
    types: null,
    prefix: 'mar',
    articleId: null,
    from: '2025-01-01',
    to: null,
    minConfidence: 0,
    limit: 21,
    minCount: 7,
    maxCount: Number.MAX_SAFE_INTEGER,
    before: [-7, 'marco rubio', 'person:marco-rubio'],
  },
  'api/count-entities': {
    types: ['Person'],
    prefix: null,
    articleId: 'a',
    from: null,
    to: '2026-01-01',
    minConfidence: 0,
  },
  'api/list-events': {
    types: ['CALL'],
    participantId: 'p',
    locationId: null,
    minConfidence: 0.5,
    ranges: [
      { lower: '2025-09', upper: '2025-09' },
      { lower: '2025-09-03', upper: '\u{10FFFF}' },
    ],
    afterDate: '2025-09',
    afterId: 'event:x',
    limit: 21,
  },
  'api/list-events-backward': {
    types: ['CALL'],
    participantId: null,
    locationId: 'l',
    minConfidence: 0,
    ranges: [{ lower: '2025-01-01', upper: '2025-09' }],
    beforeDate: '2025-09',
    beforeId: 'event:x',
    limit: 21,
  },
  'api/list-undated-events-backward': {
    types: null,
    participantId: 'p',
    locationId: null,
    minConfidence: 0,
    beforeId: 'event:x',
    limit: 21,
  },
  'api/list-undated-events': {
    types: null,
    participantId: null,
    locationId: 'l',
    minConfidence: 0,
    afterId: '',
    limit: 21,
  },
  'api/count-events': {
    types: null,
    participantId: null,
    locationId: 'l',
    from: null,
    to: '2026-01-01',
    minConfidence: 0,
  },
  'api/list-articles': {
    source: null,
    entityId: 'e',
    from: null,
    to: null,
    lower: '0001-01-01T00:00:00Z',
    upper: '9999-12-31T23:59:59.999999999Z',
    afterAt: '2025-09-03T00:00:00Z',
    afterId: 'a',
    limit: 21,
  },
  'api/list-articles-backward': {
    source: 's',
    entityId: null,
    from: '2025-01-01',
    to: '2026-01-01',
    lower: '0001-01-01T00:00:00Z',
    upper: '9999-12-31T23:59:59.999999999Z',
    beforeAt: null,
    beforeId: null,
    limit: 21,
  },
  'api/list-undated-articles': {
    source: null,
    entityId: null,
    from: null,
    to: null,
    afterId: 'a',
    beforeId: '\u{10FFFF}',
    limit: 21,
  },
  'api/list-undated-articles-backward': {
    source: 's',
    entityId: 'e',
    from: null,
    to: null,
    afterId: '',
    beforeId: 'b',
    limit: 21,
  },
  'api/count-articles': { source: 's', entityId: null, from: '2025-01-01', to: '2026-01-01' },
  'api/list-entity-mentions': { ids: ['e'], after: [-2, -1756857600000, 'a'], limit: 11 },
  'api/list-article-mentions': { ids: ['a'] },
  'api/list-entity-relationships': {
    ids: ['e'],
    types: rels,
    direction: 'OUT',
    minConfidence: 0,
    after: ['MEMBER_OF', 'organization:x', 0, ''],
    limit: 21,
  },
  'api/count-entity-relationships': { ids: ['e'], types: rels, direction: 'BOTH', minConfidence: 0 },
  'api/list-entity-events': {
    ids: ['e'],
    types: null,
    minConfidence: 0,
    after: [0, '2025-09', 'event:x'],
    limit: 21,
  },
  'api/count-entity-events': { ids: ['e'], types: ['CALL'], minConfidence: 0.5 },
  'api/expand-neighbors': {
    frontier: ['e'],
    visited: ['e'],
    relTypes: rels,
    viaEvents: true,
    minConfidence: 0,
    cap: 500,
  },
  'api/find-shortest-path': { from: 'a', to: 'b', maxRels: 8 },
  'api/find-shortest-paths': { from: 'a', to: 'b', maxRels: 8, first: 5 },
  'api/list-relationships-between': { a: 'a', b: 'b', relTypes: rels },
  'api/list-co-mentioned': { id: 'e', minConfidence: 0, after: [-2, 'person:x'], limit: 11 },
  'api/count-co-mentioned': { id: 'e', minConfidence: 0 },
  'api/list-subgraph-edges': { ids: ['a', 'b'], relTypes: rels },
  'api/count-graph': {},
  'list-schema': {},
  // Statements of the other stages (their owners keep these entries current).
  'bloom/articles-about': { name: 'Marco Rubio' },
  'bloom/deployed-to': { place: 'Caribbean' },
  'bloom/designations': {},
  'bloom/events-of': { name: 'Marco Rubio' },
  'bloom/members-of': { name: 'Sinaloa Cartel' },
  'bloom/neighbors-of': { name: 'Marco Rubio' },
  'bloom/path-from-to': { a: 'Marco Rubio', b: 'Sinaloa Cartel' },
  'examples/co-mentions': { name: 'Marco Rubio' },
  'examples/designations': {},
  'examples/most-mentioned': { perType: 5 },
  'examples/neighbors-of-person': { name: 'Marco Rubio' },
  'examples/relation-provenance': { from: 'Marco Rubio', to: 'U.S. Department of State' },
  'examples/shortest-path-person-to-cartel': { person: 'Marco Rubio', cartel: 'Sinaloa Cartel' },
  'examples/timeline-calls-meetings': { name: 'Marco Rubio' },
  'examples/who-was-deployed-where': {},
  'export/count-graph': {},
  'export/expand-keys': { keys: ['person:marco-rubio'] },
  'export/find-entity': { id: 'person:marco-rubio', key: 'marco rubio' },
  'export/nodes-by-key': { keys: ['person:marco-rubio'] },
  'export/nodes': {},
  'export/relationships-by-key': { keys: ['person:marco-rubio'] },
  'export/relationships': {},
  'ingest/find-article-hashes': { ids: ['a'] },
  'ingest/lock-articles': { ids: ['a'] },
  'ingest/lock-resolution-stripes': { stripes: [1, 2] },
  'ingest/find-entity-candidates': {
    keys: [{ type: 'Person', key: 'marco rubio' }],
    surnames: ['rubio'],
    idBases: ['person:marco-rubio'],
  },
  'ingest/lock-entity-candidates': { ids: ['person:marco-rubio'] },
  'ingest/find-event-candidates': {
    queries: [{ type: 'CALL', date: '2026-01', participantIds: ['person:marco-rubio'] }],
    articleIds: ['a'],
  },
  'ingest/merge-articles': { now: '2026-01-01T00:00:00Z', rows: [] },
  'ingest/merge-entity-mentions': { rows: [] },
  'ingest/merge-events': { rows: [] },
  'ingest/merge-relations': { maxEvidence: 5, rows: [] },
  'ingest/set-entity-names': { rows: [] },
  'ingest/unlink-article-events': { articleIds: ['a'] },
  'ingest/unlink-article-mentions': { articleIds: ['a'] },
  'ingest/unlink-article-relations': { articleIds: ['a'] },
};

const EXCLUDED = /^(schema$|test\/|bench\/|migrate\/)/;

function sampleFor(name: string): Record<string, unknown> | undefined {
  return SAMPLE_PARAMS[name];
}

describe('every cypher/**/*.cypher compiles (EXPLAIN with sample parameters)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.close());

  const files = listCypherFiles().filter((f) => !EXCLUDED.test(f));

  it('has sample parameters for every statement', () => {
    const missing = files.filter((f) => !sampleFor(f));
    expect(missing).toEqual([]);
  });

  // EXPLAIN plans without running, so write statements are safe; a write transaction lets them plan.
  it.each(files.filter((f) => sampleFor(f)))('%s', async (name) => {
    await db.writeTx((tx) => db.runText(tx, `EXPLAIN ${cypher(name)}`, sampleFor(name)));
  });
});
