import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The start of the request being served, carried through every await of its handling, so that
 * the Database can bound all the reads of one request together rather than each on its own (a
 * request that makes three reads must still answer within its budget).
 */
const requestStart = new AsyncLocalStorage<number>();

/** Runs `work` as one request: reads made anywhere inside it share the request's deadline. */
export function runAsRequest<T>(work: () => T): T {
  return requestStart.run(performance.now(), work);
}

/** When the current request started (performance.now()), or undefined outside a request. */
export function currentRequestStart(): number | undefined {
  return requestStart.getStore();
}
