import { ENTITY_TYPES } from '../domain/types';
import { apiError, ErrorCode } from './errors';

/** The node kinds a global id can name. */
export type NodeKind = 'Entity' | 'Event' | 'Article';
const KINDS: ReadonlySet<string> = new Set<NodeKind>(['Entity', 'Event', 'Article']);

/** Relay global id: base64url of "Kind:key", opaque to clients. */
export function toGlobalId(kind: NodeKind, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

/** Decodes a global id; null when `id` is not one (e.g. a plain graph key). */
export function fromGlobalId(id: string): { kind: NodeKind; key: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  if (colon < 0 || !KINDS.has(kind)) return null;
  return { kind: kind as NodeKind, key: text.slice(colon + 1) };
}

const ENTITY_KEY = new RegExp(`^(${ENTITY_TYPES.map((t) => t.toLowerCase()).join('|')}):`);

/**
 * What a graph key names: entity keys start with their type (`person:marco-rubio`), event keys
 * with `event:`; anything else is an article key (record id, URL or file name).
 */
export function kindOfKey(key: string): NodeKind {
  if (ENTITY_KEY.test(key)) return 'Entity';
  if (key.startsWith('event:')) return 'Event';
  return 'Article';
}

/**
 * The graph key an id argument names: a global id of `kind`, or the key itself
 * ("person:marco-rubio"). Throws BAD_USER_INPUT for a global id of another kind.
 */
export function keyOf(id: string, kind: NodeKind, argument = 'id'): string {
  const global = fromGlobalId(id);
  if (!global) return id;
  if (global.kind !== kind) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      `${argument} is the id of an ${global.kind}, not of an ${kind}`,
      {
        argument,
      },
    );
  }
  return global.key;
}
