import { configWarnings, loadConfig } from '../../src/config';

const messageOf = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
};

describe('config errors never echo the value they reject', () => {
  it.each([
    ['API_KEY', 'short-secret'],
    ['NEO4J_PASSWORD', 'seven7!'],
    ['NEO4J_URI', 'http://admin:hunter2-secret@db.example.com'],
    ['PORT', 'secret-port-99999'],
  ])('%s', (name, value) => {
    const message = messageOf({ [name]: value });
    expect(message).toMatch(new RegExp(`^${name} is invalid \\(.+\\): fix it in .env or the environment`));
    expect(message).not.toContain(value);
  });
});

describe('configWarnings', () => {
  it.each([
    ['the local server (loopback only)', {}, 0],
    ['NEO4J_URI on localhost with the default password', { NEO4J_URI: 'bolt://localhost:7687' }, 0],
    ['NEO4J_URI on 127.0.0.2 with the default password', { NEO4J_URI: 'neo4j://127.0.0.2:7687' }, 0],
    ['NEO4J_URI on another host with the default password', { NEO4J_URI: 'bolt://neo4j:7687' }, 1],
    [
      'NEO4J_URI on another host with a password of its own',
      { NEO4J_URI: 'bolt://db.example.com', NEO4J_PASSWORD: 'a-strong-one-42' },
      0,
    ],
  ])('%s', (_name, env, count) => {
    const warnings = configWarnings(loadConfig(env));
    expect(warnings).toHaveLength(count);
    for (const w of warnings)
      expect(w).toMatch(/^NEO4J_PASSWORD is the default one and NEO4J_URI names neo4j/);
  });
});
