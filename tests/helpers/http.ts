import type { Database } from '../../src/db/client';
import { freePort } from '../../src/db/local-server';
import { startApiServer, type ApiServer } from '../../src/api/server';
import type { IngestArticles } from '../../src/ingest/report';
import { testConfig } from './db';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

export interface TestApi {
  api: ApiServer;
  url: string;
  /** POSTs one operation as JSON and returns the status and body. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
}

/** Starts the API on a free port against `db`, with settings overridden by `env`. */
export async function startTestApi(
  db: Database,
  opts: { env?: NodeJS.ProcessEnv; ingestArticles?: IngestArticles; log?: (line: string) => void } = {},
): Promise<TestApi> {
  const config = testConfig({ PORT: String(await freePort()), ...opts.env });
  const api = await startApiServer({
    config,
    db,
    log: opts.log ?? (process.env.DEBUG_API ? (line) => process.stderr.write(`${line}\n`) : () => undefined),
    ingestArticles: opts.ingestArticles,
  });
  const gql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: res.status, ...body };
  };
  return { api, url: api.url, gql };
}
