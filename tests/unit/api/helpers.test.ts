import { isUtf8Json } from '../../../src/api/graphql-post';
import fc from 'fast-check';
import { authState, keyMatches } from '../../../src/api/context';
import { createFormatError } from '../../../src/api/errors';
import { fromGlobalId, keyOf, offsetAfter, toCursor, toGlobalId } from '../../../src/api/ids';
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
    fc.assert(fc.property(fc.nat(1e6), (i) => expect(offsetAfter(toCursor(i))).toBe(i + 1)));
  });

  it('accept a plain graph key where an id is expected', () => {
    expect(keyOf('person:marco-rubio', 'Entity')).toBe('person:marco-rubio');
    expect(keyOf(toGlobalId('Entity', 'person:x'), 'Entity')).toBe('person:x');
    expect(() => keyOf(toGlobalId('Event', 'event:1'), 'Entity')).toThrow(/Event/);
    expect(() => offsetAfter('garbage!')).toThrow(/cursor/);
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
