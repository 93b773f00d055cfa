import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../config';
import { cypher } from './cypher';

/** What it takes to run one local Neo4j server; LocalServerOptions.fromConfig builds it from settings. */
export interface LocalServerOptions {
  /** Server home: conf/, data/, logs/ and the pid file live here. */
  homeDir: string;
  boltPort: number;
  httpPort: number;
  user: string;
  password: string;
  heapSize: string;
  pageCacheSize: string;
  startTimeoutMs: number;
  /** Where the resolved jar classpath is cached (shared by every home). */
  cacheDir: string;
  log?: (line: string) => void;
}

export class LocalServerError extends Error {
  override name = 'LocalServerError';
}

const POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const DOCKER_HINT =
  'or run Neo4j with `docker compose up -d neo4j` and set NEO4J_URI=bolt://localhost:7687 (see README)';

/** A Neo4j Community server run from its Maven Central jars, as a child process of this machine. */
export class LocalNeo4jServer {
  constructor(private readonly opts: LocalServerOptions) {}

  get boltUrl(): string {
    return `bolt://127.0.0.1:${this.opts.boltPort}`;
  }

  get browserUrl(): string {
    return `http://127.0.0.1:${this.opts.httpPort}/browser/`;
  }

  private get pidFile(): string {
    return path.join(this.opts.homeDir, 'run', 'newsgraph-neo4j.pid');
  }

  /** The pid of a server started from this home that is still alive, or null. */
  runningPid(): number | null {
    let pid: number;
    try {
      pid = Number(fs.readFileSync(this.pidFile, 'utf8').trim());
    } catch {
      return null;
    }
    if (!Number.isInteger(pid) || pid <= 0) return null;
    try {
      process.kill(pid, 0);
      return pid;
    } catch {
      return null;
    }
  }

  /**
   * Starts the server and waits until Bolt answers with the configured password.
   * Returns false (and starts nothing) when a server from this home is already running.
   */
  async start(): Promise<boolean> {
    if (this.runningPid() !== null) {
      await this.waitForBolt(this.opts.startTimeoutMs);
      return false;
    }
    for (const port of [this.opts.boltPort, this.opts.httpPort]) {
      if (await portInUse(port)) {
        throw new LocalServerError(
          `port ${port} is already in use by another program: stop it, choose other NEO4J_BOLT_PORT/NEO4J_HTTP_PORT, or set NEO4J_URI to use that server`,
        );
      }
    }
    const classpath = resolveClasspath(this.opts.cacheDir, this.opts.log);
    this.writeConfig();
    const logFile = path.join(this.opts.homeDir, 'logs', 'console.log');
    const out = fs.openSync(logFile, 'a');
    const child = spawn(
      'java',
      [
        `-Xms${this.opts.heapSize}`,
        `-Xmx${this.opts.heapSize}`,
        '-XX:+UseG1GC',
        '-XX:-OmitStackTraceInFastThrow',
        '-XX:+DisableExplicitGC',
        '-Djdk.nio.maxCachedBufferSize=1024',
        '-Dio.netty.tryReflectionSetAccessible=true',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '-cp',
        classpath,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${this.opts.homeDir}`,
        `--config-dir=${path.join(this.opts.homeDir, 'conf')}`,
      ],
      { detached: true, stdio: ['ignore', out, out] },
    );
    fs.closeSync(out);
    if (child.pid === undefined) throw new LocalServerError(`could not start java: see ${logFile}`);
    fs.writeFileSync(this.pidFile, String(child.pid));
    child.unref();
    let exited: number | null = null;
    child.once('exit', (code) => (exited = code ?? -1));
    try {
      await this.waitForBolt(this.opts.startTimeoutMs, () => exited);
    } catch (err) {
      await this.stop();
      throw err;
    }
    return true;
  }

  /** Stops the server started from this home (SIGTERM, then SIGKILL after 60 s). False if none ran. */
  async stop(): Promise<boolean> {
    const pid = this.runningPid();
    if (pid === null) {
      fs.rmSync(this.pidFile, { force: true });
      return false;
    }
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && isAlive(pid)) await sleep(200);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    fs.rmSync(this.pidFile, { force: true });
    return true;
  }

  /** True when Bolt answers with the configured credentials. */
  async boltAnswers(): Promise<boolean> {
    return (await this.boltStatus()) === 'answers';
  }

  /**
   * Whether Bolt answers with the configured credentials ('answers'), accepts them but wants the
   * password changed first ('must-change', a fresh server's neo4j/neo4j), answers but rejects them
   * ('wrong-password'), or does not answer at all ('no-answer').
   */
  async boltStatus(
    password: string = this.opts.password,
  ): Promise<'answers' | 'must-change' | 'wrong-password' | 'no-answer'> {
    const driver = neo4j.driver(this.boltUrl, neo4j.auth.basic(this.opts.user, password), {
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      // Resolves false (rather than throwing) when the server rejects the credentials.
      return (await driver.verifyAuthentication()) ? 'answers' : 'wrong-password';
    } catch (err) {
      const code = err instanceof neo4j.Neo4jError ? err.code : '';
      if (code === 'Neo.ClientError.Security.CredentialsExpired') return 'must-change';
      return code === 'Neo.ClientError.Security.Unauthorized' ? 'wrong-password' : 'no-answer';
    } finally {
      await driver.close();
    }
  }

  /** The one-line message for a server that answers but rejects NEO4J_PASSWORD. */
  wrongPasswordMessage(): string {
    return `Neo4j at ${this.boltUrl} answers but rejects NEO4J_PASSWORD for user ${this.opts.user}: the local server keeps the password it was first started with, so set that one (or delete ${path.join(this.opts.homeDir, 'data')} to start afresh)`;
  }

  private async waitForBolt(timeoutMs: number, exitCode: () => number | null = () => null): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const code = exitCode();
      if (code !== null) {
        throw new LocalServerError(
          `Neo4j exited with code ${code} while starting: see ${path.join(this.opts.homeDir, 'logs')}`,
        );
      }
      // Bolt and the system database answer before the default database is online on a fresh
      // store: "ready" means a query on it works.
      if ((await this.ensurePassword()) && (await this.defaultDatabaseOnline())) return;
      await sleep(500);
    }
    throw new LocalServerError(
      `Neo4j did not answer on ${this.boltUrl} within ${timeoutMs} ms: see ${path.join(this.opts.homeDir, 'logs')} or raise NEO4J_START_TIMEOUT_MS`,
    );
  }

  /** Whether a query on the default database runs (it comes online after Bolt answers). */
  private async defaultDatabaseOnline(): Promise<boolean> {
    const driver = neo4j.driver(this.boltUrl, neo4j.auth.basic(this.opts.user, this.opts.password), {
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      const session = driver.session();
      try {
        await session.run(cypher('list-schema'));
        return true;
      } finally {
        await session.close();
      }
    } catch {
      return false;
    } finally {
      await driver.close();
    }
  }

  /**
   * A fresh server only knows neo4j/neo4j with a password that must be changed; change it to the
   * configured one on first contact. Returns true once the configured credentials work.
   */
  private async ensurePassword(): Promise<boolean> {
    const status = await this.boltStatus();
    if (status === 'answers') return true;
    const driver = neo4j.driver(this.boltUrl, neo4j.auth.basic(this.opts.user, 'neo4j'), {
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      const session = driver.session({ database: 'system' });
      try {
        await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', {
          old: 'neo4j',
          new: this.opts.password,
        });
      } finally {
        await session.close();
      }
      return this.boltAnswers();
    } catch (err) {
      // Neither the configured password nor the initial one opens it: waiting will not help.
      const code = err instanceof neo4j.Neo4jError ? err.code : '';
      if (status === 'wrong-password' && code === 'Neo.ClientError.Security.Unauthorized') {
        throw new LocalServerError(this.wrongPasswordMessage());
      }
      return false;
    } finally {
      await driver.close();
    }
  }

  private writeConfig(): void {
    const home = this.opts.homeDir;
    for (const dir of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) {
      fs.mkdirSync(path.join(home, dir), { recursive: true });
    }
    const conf = [
      '# Written by Newsgraph (src/db/local-server.ts) at every start; edit the settings in .env instead.',
      'server.default_listen_address=127.0.0.1',
      'server.default_advertised_address=127.0.0.1',
      `server.bolt.listen_address=127.0.0.1:${this.opts.boltPort}`,
      `server.bolt.advertised_address=127.0.0.1:${this.opts.boltPort}`,
      `server.http.listen_address=127.0.0.1:${this.opts.httpPort}`,
      `server.http.advertised_address=127.0.0.1:${this.opts.httpPort}`,
      'server.https.enabled=false',
      `server.directories.data=${path.join(home, 'data')}`,
      `server.directories.logs=${path.join(home, 'logs')}`,
      `server.directories.run=${path.join(home, 'run')}`,
      `server.directories.plugins=${path.join(home, 'plugins')}`,
      `server.directories.import=${path.join(home, 'import')}`,
      `server.memory.heap.initial_size=${this.opts.heapSize}`,
      `server.memory.heap.max_size=${this.opts.heapSize}`,
      `server.memory.pagecache.size=${this.opts.pageCacheSize}`,
      'dbms.security.auth_enabled=true',
      'dbms.usage_report.enabled=false',
      // Neo4j Browser, served by this server, stays on this machine. Browser on Community ignores
      // browser.allow_outgoing_connections (5.x does not even declare it) and loads product
      // analytics (segment), a feedback widget (canny) and Google Fonts anyway: the server's
      // default Content-Security-Policy for Browser lists those hosts. This policy allows only
      // this server's own files and connections to this machine, so the browser never opens a
      // connection elsewhere. Telemetry off and guides from this host only, for Browser itself.
      `dbms.security.http_static_content_security_policy_header=${BROWSER_CSP}`,
      'client.allow_telemetry=false',
      'browser.remote_content_hostname_whitelist=localhost',
      // Two cores: keep Bolt's worker pool small so the server does not starve the app.
      'server.bolt.thread_pool_max_size=64',
      'db.transaction.timeout=60s',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(home, 'conf', 'neo4j.conf'), conf);
  }
}

/** Content-Security-Policy for Neo4j Browser: its own files, Bolt and HTTP on loopback, nothing else. */
export const BROWSER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:*",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Resolves the server's jars with Maven (downloaded once into ~/.m2) and returns the classpath.
 * The result is cached beside the pom's hash, so a second start runs no Maven at all.
 */
export function resolveClasspath(cacheDir: string, log: (line: string) => void = () => undefined): string {
  const pomHash = crypto.createHash('sha256').update(fs.readFileSync(POM)).digest('hex').slice(0, 16);
  const cacheFile = path.join(cacheDir, `neo4j-classpath-${pomHash}.txt`);
  if (fs.existsSync(cacheFile)) {
    const cached = fs.readFileSync(cacheFile, 'utf8').trim();
    if (cached.split(path.delimiter).every((jar) => fs.existsSync(jar))) return cached;
  }
  requireCommand('java', ['-version']);
  requireCommand('mvn', ['-v']);
  log('resolving Neo4j jars with Maven (first run downloads them into ~/.m2)…');
  fs.mkdirSync(cacheDir, { recursive: true });
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0 || !fs.existsSync(cacheFile)) {
    const detail = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-3).join(' | ');
    throw new LocalServerError(
      `Maven could not resolve the Neo4j jars (${detail}): check network access to Maven Central, ${DOCKER_HINT}`,
    );
  }
  return fs.readFileSync(cacheFile, 'utf8').trim();
}

function requireCommand(command: string, args: string[]): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error) {
    throw new LocalServerError(
      `\`${command}\` was not found on PATH: install it (Java 17+ and Maven run the local Neo4j), ${DOCKER_HINT}`,
    );
  }
}

/** True when something listens on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A free TCP port on 127.0.0.1, as chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
