import fc from 'fast-check';
import { parse, validate, type OperationDefinitionNode } from 'graphql';
import { checkArguments, INPUT_BOUNDS } from '../../../src/api/input-bounds';
import {
  AnalysisBudget,
  checkOperation,
  DOCUMENT_CAPS,
  documentCapsRule,
  isTokenCapError,
  selectionDepth,
  type Limits,
} from '../../../src/api/limits';
import { SEARCH_BOUNDS, searchQuery } from '../../../src/api/repository/lucene';
import { buildApiSchema } from '../../../src/api/schema';
import { fanOut } from '../../helpers/hostile';

const schema = buildApiSchema();
const limits: Limits = { maxDepth: 10, maxCost: 5000, maxAliases: 30, maxPageSize: 100 };

const limitOf = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (err) {
    const ext = (err as { extensions?: { code?: string; limit?: string; argument?: string } }).extensions;
    return `${ext?.code}:${ext?.limit ?? ext?.argument ?? ''}`;
  }
};

describe('query analysis is linear in the document', () => {
  it.each([10, 20, 30, 200])('fragment fan-out of %i levels visits each fragment once', (levels) => {
    const document = parse(fanOut(levels));
    const operation = document.definitions[0] as OperationDefinitionNode;
    const depthBudget = new AnalysisBudget(60_000);
    expect(selectionDepth(document, operation.selectionSet, depthBudget)).toBe(2);
    // One visit per selection: stats, its spread, levels × 2 spreads and the leaf.
    expect(depthBudget.visited).toBe(levels * 2 + 3);
    const costBudget = new AnalysisBudget(60_000);
    const verdict = limitOf(() =>
      checkOperation({ schema, document, operation, variables: {}, limits, budget: costBudget }),
    );
    expect(costBudget.visited).toBe(levels * 2 + 3);
    // 2^levels estimated selections: 10 levels (1,025) pass, 20 and more are too costly.
    expect(verdict).toBe(levels <= 10 ? null : 'QUERY_TOO_COMPLEX:cost');
  });

  it('survives fragment cycles (validation rejects them; analysis must still end)', () => {
    const document = parse(
      'query { stats { ...A } } fragment A on Stats { ...B } fragment B on Stats { ...A }',
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(selectionDepth(document, operation.selectionSet)).toBe(1);
    expect(limitOf(() => checkOperation({ schema, document, operation, variables: {}, limits }))).toBeNull();
  });

  it('stops an analysis that runs past its time budget (clock injected)', () => {
    let clock = 0;
    const document = parse(fanOut(150));
    const operation = document.definitions[0] as OperationDefinitionNode;
    const budget = new AnalysisBudget(100, () => (clock += 1000));
    expect(
      limitOf(() => checkOperation({ schema, document, operation, variables: {}, limits, budget })),
    ).toBe('QUERY_TOO_COMPLEX:time');
  });
});

describe('document caps', () => {
  const many = (n: number, s: string) => Array.from({ length: n }, () => s).join(' ');
  const verdict = (text: string): string | null => {
    let document;
    try {
      document = parse(text, { maxTokens: DOCUMENT_CAPS.maxTokens });
    } catch (err) {
      return isTokenCapError((err as Error).message) ? 'tokens' : 'syntax';
    }
    const errors = validate(schema, document, [documentCapsRule()]);
    return errors.map((e) => e.extensions.limit).join(',') || null;
  };
  it.each([
    ['a normal query', '{ entities(first: 5) { edges { node { name } } } }', null],
    ['too many tokens (stopped by the parser)', `{ ${many(DOCUMENT_CAPS.maxTokens, 'a')} }`, 'tokens'],
    [
      'too many definitions',
      many(DOCUMENT_CAPS.maxDefinitions + 1, 'query { stats { lastIngestedAt } }'),
      'definitions',
    ],
    ['too many spreads', `{ stats { ${many(DOCUMENT_CAPS.maxSpreads + 1, '...F')} } }`, 'spreads'],
    ['a syntax error stays one', '{ stats { "unterminated } }', 'syntax'],
  ])('%s', (_name, text, expected) => {
    expect(verdict(text)).toBe(expected);
  });
});

describe('input bounds', () => {
  const long = (n: number) => 'x'.repeat(n);
  it.each([
    ['search: a name', 'search', { query: 'Marco Rubio' }, null],
    ['search: 1 MB', 'search', { query: long(1024 * 1024) }, 'BAD_USER_INPUT:query'],
    ['search: a 10k-character word', 'search', { query: long(10_000) }, 'BAD_USER_INPUT:query'],
    [
      'search: a 51-character word',
      'search',
      { query: long(SEARCH_BOUNDS.termChars + 1) },
      'BAD_USER_INPUT:query',
    ],
    ['search: 1,100 words', 'search', { query: 'a '.repeat(1100) }, 'BAD_USER_INPUT:query'],
    ['search: 11 words', 'search', { query: 'w '.repeat(SEARCH_BOUNDS.terms + 1) }, 'BAD_USER_INPUT:query'],
    ['search: only Lucene syntax', 'search', { query: '*:* ~ "" (+-)' }, 'BAD_USER_INPUT:query'],
    ['search: empty', 'search', { query: '' }, 'BAD_USER_INPUT:query'],
    ['entity(name:) 1 MB', 'entity', { name: long(1024 * 1024) }, 'BAD_USER_INPUT:name'],
    ['entity(name:) 200 characters', 'entity', { name: long(INPUT_BOUNDS.nameChars) }, null],
    ['namePrefix ""', 'entities', { filter: { namePrefix: '' } }, 'BAD_USER_INPUT:namePrefix'],
    ['namePrefix *', 'entities', { filter: { namePrefix: '*' } }, 'BAD_USER_INPUT:namePrefix'],
    ['namePrefix a quote', 'entities', { filter: { namePrefix: "'" } }, 'BAD_USER_INPUT:namePrefix'],
    ['namePrefix an emoji', 'entities', { filter: { namePrefix: '🙂' } }, 'BAD_USER_INPUT:namePrefix'],
    ['namePrefix NUL', 'entities', { filter: { namePrefix: '\u0000' } }, 'BAD_USER_INPUT:namePrefix'],
    ['namePrefix "Ru"', 'entities', { filter: { namePrefix: 'Ru' } }, null],
    [
      'namePrefix 101 characters',
      'entities',
      { filter: { namePrefix: long(101) } },
      'BAD_USER_INPUT:namePrefix',
    ],
    ['an id of 1 MB', 'node', { id: long(1024 * 1024) }, 'BAD_USER_INPUT:id'],
    ['a source of 1 MB', 'articles', { filter: { source: long(1024 * 1024) } }, 'BAD_USER_INPUT:source'],
    ['101 subgraph ids', 'subgraph', { ids: Array.from({ length: 101 }, () => 'x') }, 'BAD_USER_INPUT:ids'],
    [
      'an article text of 1 MB (bounded by the body limit)',
      'ingestArticles',
      { articles: [{ text: long(1 << 20) }] },
      null,
    ],
    [
      'an article title of 1 MB',
      'ingestArticles',
      { articles: [{ title: long(1 << 20), text: 'x' }] },
      'BAD_USER_INPUT:title',
    ],
  ])('%s', (_name, field, args, expected) => {
    expect(limitOf(() => checkArguments(field, args))).toBe(expected);
  });

  it('says the limit in the message', () => {
    expect(() => checkArguments('search', { query: long(300) })).toThrow(/maximum is 200/);
    expect(() => checkArguments('entity', { name: long(300) })).toThrow(/maximum is 200/);
  });
});

describe('the Lucene query for search is bounded whatever the input', () => {
  it('has at most terms + 2 clauses of bounded length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000, unit: 'binary' }), (text) => {
        const q = searchQuery(text);
        if (q === null) return;
        const { terms, termChars } = SEARCH_BOUNDS;
        // Escaping at most doubles a word; the phrase holds the words once more.
        expect(q.length).toBeLessThanOrEqual(2 * (terms * termChars * 2 + terms * 2) + 16);
        const unquoted = q.replace(/"(?:[^"\\]|\\.)*"\^2$/, '');
        expect(unquoted.split(' ').filter(Boolean).length).toBeLessThanOrEqual(terms + 1);
      }),
      { numRuns: 300 },
    );
  });
});
