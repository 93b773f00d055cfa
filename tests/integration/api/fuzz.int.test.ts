import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { buildApiSchema } from '../../../src/api/schema';
import type { Database } from '../../../src/db/client';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';
import { seedSampleGraph } from '../../helpers/sample-graph';

/** Operations sent (issue 11: "a few hundred"). */
const RUNS = 300;
/** Heap the API may keep after the run (it holds no per-request state). */
const MAX_HEAP_GROWTH_MB = 150;

type Gen = fc.GeneratorValue;
const schema = buildApiSchema();
const IDS = ['person:marco-rubio', 'cartel:sinaloa-cartel', 'location:mexico', 'nope:missing'];

/** One of `items`, chosen by the generator (so that it shrinks). */
const pick = <T>(g: Gen, items: readonly T[]): T => items[g(fc.integer, { min: 0, max: items.length - 1 })]!;

/** A GraphQL literal for an input type: usually valid, sometimes not. */
function literal(g: Gen, type: GraphQLInputType, depth: number): string {
  if (isNonNullType(type)) return literal(g, type.ofType, depth);
  if (isListType(type)) {
    const n = g(fc.integer, { min: 0, max: 3 });
    return `[${Array.from({ length: n }, () => literal(g, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) {
    return pick(g, [...type.getValues().map((v) => v.name), 'NOT_A_VALUE']);
  }
  if (isInputObjectType(type)) {
    if (depth > 2) return '{}';
    const fields = Object.values(type.getFields()).filter(() => g(fc.boolean));
    return `{ ${fields.map((f) => `${f.name}: ${literal(g, f.type, depth + 1)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'Int':
    case 'PositiveInt':
    case 'NonNegativeInt':
      return String(g(fc.integer, { min: -5, max: 400 }));
    case 'Boolean':
      return String(g(fc.boolean));
    case 'LocalDate':
    case 'DateTime':
      return JSON.stringify(pick(g, ['2025-09-01', '2025-09-01T10:00:00Z', '2025-13-45', 'yesterday']));
    default:
      return JSON.stringify(
        g(() =>
          fc.oneof(
            fc.constantFrom(...IDS, 'Rubio', 'sheinb', ''),
            fc.string({ maxLength: 40, unit: 'grapheme' }),
            fc.string({ maxLength: 300 }),
          ),
        ),
      );
  }
}

/** Arguments of a field: the required ones always, the others at random. */
function argumentsOf(g: Gen, field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) || g(fc.boolean));
  return args.length ? `(${args.map((a) => `${a.name}: ${literal(g, a.type, 0)}`).join(', ')})` : '';
}

/** A selection set on `type`: 1–3 fields, nested at most `depth` more levels. */
function selection(g: Gen, type: GraphQLNamedType, depth: number): string {
  if (isUnionType(type) || (isInterfaceType(type) && g(fc.boolean))) {
    const possible = schema.getPossibleTypes(type as never);
    const target = pick(g, possible);
    return `{ __typename ... on ${target.name} ${selection(g, target, depth)} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields());
  const count = g(fc.integer, { min: 1, max: 3 });
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const field = pick(g, fields);
    const named = getNamedType(field.type);
    const alias = g(fc.boolean) ? `f${i}: ` : '';
    if (isLeafType(named)) parts.push(`${alias}${field.name}${argumentsOf(g, field)}`);
    else if (depth > 0)
      parts.push(`${alias}${field.name}${argumentsOf(g, field)} ${selection(g, named, depth - 1)}`);
  }
  return `{ ${parts.join(' ') || '__typename'} }`;
}

/** Ways to break a valid operation. */
const BREAKS: Array<(op: string, g: Gen) => string> = [
  (op) => op.slice(0, Math.floor(op.length / 2)),
  (op) => op.replace('{', '{ noSuchField '),
  (op) => op.replace(/\(/, '(bogus: 1, '),
  (op) => op.replace(/: \d+/, ': "forty"'),
  (op) => `${op} fragment X on Nope { a }`,
  (_op, g) => g(fc.string, { maxLength: 200 }),
  (op) => `query Q($v: Int!) ${op}`,
  (op) => `subscription ${op}`,
];

describe('fuzz: a few hundred generated operations, valid and invalid', () => {
  let db: Database;
  let t: TestApi;

  beforeAll(async () => {
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db);
  });

  afterAll(async () => {
    await t?.api.close();
    await db?.close();
  });

  it(`answers ${RUNS} of them without INTERNAL_SERVER_ERROR or a 5xx, and stays alive and bounded`, async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const root = pick(g, [schema.getQueryType()!, schema.getQueryType()!, schema.getMutationType()!]);
        let op = `${root === schema.getMutationType() ? 'mutation ' : ''}${selection(g, root, 3)}`;
        if (g(fc.integer, { min: 0, max: 9 }) < 4) op = pick(g, BREAKS)(op, g);
        const res = await fetch(t.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: op }),
        });
        const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
        count(codes.length ? [...new Set(codes)].sort().join('+') : 'data');
        expect({ op, codes: codes.filter((c) => c === 'INTERNAL_SERVER_ERROR') }).toEqual({ op, codes: [] });
        if (res.status >= 500)
          expect({ op, status: res.status, codes }).toEqual({
            op,
            status: 503,
            codes: ['DATABASE_UNAVAILABLE'],
          });
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 1111) },
    );
    const health = await fetch(new URL('/healthz', t.url));
    expect(health.status).toBe(200);
    const growthMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    process.stderr.write(
      `\nfuzz: ${RUNS} operations; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}; heap growth ${growthMb.toFixed(1)} MB\n`,
    );
    expect(growthMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
  });
});
