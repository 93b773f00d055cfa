import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseUnavailableError, neo4jErrorCode } from '../db/client';
import { DOCUMENT_CAPS, isTokenCapError } from './limits';

/** Every `extensions.code` this API sends (Apollo's own parse/validation codes pass through). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  INGESTION_UNAVAILABLE: 'INGESTION_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes a client may see as-is: ours plus the ones Apollo Server and graphql-js produce. */
const PUBLIC_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INGESTION_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
};

/** A GraphQL error with one of our codes; `details` land in `extensions` next to the code. */
export function apiError(
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...details, ...(status ? { http: { status } } : {}) },
  });
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export interface FormatErrorOptions {
  exposeStackTraces: boolean;
  log: (line: string) => void;
}

/** What a client reads while Neo4j cannot be reached; the server log has the driver's reason. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is not reachable right now: retry in a few seconds (GET /readyz says when it is back)';

/**
 * Apollo's formatError: known errors go out as they are; a database timeout becomes TIMEOUT; an
 * unreachable database becomes DATABASE_UNAVAILABLE (see `databaseUnavailablePlugin` for its
 * 503); anything else is logged in full and masked as INTERNAL_SERVER_ERROR.
 */
export function createFormatError(opts: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let code = formatted.extensions?.code;
    // Apollo re-codes every validation-rule error; ours carry `limit` and mean QUERY_TOO_COMPLEX.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.extensions?.limit) {
      code = ErrorCode.QUERY_TOO_COMPLEX;
      formatted = { ...formatted, extensions: { ...formatted.extensions, code } };
    }
    // The parser's token cap (parseOptions.maxTokens) is a limit, not a syntax mistake.
    if (code === 'GRAPHQL_PARSE_FAILED' && isTokenCapError(formatted.message)) {
      return {
        message: `The query has more than ${DOCUMENT_CAPS.maxTokens} tokens (names, punctuation, values): send a smaller query`,
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'tokens', max: DOCUMENT_CAPS.maxTokens },
      };
    }
    // graphql-js gives up on documents whose overlapping fields cost too much to compare.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message === 'Validation aborted.') {
      return {
        message: 'The query has too many overlapping fields to validate: send fewer repeated fields',
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'validation' },
      };
    }
    const original = unwrapResolverError(error);
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
    if (original instanceof DatabaseUnavailableError) {
      opts.log(`database unavailable at ${formatted.path?.join('.') ?? '(request)'}: ${original.reason}`);
      return {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      };
    }
    const dbCode = neo4jErrorCode(original);
    if (dbCode && TIMEOUT_CODES.has(dbCode)) {
      return {
        message:
          'The query took longer than the server allows (NEO4J_TX_TIMEOUT_MS): ask for less (smaller first/depth)',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.TIMEOUT },
      };
    }
    const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
    opts.log(`graphql error at ${formatted.path?.join('.') ?? '(request)'}: ${detail}`);
    return {
      message:
        opts.exposeStackTraces && original instanceof Error ? original.message : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        ...(opts.exposeStackTraces && original instanceof Error
          ? { stacktrace: original.stack?.split('\n') }
          : {}),
      },
    };
  };
}

/**
 * Answers with HTTP 503 when any error of the response is DATABASE_UNAVAILABLE. Errors thrown by
 * resolvers cannot set the status themselves: the driver's error only becomes that code in
 * formatError, after Apollo has chosen the status.
 */
export function databaseUnavailablePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '2');
          }
        },
      };
    },
  };
}

/** Exhaustiveness check for switches over unions. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
