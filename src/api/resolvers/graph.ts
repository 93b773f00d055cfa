import type { ApiContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import {
  compareKeys,
  keyShape,
  keysetConnection,
  keysetPage,
  keysetSlice,
  type PageArgs,
  type SortKey,
} from '../connection';
import { keyOf, toGlobalId } from '../ids';
import { EXPANSION_CAP, MAX_NEIGHBOR_DEPTH, MAX_PATH_LENGTH } from '../limits';
import { evidenceOf, type EntityRow, type PathRow, type StepRow } from '../repository/rows';
import { entityTypesOf, loadAll, minConfidenceOf, relationTypesOf } from './args';

/** Shortest paths fetched per `paths` request (and counted by its totalCount). */
const PATHS_CAP = 100;

function checkMax(argument: string, value: number, max: number): void {
  if (value > max)
    throw apiError(ErrorCode.BAD_USER_INPUT, `${argument} is ${value}; the maximum is ${max}`, {
      argument,
      max,
    });
}

/** Builds a neighbor's path from the center by following the steps that reached each entity. */
function pathTo(id: string, reachedBy: Map<string, StepRow>): PathRow {
  const steps: StepRow[] = [];
  let at = id;
  for (let step = reachedBy.get(at); step; step = reachedBy.get(at)) {
    steps.unshift(step);
    at = step.fromId;
  }
  return { entityIds: [at, ...steps.map((s) => s.toId)], steps };
}

export const graphResolvers = {
  Query: {
    async neighbors(
      _: unknown,
      args: {
        id: string;
        depth?: number | null;
        types?: string[] | null;
        relationTypes?: string[] | null;
        viaEvents?: boolean | null;
        minConfidence?: number | null;
      } & PageArgs,
      ctx: ApiContext,
    ) {
      const depth = args.depth ?? 1;
      checkMax('depth', depth, MAX_NEIGHBOR_DEPTH);
      const page = keysetPage(args, 20, keyShape('number', 'number', 'string'));
      const center = keyOf(args.id, 'Entity');
      const types = entityTypesOf(args.types);
      const found = await ctx.repo.expand({
        seeds: [center],
        depth,
        relTypes: relationTypesOf(args.relationTypes),
        viaEvents: args.viaEvents ?? true,
        minConfidence: minConfidenceOf(args.minConfidence),
        cap: EXPANSION_CAP,
      });
      const reachedBy = new Map(found.map((f) => [f.entity.id, f.step]));
      found.forEach((f) => ctx.loaders.entity.prime(f.entity.id, f.entity));
      const kept = types ? found.filter((f) => types.includes(f.entity.type)) : found;
      // Nearest first, then most mentioned, then id; the whole (capped) expansion is needed for
      // any page, so totalCount costs nothing more.
      const key = (f: (typeof kept)[number]): SortKey => [f.distance, -f.entity.mentionCount, f.entity.id];
      kept.sort((a, b) => compareKeys(key(a), key(b)));
      return keysetConnection({
        items: keysetSlice(kept, page, key),
        page,
        key,
        totalCount: kept.length,
        extra: (f) => ({ node: f.entity, distance: f.distance, path: pathTo(f.entity.id, reachedBy) }),
      });
    },

    async path(_: unknown, args: { from: string; to: string; maxLength?: number | null }, ctx: ApiContext) {
      const maxLength = args.maxLength ?? 4;
      checkMax('maxLength', maxLength, MAX_PATH_LENGTH);
      const from = keyOf(args.from, 'Entity', 'from');
      const to = keyOf(args.to, 'Entity', 'to');
      if (from === to) return { entityIds: [from], steps: [] };
      const [found] = await ctx.repo.shortestPaths(from, to, maxLength * 2, null);
      return found && found.steps.length <= maxLength ? found : null;
    },

    async paths(
      _: unknown,
      args: {
        from: string;
        to: string;
        maxLength?: number | null;
      } & PageArgs,
      ctx: ApiContext,
    ) {
      const maxLength = args.maxLength ?? 4;
      checkMax('maxLength', maxLength, MAX_PATH_LENGTH);
      const page = keysetPage(args, 5, keyShape('string'));
      const from = keyOf(args.from, 'Entity', 'from');
      const to = keyOf(args.to, 'Entity', 'to');
      // All shortest paths up to the cap, in the order of their node ids: the same paths page
      // the same way on every request.
      const found = from === to ? [] : await ctx.repo.shortestPaths(from, to, maxLength * 2, PATHS_CAP);
      const key = (p: (typeof found)[number]): SortKey => [p.key];
      const kept = found
        .filter((p) => p.steps.length <= maxLength)
        .sort((a, b) => compareKeys(key(a), key(b)));
      return keysetConnection({
        items: keysetSlice(kept, page, key),
        page,
        key,
        totalCount: kept.length,
      });
    },

    async subgraph(
      _: unknown,
      args: { ids: string[]; depth?: number | null; limit?: number | null },
      ctx: ApiContext,
    ) {
      const depth = args.depth ?? 1;
      checkMax('depth', depth, MAX_NEIGHBOR_DEPTH);
      const limit = args.limit ?? 50;
      const seeds = [...new Set(args.ids.map((id) => keyOf(id, 'Entity', 'ids')))];
      const seedRows = await loadAll(ctx.loaders.entity, seeds);
      const found = await ctx.repo.expand({
        seeds: seedRows.map((s) => s.id),
        depth,
        relTypes: relationTypesOf(null),
        viaEvents: true,
        minConfidence: 0,
        cap: Math.min(limit, EXPANSION_CAP),
      });
      const all: EntityRow[] = [...seedRows, ...found.map((f) => f.entity)];
      const nodes = all.slice(0, limit);
      const ids = nodes.map((n) => n.id);
      const edges = ids.length ? await ctx.repo.subgraphEdges(ids) : [];
      return {
        truncated: all.length > limit,
        nodes: nodes.map((n) => ({
          id: n.id,
          nodeId: toGlobalId('Entity', n.id),
          label: n.name,
          type: n.type,
          weight: n.mentionCount,
        })),
        edges: edges.map((e) => ({
          id: e.eventId
            ? `${e.eventId}|${e.source}|${e.target}`
            : `${e.source}|${e.type}|${e.target}|${e.role ?? ''}`,
          source: e.source,
          target: e.target,
          type: e.type,
          label: e.role,
          eventId: e.eventId ? toGlobalId('Event', e.eventId) : null,
          weight: e.weight ?? 0,
        })),
      };
    },
  },

  Path: {
    length: (p: PathRow) => p.steps.length,
    nodes: (p: PathRow, _args: unknown, ctx: ApiContext) => loadAll(ctx.loaders.entity, p.entityIds),
  },

  PathStep: {
    from: (s: StepRow, _args: unknown, ctx: ApiContext) => ctx.loaders.entity.load(s.fromId),
    to: (s: StepRow, _args: unknown, ctx: ApiContext) => ctx.loaders.entity.load(s.toId),
    event: (s: StepRow, _args: unknown, ctx: ApiContext) =>
      s.eventId ? ctx.loaders.event.load(s.eventId) : null,
    async evidence(s: StepRow, _args: unknown, ctx: ApiContext) {
      if (s.relationship) return evidenceOf(s.relationship);
      if (!s.eventId) return [];
      return (await ctx.loaders.event.load(s.eventId))?.reports ?? [];
    },
  },
};
