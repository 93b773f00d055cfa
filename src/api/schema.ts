import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../config';
import { resolvers } from './resolvers';

/** schema.graphql: the public contract, the source of truth for types and descriptions. */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

/** The executable schema: schema.graphql with the resolvers of src/api/resolvers. */
export function buildApiSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: fs.readFileSync(SCHEMA_FILE, 'utf8'),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}

/** The schema printed with types and fields sorted, for snapshot review. */
export function printSortedSchema(schema: GraphQLSchema = buildApiSchema()): string {
  return printSchema(lexicographicSortSchema(schema));
}
