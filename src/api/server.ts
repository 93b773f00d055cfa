import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { runAsRequest } from '../db/request-deadline';
import type { IngestArticles } from '../ingest/report';
import { authState, createContext, type ApiContext, type AuthState } from './context';
import { apiError, createFormatError, databaseUnavailablePlugin, ErrorCode } from './errors';
import { mountExplore } from './explore-route';
import { mountExplorer } from './explorer';
import { graphqlPostHandler } from './graphql-post';
import { corsOrigin, csrfGuard, legacyJsonStatusPlugin } from './http-policy';
import { jsonErrorHandler, notFoundHandler } from './http-errors';
import {
  aliasLimitRule,
  depthLimitRule,
  documentCapsRule,
  DOCUMENT_CAPS,
  operationChecker,
  type Limits,
} from './limits';
import { buildApiSchema } from './schema';

export interface ApiServerOptions {
  config: Config;
  db: Database;
  log: (line: string) => void;
  /** The ingestion pipeline for Mutation.ingestArticles; without it the mutation says so. */
  ingestArticles?: IngestArticles;
  /** Called last by close(), e.g. to close the driver and stop a local Neo4j this process started. */
  stopOnShutdown?: () => Promise<void>;
}

export interface ApiServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** The address and port the server listens on (HOST, PORT). */
  address: AddressInfo;
  /** Stops accepting requests, lets running ones finish, then runs stopOnShutdown. */
  close(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** The API could not listen on HOST:PORT (taken, not allowed, no such address): one line, exit 1. */
export class ApiListenError extends Error {
  override name = 'ApiListenError';
}

function listenMessage(err: NodeJS.ErrnoException, host: string, port: number): string {
  const where = `${host}:${port}`;
  switch (err.code) {
    case 'EADDRINUSE':
      return `port ${port} is already in use (${where}): stop the other process or set PORT to a free port`;
    case 'EACCES':
      return `not allowed to listen on ${where}: set PORT to a port above 1023`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `HOST=${host} is not an address of this machine: set HOST to 127.0.0.1 or 0.0.0.0`;
    default:
      return `cannot listen on ${where}: ${err.message}`;
  }
}

/** Loopback and wildcard hosts are reached as localhost; any other host as itself. */
function urlHost(host: string): string {
  if (['127.0.0.1', '::1', 'localhost', '0.0.0.0', '::'].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
/** Largest request body accepted with a valid API key (ingestArticles carries whole articles). */
const BODY_LIMIT_BYTES = 10 * 1024 * 1024;
/**
 * Largest body accepted without one: queries never need more (string arguments are bounded at
 * 2 KB), and parsing a 10 MB JSON body would hold the event loop for a noticeable time.
 */
const QUERY_BODY_LIMIT_BYTES = 1024 * 1024;

function checkAuth(auth: AuthState): void {
  switch (auth) {
    case 'authorized':
      return;
    case 'disabled':
      throw apiError(
        ErrorCode.FORBIDDEN,
        'Mutations are disabled on this server: set API_KEY to enable them',
      );
    case 'missing':
      throw apiError(ErrorCode.UNAUTHENTICATED, 'Mutations need an Authorization: Bearer <API_KEY> header');
    case 'invalid':
      throw apiError(ErrorCode.UNAUTHENTICATED, 'The API key is not valid');
  }
}

/** Rejects unauthorized mutations and oversized operations before any resolver runs. */
function guardPlugin(limits: Limits): ApolloServerPlugin<ApiContext> {
  const check = operationChecker(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue, schema }) {
          if (!operation) return;
          // graphql-js 16 leaves this to execution, which fails with an uncoded (masked) error.
          if (!schema.getRootType(operation.operation)) {
            throw apiError(
              ErrorCode.BAD_USER_INPUT,
              `This API has no ${operation.operation} operations: send a query (or a mutation)`,
            );
          }
          if (operation.operation === 'mutation') checkAuth(contextValue.auth);
          check({ schema, document, operation, variables: request.variables ?? {} });
        },
      };
    },
  };
}

/**
 * Starts the GraphQL API on PORT: POST/GET /graphql, the offline explorer for browsers (GET /
 * and GET /graphql with Accept: text/html), /healthz (process up) and /readyz (Neo4j reachable,
 * schema migrated).
 */
export async function startApiServer(opts: ApiServerOptions): Promise<ApiServer> {
  const { config, db, log } = opts;
  const limits: Limits = {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxCost: config.MAX_QUERY_COST,
    maxAliases: config.MAX_ALIASES,
    maxPageSize: config.MAX_PAGE_SIZE,
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Requests are dispatched below: plain JSON POSTs to the GraphQL endpoint skip Express.
  const httpServer = http.createServer();

  const apollo = new ApolloServer<ApiContext>({
    schema: buildApiSchema(),
    // CSRF is checked by csrfGuard on requests that can change state only, so that GET queries
    // from standard clients (urql, graphql-request, Relay…) work; mutations need POST anyway.
    csrfPrevention: false,
    // The CLI owns SIGTERM/SIGINT: Apollo's own handlers would re-raise the signal and end the
    // process before a local Neo4j it started is stopped.
    stopOnTerminationSignals: false,
    introspection: config.GRAPHQL_INTROSPECTION,
    // "Did you mean …" hints would reveal the schema that disabled introspection hides.
    hideSchemaDetailsFromClientErrors: !config.GRAPHQL_INTROSPECTION,
    parseOptions: { maxTokens: DOCUMENT_CAPS.maxTokens },
    includeStacktraceInErrorResponses: config.EXPOSE_STACK_TRACES,
    formatError: createFormatError({ exposeStackTraces: config.EXPOSE_STACK_TRACES, log }),
    // The parser stops at DOCUMENT_CAPS.maxTokens, so every rule below sees a bounded document.
    validationRules: [documentCapsRule(), depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)],
    plugins: [
      // The default landing page loads from a CDN; the offline explorer replaces it.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of graph answers; this also saves a hook on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      guardPlugin(limits),
      legacyJsonStatusPlugin<ApiContext>(),
      databaseUnavailablePlugin(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await db.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });
  mountExplorer(app, GRAPHQL_PATH);
  mountExplore(app, GRAPHQL_PATH);

  const contextOptions = { db, apiKey: config.API_KEY, ingestArticles: opts.ingestArticles };
  const bodyLimit = (authorization: string | undefined) =>
    authState(authorization, config.API_KEY) === 'authorized' ? BODY_LIMIT_BYTES : QUERY_BODY_LIMIT_BYTES;
  const jsonParsers = {
    [BODY_LIMIT_BYTES]: express.json({ limit: BODY_LIMIT_BYTES }),
    [QUERY_BODY_LIMIT_BYTES]: express.json({ limit: QUERY_BODY_LIMIT_BYTES }),
  };
  const corsMiddleware = cors({
    origin: corsOrigin(config.CORS_ORIGINS),
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  });
  app.use(
    GRAPHQL_PATH,
    // Reads made while this request is handled share its deadline (SERVING_DB_OPTIONS).
    (_req: express.Request, _res: express.Response, next: express.NextFunction) => runAsRequest(next),
    corsMiddleware,
    csrfGuard,
    (req: express.Request, res: express.Response, next: express.NextFunction) =>
      jsonParsers[bodyLimit(req.headers.authorization)]!(req, res, next),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(contextOptions, req.headers.authorization),
    }),
  );
  // Last: JSON for unknown paths and for body-parser's errors (415 charset, 400 bad gzip, 413).
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(log));
  const post = graphqlPostHandler({
    apollo,
    path: GRAPHQL_PATH,
    cors: corsMiddleware,
    bodyLimitBytes: (req) => bodyLimit(req.headers.authorization),
    context: async (req) => createContext(contextOptions, req.headers.authorization),
  });
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (post.matches(req)) post.handle(req, res);
    else app(req, res);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.PORT, config.HOST, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await apollo.stop();
    throw new ApiListenError(listenMessage(err as NodeJS.ErrnoException, config.HOST, config.PORT));
  }
  const address = httpServer.address() as AddressInfo;
  const port = address.port;
  const url = `http://${urlHost(config.HOST)}:${port}${GRAPHQL_PATH}`;
  log(`GraphQL API at ${url} (explorer: open http://localhost:${port}/ in a browser)`);

  let closing: Promise<void> | null = null;
  return {
    url,
    address,
    close() {
      closing ??= (async () => {
        await apollo.stop();
        await opts.stopOnShutdown?.();
      })();
      return closing;
    },
  };
}
