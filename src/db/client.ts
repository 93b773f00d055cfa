import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import type { Config } from '../config';
import { cypher, statements } from './cypher';
import { currentRequestStart } from './request-deadline';

export type Params = Record<string, unknown>;

/** Yields the records of `cypher/<name>.cypher` as objects, pulled from the server as they are consumed. */
export type RecordStream = <T extends RecordShape = RecordShape>(
  name: string,
  params?: Params,
) => AsyncGenerator<T>;

export interface DatabaseOptions {
  url: string;
  user: string;
  password: string;
  database: string;
  /** Server-side timeout for every read and write transaction. */
  txTimeoutMs: number;
  /** Name sent as transaction metadata, visible in the server's query log. */
  app?: string;
  /** How long the driver may retry a transaction on transient errors (driver default 30 s). */
  maxRetryTimeMs?: number;
  /**
   * Reads that have not answered this long after the request started (see runAsRequest), or after
   * they started outside a request, fail with DatabaseUnavailableError. Without it a read waits
   * up to txTimeoutMs + 1 s, so that a server that answers reports its own timeout first. It covers
   * what no driver timeout does: a query sent on an open connection to a server that stopped
   * answering (one shutting down waits for its transactions before it closes connections).
   */
  readDeadlineMs?: number;
}

/**
 * Connection timeouts: a stopped or unreachable Neo4j fails a request within seconds instead of
 * the driver's defaults (30 s to connect, 60 s to acquire a connection from the pool).
 */
export const CONNECT_TIMEOUT_MS = 2_000;
export const ACQUISITION_TIMEOUT_MS = 3_000;
/**
 * How the API talks to Neo4j: a 0.5 s retry window (one retry, after ~1 s) and a 1.5 s deadline
 * for the reads of one request, so that a request is answered (with data or DATABASE_UNAVAILABLE)
 * within 3 s even while Neo4j is away, stopping or starting: the rest is left for GraphQL, HTTP
 * and an event loop that a loaded machine delays (a 2 s deadline once gave a 3.07 s answer).
 * The CLI's ingest and export keep the driver's 30 s retries.
 */
export const SERVING_DB_OPTIONS = { maxRetryTimeMs: 500, readDeadlineMs: 1_500 } as const;

/** Neo4j error codes that mean the server cannot be used right now (or not with these credentials). */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** Neo4j could not be reached (or refused the credentials); `reason` is the driver's message. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(
    readonly reason: string,
    readonly code: string | undefined,
  ) {
    super(`Neo4j is unavailable: ${reason}`);
  }
}

/** The error to throw for a driver error: DatabaseUnavailableError when the server cannot be used. */
export function classifyDriverError(err: unknown): unknown {
  if (!(err instanceof neo4j.Neo4jError)) return err;
  // The pool's acquisition timeout is the one driver error without a code of its own ('N/A').
  const acquisition = err.code === 'N/A' && err.message.startsWith('Connection acquisition timed out');
  if (UNAVAILABLE_CODES.has(err.code) || acquisition)
    return new DatabaseUnavailableError(err.message, err.code);
  return err;
}

/** How many rounds of replayed reads one warm-up may take before readiness checks start over. */
const MAX_WARM_UP_ROUNDS = 10;

/** Data migrations run by `migrate` after the schema, in order (cypher/migrate/). */
const MIGRATIONS = ['migrate/set-surname-keys', 'migrate/set-participation-keys'];

/** Neo4j error codes that mean "the data is not as the caller expected", not a server fault. */
export const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * The only module that opens sessions and transactions. Statements are named by their file in
 * cypher/ (`read('find-entity', …)`), always run in managed transactions so the driver's retries
 * apply, and are counted so tests can prove round trips do not grow with result size.
 */
export class Database {
  private roundTrips = 0;
  /**
   * Shared by every session of this process, so a read that follows a write sees it even when a
   * cluster routes the read to a follower (causal consistency through bookmarks).
   */
  private readonly bookmarks = neo4j.bookmarkManager();
  /**
   * The parameters of the last successful read of each statement and how long it usually takes
   * (see `remember`), replayed by `warmUp`.
   */
  private readonly lastReads = new Map<string, { params: Params; ms: number }>();
  /** 'cold' after a failed readiness check, 'warming' while the reads are replayed. */
  private plans: 'warm' | 'cold' | 'warming' = 'warm';

  private constructor(
    readonly driver: Driver,
    private readonly opts: DatabaseOptions,
  ) {}

  static connect(opts: DatabaseOptions): Database {
    const driver = neo4j.driver(opts.url, neo4j.auth.basic(opts.user, opts.password), {
      // Integers beyond 2^53 never occur in our counts; plain numbers keep resolvers simple.
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionTimeout: CONNECT_TIMEOUT_MS,
      connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
      ...(opts.maxRetryTimeMs === undefined ? {} : { maxTransactionRetryTime: opts.maxRetryTimeMs }),
      logging: { level: 'error', logger: () => undefined },
    });
    return new Database(driver, opts);
  }

  static fromConfig(
    config: Config,
    app = 'newsgraph',
    overrides: Pick<DatabaseOptions, 'maxRetryTimeMs' | 'readDeadlineMs'> = {},
  ): Database {
    return Database.connect({
      ...overrides,
      url: config.boltUrl,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
      app,
    });
  }

  /** Statements sent since this Database was opened (or since `resetRoundTrips`). */
  get roundTripCount(): number {
    return this.roundTrips;
  }

  resetRoundTrips(): void {
    this.roundTrips = 0;
  }

  /** Runs `cypher/<name>.cypher` in a managed read transaction and returns its records as objects. */
  async read<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<T[]> {
    const started = performance.now();
    const rows = await this.readTx((tx) => this.run<T>(tx, name, params));
    this.remember(name, params, performance.now() - started);
    return rows;
  }

  /**
   * Keeps the parameters of a statement's last read and a moving average of its time. The time
   * is updated only while the server is warm, so that slow reads on a restarting server do not
   * raise the bar `warmUp` measures against.
   */
  private remember(name: string, params: Params, ms: number): void {
    const known = this.lastReads.get(name);
    if (!known) this.lastReads.set(name, { params, ms });
    else
      this.lastReads.set(name, { params, ms: this.plans === 'warm' ? 0.8 * known.ms + 0.2 * ms : known.ms });
  }

  /** Runs `cypher/<name>.cypher` in a managed write transaction and returns its records as objects. */
  async write<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => this.run<T>(tx, name, params));
  }

  /** A managed read transaction: retried by the driver on transient errors; bounded by readDeadlineMs. */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, metadata: Params = {}): Promise<T> {
    return this.readWithin(this.opts.readDeadlineMs, work, metadata);
  }

  /** A managed read transaction that fails with DatabaseUnavailableError after `budget` ms. */
  private readWithin<T>(
    budget: number | undefined,
    work: (tx: ManagedTransaction) => Promise<T>,
    metadata: Params = {},
  ): Promise<T> {
    const deadlineMs =
      budget === undefined
        ? this.opts.txTimeoutMs + 1_000
        : Math.max(0, (currentRequestStart() ?? performance.now()) + budget - performance.now());
    const config = this.txConfig(metadata);
    // The server stops a read nobody waits for any more, rather than running it to txTimeoutMs.
    if (budget !== undefined) config.timeout = Math.max(1, Math.min(config.timeout, Math.ceil(deadlineMs)));
    const read = this.withSession('READ', (s) => s.executeRead(work, config));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DatabaseUnavailableError(`no answer within ${budget ?? deadlineMs} ms`, undefined)),
        deadlineMs,
      );
    });
    // The abandoned read still ends (the server or the driver ends it) and closes its session.
    read.catch(() => undefined);
    return Promise.race([read, late]).finally(() => clearTimeout(timer));
  }

  /** A managed write transaction: all-or-nothing, retried by the driver on transient errors. */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, metadata: Params = {}): Promise<T> {
    return this.withSession('WRITE', (s) => s.executeWrite(work, this.txConfig(metadata)));
  }

  /** Runs a named statement inside a transaction the caller holds. */
  async run<T extends RecordShape = RecordShape>(
    tx: ManagedTransaction,
    name: string,
    params: Params = {},
  ): Promise<T[]> {
    const result = await this.runText(tx, cypher(name), params);
    return result.records.map((r) => r.toObject() as T);
  }

  /** Runs statement text that came from a cypher/ file (see `cypher()`), counting the round trip. */
  runText(tx: ManagedTransaction, text: string, params: Params = {}): Promise<QueryResult> {
    this.roundTrips++;
    return tx.run(text, params);
  }

  /**
   * Runs `work` in one read transaction and hands it `stream(name, params)`, which yields the records
   * of `cypher/<name>.cypher` while the caller consumes them: the driver asks the server for the next
   * batch (fetchSize) only when its buffer runs low, so a result larger than memory can be written
   * out with back-pressure. Every statement streamed sees the same snapshot. Consume one stream
   * before starting the next (the driver buffers an unconsumed one). Not retried, unlike `readTx`: a
   * half-written output cannot be replayed. `timeoutMs` replaces NEO4J_TX_TIMEOUT_MS for long exports.
   */
  async streamRead<R>(
    work: (stream: RecordStream) => Promise<R>,
    opts: { timeoutMs?: number } = {},
  ): Promise<R> {
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.bookmarks,
    });
    const config = this.txConfig({});
    const tx = session.beginTransaction({ ...config, timeout: opts.timeoutMs ?? config.timeout });
    const countTrip = () => this.roundTrips++;
    async function* stream<T extends RecordShape>(name: string, params: Params = {}): AsyncGenerator<T> {
      countTrip();
      for await (const record of tx.run(cypher(name), params)) yield record.toObject() as T;
    }
    try {
      const result = await work(stream);
      await tx.commit();
      return result;
    } catch (err) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw err;
    } finally {
      await session.close();
    }
  }

  /** Applies cypher/schema.cypher; every statement is idempotent (IF NOT EXISTS). */
  async migrate(): Promise<void> {
    for (const statement of statements('schema')) {
      await this.withSession('WRITE', (s) => s.run(statement).then(() => undefined));
    }
    await this.withSession('READ', (s) => s.run('CALL db.awaitIndexes(120)').then(() => undefined));
    // Data migrations: idempotent, in auto-commit transactions (they batch with IN TRANSACTIONS).
    for (const name of MIGRATIONS) {
      await this.withSession('WRITE', (s) => s.run(cypher(name)).then(() => undefined));
    }
  }

  /**
   * True when the server answers and every index and constraint of cypher/schema.cypher is
   * online; false when it does not answer within `timeoutMs`. After a failed check (the server
   * was away), the first successful one starts `warmUp` in the background and says false until
   * it is done, so that "ready" again means the API's reads answer within their deadline, not
   * only that Bolt accepts connections.
   */
  async isReady(timeoutMs = 1_500): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const check = (async () => {
      const names = await this.read<{ name: string; state: string }>('list-schema');
      const online = new Set(names.filter((n) => n.state === 'ONLINE').map((n) => n.name));
      return expectedSchemaNames().every((n) => online.has(n));
    })().catch(() => false);
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      const ready = await Promise.race([check, late]);
      if (!ready) {
        if (this.plans === 'warm') this.plans = 'cold';
        return false;
      }
      if (this.plans === 'cold') void this.warmUp();
      return this.plans === 'warm';
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Replays the last read of every statement, in rounds, until one round answers each of them
   * in time: within a quarter of the read deadline (room for concurrent requests), or within
   * twice what it usually took before the outage when that is longer. A restarted Neo4j is a
   * fresh JVM: its query cache is empty, its page cache cold and its planner and runtime not yet
   * compiled by the JIT, so for ~10–30 s the same reads take 10–50× longer (0.5–6 s instead of
   * 10–150 ms on a loaded 2-core machine). Saying "ready" after a single replay, even one that
   * missed its deadline, let the reads that followed miss theirs. The replays get the transaction
   * timeout rather than the request deadline, so that a slow first run finishes (and warms the
   * server) instead of being stopped and sent again. A connection error means the server went
   * away again, and after MAX_WARM_UP_ROUNDS the warm-up gives up for now: in both cases the next
   * readiness check starts over.
   */
  private async warmUp(): Promise<void> {
    this.plans = 'warming';
    const inTime = (this.opts.readDeadlineMs ?? this.opts.txTimeoutMs) / 4;
    try {
      for (let round = 0; round < MAX_WARM_UP_ROUNDS; round++) {
        let warm = true;
        for (const [name, { params, ms }] of [...this.lastReads]) {
          const started = performance.now();
          try {
            await this.readWithin(undefined, (tx) => this.run(tx, name, params));
          } catch (err) {
            // No answer within the transaction timeout: not warm yet; anything else: not back.
            if (!(err instanceof DatabaseUnavailableError && err.code === undefined)) throw err;
          }
          if (performance.now() - started > Math.max(inTime, 2 * ms)) warm = false;
        }
        if (warm) {
          this.plans = 'warm';
          return;
        }
      }
      this.plans = 'cold';
    } catch {
      this.plans = 'cold';
    }
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.opts.database });
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private txConfig(metadata: Params) {
    return { timeout: this.opts.txTimeoutMs, metadata: { app: this.opts.app ?? 'newsgraph', ...metadata } };
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (s: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    // Always name the database: it saves the round trip that resolves the home database.
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      return await work(session);
    } catch (err) {
      throw classifyDriverError(err);
    } finally {
      await session.close();
    }
  }
}

/** Names of the constraints and indexes that cypher/schema.cypher creates. */
export function expectedSchemaNames(): string[] {
  return statements('schema').flatMap((s) => {
    const m = /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+)?INDEX)\s+(\w+)/i.exec(s);
    return m?.[1] ? [m[1]] : [];
  });
}

/**
 * What a failed connection attempt means, for one line of CLI output: the server rejects the
 * credentials (naming the settings to check), or it does not answer (with the driver's reason).
 */
export function describeConnectionError(err: unknown): string {
  const code = err instanceof DatabaseUnavailableError ? err.code : neo4jErrorCode(err);
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return 'answers but rejects the credentials: check NEO4J_USER and NEO4J_PASSWORD';
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return 'answers but refuses logins for a few seconds after failed ones: check NEO4J_PASSWORD and retry';
  }
  const reason =
    err instanceof DatabaseUnavailableError ? err.reason : err instanceof Error ? err.message : String(err);
  return `does not answer (${reason})`;
}

/** The Neo4j error code of a driver error, or undefined for other errors. */
export function neo4jErrorCode(err: unknown): string | undefined {
  return err instanceof neo4j.Neo4jError ? err.code : undefined;
}
