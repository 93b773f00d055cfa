import path from 'node:path';
import { z } from 'zod';

/** The project root: where package.json, cypher/ and schema.graphql live. */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

const port = z.coerce.number().int().min(1).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const size = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 1g');

/** Every setting Newsgraph reads, with its default. `.env.example` documents each one. */
const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'a bolt:// or neo4j:// URL')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'at least 8 characters').default('newsgraph-local'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEWSGRAPH_DATA_DIR: z.string().min(1).default('.newsgraph'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP_SIZE: size.default('1g'),
  NEO4J_PAGECACHE_SIZE: size.default('512m'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  PORT: port.default(4000),
  /** Interface the API listens on: loopback for local use; 0.0.0.0 in the Docker image. */
  HOST: z.string().min(1).default('127.0.0.1'),
  API_KEY: z.string().min(16, 'at least 16 characters').optional(),
  CORS_ORIGINS: z.string().default(''),
  GRAPHQL_INTROSPECTION: bool.default(true),
  EXPOSE_STACK_TRACES: bool.default(false),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).max(50).default(10),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(5_000),
  MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  INGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(1_000).default(50),
});

type Env = z.infer<typeof schema>;

export interface Config extends Env {
  /** Absolute path of NEWSGRAPH_DATA_DIR. */
  dataDir: string;
  /** True when no NEO4J_URI is given and Newsgraph runs its own Neo4j. */
  useLocalServer: boolean;
  /** The Bolt URL to connect to: NEO4J_URI, or the local server's. */
  boltUrl: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses and validates settings from `env` (process.env after dotenv by default).
 * Throws a ConfigError whose one-line message names the variable and what to do.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(
    Object.keys(schema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'setting');
    // Never the value: it may be a password, an API key or a URL with credentials in it.
    throw new ConfigError(
      `${name} is invalid (${issue.message}): fix it in .env or the environment (see .env.example)`,
    );
  }
  const values = parsed.data;
  const dataDir = path.resolve(PROJECT_ROOT, values.NEWSGRAPH_DATA_DIR);
  const useLocalServer = values.NEO4J_URI === undefined;
  return {
    ...values,
    dataDir,
    useLocalServer,
    boltUrl: values.NEO4J_URI ?? `bolt://127.0.0.1:${values.NEO4J_BOLT_PORT}`,
  };
}

/** The NEO4J_PASSWORD that .env.example and docker-compose.yml ship with. */
export const DEFAULT_NEO4J_PASSWORD = 'newsgraph-local';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Warnings about settings that work but are unsafe: the default Neo4j password on a server that
 * is reachable beyond this machine (NEO4J_URI naming another host). The local server listens on
 * loopback only, so there the default is harmless.
 */
export function configWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.NEO4J_PASSWORD === DEFAULT_NEO4J_PASSWORD && config.NEO4J_URI !== undefined) {
    let host = '';
    try {
      host = new URL(config.NEO4J_URI.replace(/^[a-z+]+:/, 'http:')).hostname;
    } catch {
      host = '';
    }
    if (!LOOPBACK_HOSTS.has(host) && !host.startsWith('127.')) {
      warnings.push(
        `NEO4J_PASSWORD is the default one and NEO4J_URI names ${host || 'another host'}, which is reachable beyond this machine: set a password of your own on the server and in .env`,
      );
    }
  }
  return warnings;
}

/** Loads `.env` from the project root (never overriding the real environment), then validates. */
export function loadConfigFromEnv(): Config {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('dotenv').config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
  return loadConfig(process.env);
}
