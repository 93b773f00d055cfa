import type { ApiContext } from '../context';
import { toConnection, toGlobalId } from '../ids';
import { evidenceOf, type EntityRow, type EvidenceRow, type RelationshipRow } from '../repository/rows';
import { eventTypesOf, loadAll, minConfidenceOf, pageOf, relationTypesOf } from './args';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Fields shared by every Entity type; each batches through a per-request loader. */
const entityFields = {
  id: (e: EntityRow) => toGlobalId('Entity', e.id),
  key: (e: EntityRow) => e.id,
  async mentions(e: EntityRow, args: PageArgs, ctx: ApiContext) {
    const page = pageOf(args, 10);
    const found = await ctx.loaders.entityMentions({ skip: page.skip, limit: page.limit }).load(e.id);
    const items = (found?.mentions ?? []).map((m) => ({ ...m, entityId: e.id }));
    return toConnection({ items, offset: page.skip, limit: page.first, totalCount: e.articleCount });
  },
  async relationships(
    e: EntityRow,
    args: PageArgs & {
      types?: string[] | null;
      direction?: 'OUT' | 'IN' | 'BOTH' | null;
      minConfidence?: number | null;
    },
    ctx: ApiContext,
  ) {
    const page = pageOf(args, 20);
    const found = await ctx.loaders
      .entityRelationships({
        skip: page.skip,
        limit: page.limit,
        types: relationTypesOf(args.types),
        direction: args.direction ?? 'BOTH',
        minConfidence: minConfidenceOf(args.minConfidence),
      })
      .load(e.id);
    return toConnection({
      items: found?.relationships ?? [],
      offset: page.skip,
      limit: page.first,
      totalCount: found?.total ?? 0,
    });
  },
  async events(
    e: EntityRow,
    args: PageArgs & { types?: string[] | null; minConfidence?: number | null },
    ctx: ApiContext,
  ) {
    const page = pageOf(args, 20);
    const found = await ctx.loaders
      .entityEvents({
        skip: page.skip,
        limit: page.limit,
        types: eventTypesOf(args.types),
        minConfidence: minConfidenceOf(args.minConfidence),
      })
      .load(e.id);
    const events = await loadAll(ctx.loaders.event, found?.eventIds ?? []);
    return toConnection({
      items: events,
      offset: page.skip,
      limit: page.first,
      totalCount: found?.total ?? 0,
    });
  },
};

export const entityResolvers = {
  Entity: { __resolveType: (e: EntityRow) => e.type },
  Person: {
    ...entityFields,
    async roles(e: EntityRow, _args: unknown, ctx: ApiContext) {
      const found = await ctx.loaders
        .entityRelationships({
          skip: 0,
          limit: 100,
          types: ['HOLDS_ROLE'],
          direction: 'OUT',
          minConfidence: 0,
        })
        .load(e.id);
      return (found?.relationships ?? []).map((r) => ({
        title: r.role,
        organizationId: r.toId,
        evidence: evidenceOf(r),
      }));
    },
  },
  Organization: entityFields,
  Cartel: entityFields,
  Ship: entityFields,
  Location: entityFields,
  Role: {
    organization: (r: { organizationId: string }, _args: unknown, ctx: ApiContext) =>
      ctx.loaders.entity.load(r.organizationId),
  },
  Mention: {
    entity: (m: { entityId: string }, _args: unknown, ctx: ApiContext) => ctx.loaders.entity.load(m.entityId),
    article: (m: { articleId: string }, _args: unknown, ctx: ApiContext) =>
      ctx.loaders.article.load(m.articleId),
  },
  Relationship: {
    from: (r: RelationshipRow, _args: unknown, ctx: ApiContext) => ctx.loaders.entity.load(r.fromId),
    to: (r: RelationshipRow, _args: unknown, ctx: ApiContext) => ctx.loaders.entity.load(r.toId),
    evidence: (r: RelationshipRow) => evidenceOf(r),
  },
  Evidence: {
    article: (e: EvidenceRow, _args: unknown, ctx: ApiContext) => ctx.loaders.article.load(e.articleId),
  },
};
