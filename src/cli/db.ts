import type { Command } from 'commander';
import { loadConfigFromEnv } from '../config';
import { Database, describeConnectionError } from '../db/client';
import { localServer } from '../db/runtime';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** `newsgraph db start|stop|status|migrate`. */
export function registerDb(program: Command): void {
  const db = program
    .command('db')
    .description('manage the database (the local Neo4j when NEO4J_URI is unset)');

  db.command('start')
    .description('start the local Neo4j and wait until Bolt answers')
    .action(async () => {
      const config = loadConfigFromEnv();
      if (!config.useLocalServer) {
        say(`NEO4J_URI is set (${config.boltUrl}): nothing to start; unset it to use the local server`);
        return;
      }
      const server = localServer(config, say);
      const started = Date.now();
      if (await server.start()) {
        say(`Neo4j started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } else {
        say(`Neo4j is already running (pid ${server.runningPid()}): not starting a second server`);
      }
      const database = Database.fromConfig(config);
      try {
        await database.migrate();
      } finally {
        await database.close();
      }
      say(`Bolt: ${server.boltUrl}`);
      say(`Neo4j Browser: ${server.browserUrl} (user ${config.NEO4J_USER})`);
    });

  db.command('stop')
    .description('stop the local Neo4j')
    .action(async () => {
      const config = loadConfigFromEnv();
      const stopped = await localServer(config).stop();
      say(stopped ? 'Neo4j stopped' : 'Neo4j is not running');
    });

  db.command('status')
    .description('say whether the database runs and answers')
    .action(async () => {
      const config = loadConfigFromEnv();
      if (config.useLocalServer) {
        const server = localServer(config);
        const pid = server.runningPid();
        if (pid === null) {
          say('local Neo4j: not running (start it with `newsgraph db start`)');
          process.exitCode = 3;
          return;
        }
        const status = await server.boltStatus();
        if (status === 'wrong-password') {
          say(`local Neo4j: running (pid ${pid}); ${server.wrongPasswordMessage()}`);
          process.exitCode = 1;
          return;
        }
        const answers = status === 'answers';
        say(
          `local Neo4j: running (pid ${pid}), Bolt ${answers ? 'answers' : 'does not answer'} at ${server.boltUrl}`,
        );
        if (answers) say(`Neo4j Browser: ${server.browserUrl}`);
        if (!answers) process.exitCode = 1;
        return;
      }
      const database = Database.fromConfig(config);
      try {
        await database.verify();
        say(
          `Neo4j at ${config.boltUrl}: answers; schema ${(await database.isReady()) ? 'migrated' : 'not migrated'}`,
        );
      } catch (err) {
        say(`Neo4j at ${config.boltUrl}: ${describeConnectionError(err)}`);
        process.exitCode = 1;
      } finally {
        await database.close();
      }
    });

  db.command('migrate')
    .description('apply cypher/schema.cypher (idempotent)')
    .action(async () => {
      const config = loadConfigFromEnv();
      const database = Database.fromConfig(config);
      try {
        await database.migrate();
        say('schema applied');
      } finally {
        await database.close();
      }
    });
}
