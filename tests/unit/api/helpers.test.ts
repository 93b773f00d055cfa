import { isUtf8Json } from '../../../src/api/graphql-post';
import fc from 'fast-check';
import { authState, keyMatches } from '../../../src/api/context';
import { createFormatError } from '../../../src/api/errors';
import {
  compareKeys,
  keyAfter,
  keyShape,
  keysetConnection,
  keysetPage,
  keysetSlice,
  toKeyCursor,
  type SortKey,
} from '../../../src/api/connection';
import { fromGlobalId, keyOf, toGlobalId } from '../../../src/api/ids';
import { escapeLucene, searchQuery } from '../../../src/api/repository/lucene';
import { pathOf } from '../../../src/api/repository/graph';

describe('global ids and cursors', () => {
  it('round-trip any key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Entity', 'Event', 'Article' as const),
        fc.string({ minLength: 1 }),
        (kind, key) => {
          expect(fromGlobalId(toGlobalId(kind, key))).toEqual({ kind, key });
        },
      ),
    );
    const keys = fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(keys, (key) => expect(keyAfter(toKeyCursor(key))).toEqual(key)));
  });

  it('accept a plain graph key where an id is expected', () => {
    expect(keyOf('person:marco-rubio', 'Entity')).toBe('person:marco-rubio');
    expect(keyOf(toGlobalId('Entity', 'person:x'), 'Entity')).toBe('person:x');
    expect(() => keyOf(toGlobalId('Event', 'event:1'), 'Entity')).toThrow(/Event/);
    expect(() => keyAfter('garbage!')).toThrow(/cursor/);
  });
});

describe('keyset pages', () => {
  const bad = (thunk: () => unknown) => {
    try {
      thunk();
    } catch (err) {
      return (err as { extensions?: { code?: string } }).extensions?.code;
    }
    return 'no error';
  };

  it.each([
    ['not base64 JSON', { after: 'garbage!' }],
    ['an old offset cursor', { after: Buffer.from('o:3').toString('base64url') }],
    ['a key of another shape', { after: toKeyCursor(['a', 1]) }],
    ['a non-finite number', { after: Buffer.from('k:[1e999]').toString('base64url') }],
    ['a malformed before', { last: 2, before: 'garbage!' }],
    ['both directions', { first: 2, last: 2 }],
    ['after with last', { last: 2, after: toKeyCursor(['a', 'b']) }],
  ])('refuses %s with BAD_USER_INPUT', (_name, args) => {
    expect(bad(() => keysetPage(args, 10, keyShape('string', 'string')))).toBe('BAD_USER_INPUT');
  });

  it('orders keys element by element', () => {
    expect(compareKeys([-3, 'b'], [-2, 'a'])).toBeLessThan(0);
    expect(compareKeys(['d', '2025-09', 'x'], ['d', '2025-09-01', 'a'])).toBeLessThan(0);
    expect(compareKeys([1, 'a'], [1, 'a'])).toBe(0);
  });

  /**
   * Any sorted list, paged forward or backward in pages of any size while items are inserted
   * between pages, yields every original item exactly once and in order.
   */
  it('pages a list that grows between pages without repeats or gaps, both ways', () => {
    const key = (n: number): SortKey => [n];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        (initial, inserted, size, backward) => {
          let list = [...initial].sort((a, b) => a - b);
          const seen: number[] = [];
          let cursor: string | null = null;
          for (let round = 0; round < 1000; round++) {
            const page = keysetPage(
              backward ? { last: size, before: cursor } : { first: size, after: cursor },
              10,
            );
            const conn = keysetConnection({
              items: keysetSlice(list, page, key),
              page,
              key,
              totalCount: list.length,
            });
            const nodes = conn.edges.map((e) => e.node);
            seen.push(...(backward ? [...nodes].reverse() : nodes));
            const more = backward ? conn.pageInfo.hasPreviousPage : conn.pageInfo.hasNextPage;
            if (!more) break;
            expect(nodes).toHaveLength(size);
            cursor = backward ? conn.pageInfo.startCursor : conn.pageInfo.endCursor;
            const extra = inserted[round];
            if (extra !== undefined && !list.includes(extra)) list = [...list, extra].sort((a, b) => a - b);
          }
          expect(new Set(seen).size).toBe(seen.length);
          for (const n of initial) expect(seen).toContain(n);
          const ordered = [...seen].sort((a, b) => (backward ? b - a : a - b));
          expect(seen).toEqual(ordered);
        },
      ),
    );
  });
});

describe('Lucene escaping', () => {
  it.each([
    ['a+b', 'a\\+b'],
    ['"x"', '\\"x\\"'],
    ['(a:b)', '\\(a\\:b\\)'],
    ['AND OR NOT', 'and or not'],
    ['x/y~', 'x\\/y\\~'],
  ])('%j → %j', (input, expected) => expect(escapeLucene(input)).toBe(expected));

  it('leaves no unescaped special character in any input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = searchQuery(s);
        if (q === null) return;
        const stripped = q
          .replace(/\\./g, '')
          .replace(/\*( |$)/g, '$1')
          .replace(/"[^"]*"\^2$/, '');
        expect(stripped).not.toMatch(/[+\-!(){}[\]^"~*?:\\/&|]/);
      }),
    );
  });
});

describe('auth', () => {
  it.each([
    [undefined, undefined, 'disabled'],
    [undefined, 'k'.repeat(16), 'missing'],
    ['Bearer wrong', 'k'.repeat(16), 'invalid'],
    [`Bearer ${'k'.repeat(16)}`, 'k'.repeat(16), 'authorized'],
    [`bearer ${'k'.repeat(16)}`, 'k'.repeat(16), 'authorized'],
  ])('header %j with key %j → %s', (header, key, expected) => expect(authState(header, key)).toBe(expected));

  it('compares keys of any length', () => {
    expect(keyMatches('a', 'a')).toBe(true);
    expect(keyMatches('a', 'ab')).toBe(false);
  });
});

describe('error masking', () => {
  it('masks unexpected errors and keeps known codes', () => {
    const logged: string[] = [];
    const format = createFormatError({ exposeStackTraces: false, log: (l) => logged.push(l) });
    const masked = format(
      { message: 'connection to 10.0.0.3 refused', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new Error('connection to 10.0.0.3 refused'),
    );
    expect(masked).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      locations: undefined,
      path: undefined,
    });
    expect(logged.join()).toContain('10.0.0.3');
    const known = { message: 'bad', extensions: { code: 'BAD_USER_INPUT' } };
    expect(format(known, new Error('bad'))).toBe(known);
  });
});

describe('paths', () => {
  it('fold Entity–Event–Entity into one event step', () => {
    const rel = {
      type: 'HOLDS_ROLE' as const,
      fromId: 'a',
      toId: 'b',
      role: 'x',
      articleCount: 1,
      articleIds: ['1'],
      evidence: ['s'],
      confidence: 1,
    };
    const p = pathOf(
      [
        { id: 'a', event: false },
        { id: 'b', event: false },
        { id: 'ev', event: true },
        { id: 'c', event: false },
      ],
      [rel, rel, rel],
    );
    expect(p.entityIds).toEqual(['a', 'b', 'c']);
    expect(p.steps).toEqual([
      { fromId: 'a', toId: 'b', relationship: rel, eventId: null },
      { fromId: 'b', toId: 'c', relationship: null, eventId: 'ev' },
    ]);
  });
});

describe('isUtf8Json: which POSTs take the path without Express', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON;charset="UTF-8"', true],
    ['application/json; charset=latin1', false],
    ['application/graphql', false],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    [undefined, false],
  ])('%s → %s', (type, expected) => {
    expect(isUtf8Json(type)).toBe(expected);
  });
});
