import fs from 'node:fs';
import type { LocalNeo4jServer } from '../../src/db/local-server';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__newsgraphTestServer as
    | { server: LocalNeo4jServer; homeDir: string }
    | undefined;
  if (!state) return;
  await state.server.stop();
  fs.rmSync(state.homeDir, { recursive: true, force: true });
}
