import { RELATION_TYPES, isEntityType, isEventType, isRelationType } from '../../domain/types';
import { apiError, ErrorCode } from '../errors';

/**
 * Allow-list checks: enum arguments are already validated by GraphQL, but anything that becomes
 * a label or relationship type is checked again here, right before it reaches Cypher.
 */
export function relationTypesOf(types: readonly string[] | null | undefined): string[] {
  if (!types || types.length === 0) return [...RELATION_TYPES];
  return types.map((t) => {
    if (!isRelationType(t))
      throw apiError(ErrorCode.BAD_USER_INPUT, `Unknown relation type ${t}`, { argument: 'types' });
    return t;
  });
}

export function entityTypesOf(types: readonly string[] | null | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  return types.map((t) => {
    if (!isEntityType(t))
      throw apiError(ErrorCode.BAD_USER_INPUT, `Unknown entity type ${t}`, { argument: 'types' });
    return t;
  });
}

export function eventTypesOf(types: readonly string[] | null | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  return types.map((t) => {
    if (!isEventType(t))
      throw apiError(ErrorCode.BAD_USER_INPUT, `Unknown event type ${t}`, { argument: 'types' });
    return t;
  });
}

/** Loads every id with a loader and drops the ones that are gone. */
export async function loadAll<T>(
  loader: { loadMany(ids: readonly string[]): Promise<Array<T | null | Error>> },
  ids: readonly string[],
): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.flatMap((r) => {
    if (r instanceof Error) throw r;
    return r === null ? [] : [r];
  });
}

/** `minConfidence` (0–1, default 0): facts the extractor was less sure of are left out. */
export function minConfidenceOf(value: number | null | undefined): number {
  const min = value ?? 0;
  if (!(min >= 0 && min <= 1))
    throw apiError(ErrorCode.BAD_USER_INPUT, `minConfidence is ${min}; it must be between 0 and 1`, {
      argument: 'minConfidence',
    });
  return min;
}
