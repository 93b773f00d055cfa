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
  /** Stops accepting requests, lets running ones finish, then runs stopOnShutdown. */
  close(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';
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
    csrfPrevention: true,
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

  const origins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const contextOptions = { db, apiKey: config.API_KEY, ingestArticles: opts.ingestArticles };
  const bodyLimit = (authorization: string | undefined) =>
    authState(authorization, config.API_KEY) === 'authorized' ? BODY_LIMIT_BYTES : QUERY_BODY_LIMIT_BYTES;
  const jsonParsers = {
    [BODY_LIMIT_BYTES]: express.json({ limit: BODY_LIMIT_BYTES }),
    [QUERY_BODY_LIMIT_BYTES]: express.json({ limit: QUERY_BODY_LIMIT_BYTES }),
  };
  const corsMiddleware = cors({
    origin: origins.length > 0 ? origins : false,
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  });
  app.use(
    GRAPHQL_PATH,
    // Reads made while this request is handled share its deadline (SERVING_DB_OPTIONS).
    (_req: express.Request, _res: express.Response, next: express.NextFunction) => runAsRequest(next),
    corsMiddleware,
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

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}${GRAPHQL_PATH}`;
  log(`GraphQL API at ${url} (explorer: open http://localhost:${port}/ in a browser)`);

  let closing: Promise<void> | null = null;
  return {
    url,
    close() {
      closing ??= (async () => {
        await apollo.stop();
        await opts.stopOnShutdown?.();
      })();
      return closing;
    },
  };
}
