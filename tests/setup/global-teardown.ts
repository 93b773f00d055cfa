import type { ThrowawayServer } from '../../src/db/throwaway-server';

export default async function globalTeardown(): Promise<void> {
  const throwaway = (globalThis as Record<string, unknown>).__newsgraphTestServer as
    ThrowawayServer | undefined;
  await throwaway?.dispose();
}
