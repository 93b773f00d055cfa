import { parse, validate, specifiedRules, type OperationDefinitionNode } from 'graphql';
import {
  checkOperation,
  depthLimitRule,
  aliasLimitRule,
  operationChecker,
  type Limits,
} from '../../../src/api/limits';
import { buildApiSchema } from '../../../src/api/schema';

const schema = buildApiSchema();
const limits: Limits = { maxDepth: 10, maxCost: 5000, maxAliases: 30, maxPageSize: 100 };

function check(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return () => checkOperation({ schema, document, operation, variables, limits });
}

const codeOf = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('operation limits', () => {
  it.each([
    ['a small query', '{ entities(first: 20) { edges { node { name } } } }', {}, null],
    ['a page size over the maximum', '{ entities(first: 100000) { totalCount } }', {}, 'BAD_USER_INPUT'],
    [
      'a page size over the maximum in a variable',
      'query($n: PositiveInt) { events(first: $n) { totalCount } }',
      { n: 101 },
      'BAD_USER_INPUT',
    ],
    ['neighbors deeper than 3', '{ neighbors(id: "x", depth: 4) { totalCount } }', {}, 'BAD_USER_INPUT'],
    ['a path longer than 6', '{ path(from: "a", to: "b", maxLength: 7) { length } }', {}, 'BAD_USER_INPUT'],
    [
      'nested pages that multiply past the cost',
      '{ entities(first: 100) { edges { node { relationships(first: 100) { edges { node { type } } } } } } }',
      {},
      'QUERY_TOO_COMPLEX',
    ],
    [
      'the cost through fragments',
      'query { entities(first: 100) { ...E } } fragment E on EntityConnection { edges { node { mentions(first: 100) { totalCount edges { cursor } } } } }',
      {},
      'QUERY_TOO_COMPLEX',
    ],
  ])('%s', (_name, query, variables, expected) => {
    expect(codeOf(check(query, variables))).toBe(expected);
  });
});

describe('validation rules (cached with the parsed document)', () => {
  const run = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, depthLimitRule(4), aliasLimitRule(2)]);

  it('rejects selections deeper than the limit, following fragments', () => {
    expect(run('{ stats { labels { name } } }')).toEqual([]);
    const errors = run(
      '{ entity(id: "x") { ...F } } fragment F on Entity { relationships { edges { node { from { name } } } } }',
    );
    expect(errors.map((e) => e.extensions.limit)).toEqual(['depth']);
  });

  it('rejects too many aliases', () => {
    const errors = run(
      '{ a: stats { lastIngestedAt } b: stats { lastIngestedAt } c: stats { lastIngestedAt } }',
    );
    expect(errors.map((e) => e.extensions.limit)).toEqual(['aliases']);
  });
});

describe('operationChecker', () => {
  const parsed = (query: string) => {
    const document = parse(query);
    return { schema, document, operation: document.definitions[0] as OperationDefinitionNode };
  };

  it('re-checks an operation whose page size comes from a variable, whatever passed before', () => {
    const check = operationChecker(limits);
    const op = parsed('query($n: PositiveInt) { events(first: $n) { totalCount } }');
    expect(codeOf(() => check({ ...op, variables: { n: 10 } }))).toBeNull();
    expect(codeOf(() => check({ ...op, variables: { n: 101 } }))).toBe('BAD_USER_INPUT');
  });

  it('re-checks a variable page size inside a fragment', () => {
    const check = operationChecker(limits);
    const op = parsed(
      'query($n: PositiveInt) { ...F } fragment F on Query { entities(first: $n) { totalCount } }',
    );
    expect(codeOf(() => check({ ...op, variables: { n: 10 } }))).toBeNull();
    expect(codeOf(() => check({ ...op, variables: { n: 101 } }))).toBe('BAD_USER_INPUT');
  });

  it('keeps rejecting an operation that failed, and passes one whose variables cannot matter', () => {
    const check = operationChecker(limits);
    const bad = parsed('{ neighbors(id: "x", depth: 4) { totalCount } }');
    expect(codeOf(() => check({ ...bad, variables: {} }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => check({ ...bad, variables: {} }))).toBe('BAD_USER_INPUT');
    const ok = parsed('query($name: String) { entity(name: $name) { name } }');
    expect(codeOf(() => check({ ...ok, variables: { name: 'a' } }))).toBeNull();
    expect(codeOf(() => check({ ...ok, variables: { name: 'b' } }))).toBeNull();
  });
});
