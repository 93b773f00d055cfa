import crypto from 'node:crypto';
import type { Database } from '../db/client';
import type { IngestArticles } from '../ingest/report';
import { Loaders } from './loaders';
import { GraphRepository } from './repository/graph';

/** Whether the request may run mutations. */
export type AuthState = 'authorized' | 'missing' | 'invalid' | 'disabled';

/** What every resolver gets: per-request loaders, the repository and the caller's auth state. */
export interface ApiContext {
  loaders: Loaders;
  repo: GraphRepository;
  auth: AuthState;
  ingestArticles: IngestArticles | undefined;
}

/** Compares a presented key with the configured one in time independent of where they differ. */
export function keyMatches(presented: string, expected: string): boolean {
  // Hashing first gives equal-length buffers, so neither length nor content leaks through timing.
  const a = crypto.createHash('sha256').update(presented).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

export function authState(header: string | undefined, apiKey: string | undefined): AuthState {
  if (!apiKey) return 'disabled';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m?.[1]) return 'missing';
  return keyMatches(m[1], apiKey) ? 'authorized' : 'invalid';
}

export interface ContextOptions {
  db: Database;
  apiKey: string | undefined;
  ingestArticles?: IngestArticles;
}

/** Builds the per-request context; loaders are new per request so nothing is cached across users. */
export function createContext(opts: ContextOptions, authorization: string | undefined): ApiContext {
  return {
    loaders: new Loaders(opts.db),
    repo: new GraphRepository(opts.db),
    auth: authState(authorization, opts.apiKey),
    ingestArticles: opts.ingestArticles,
  };
}
