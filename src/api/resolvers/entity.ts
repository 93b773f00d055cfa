import type { ApiContext } from '../context';
import { keyShape, keysetConnection, keysetPage, type PageArgs } from '../connection';
import { toGlobalId } from '../ids';
import { evidenceOf, type EntityRow, type EvidenceRow, type RelationshipRow } from '../repository/rows';
import { eventTypesOf, loadAll, minConfidenceOf, relationTypesOf } from './args';

/**
 * Fields shared by every Entity type; each batches through a per-request loader. The lists are
 * keyset-paged forward on keys an ingest does not change (see the statements for each order).
 */
const entityFields = {
  id: (e: EntityRow) => toGlobalId('Entity', e.id),
  key: (e: EntityRow) => e.id,
  async mentions(e: EntityRow, args: PageArgs, ctx: ApiContext) {
    const page = keysetPage(args, 10, keyShape('number', 'number', 'string'));
    const found = await ctx.loaders.entityMentions({ after: page.cursor, limit: page.size + 1 }).load(e.id);
    const items = (found?.mentions ?? []).map((m) => ({ ...m, entityId: e.id }));
    // articleCount is kept equal to the entity's MENTIONED_IN relationships by the ingest.
    return keysetConnection({ items, page, key: (m) => m.sortKey, totalCount: e.articleCount });
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
    const page = keysetPage(args, 20, keyShape('string', 'string', 'number', 'string'));
    const filter = {
      types: relationTypesOf(args.types),
      direction: args.direction ?? 'BOTH',
      minConfidence: minConfidenceOf(args.minConfidence),
    };
    const found = await ctx.loaders
      .entityRelationships({ ...filter, after: page.cursor, limit: page.size + 1 })
      .load(e.id);
    return keysetConnection({
      items: found?.relationships ?? [],
      page,
      key: (r) => r.sortKey,
      totalCount: async () => (await ctx.loaders.entityRelationshipCount(filter).load(e.id))?.total ?? 0,
    });
  },
  async events(
    e: EntityRow,
    args: PageArgs & { types?: string[] | null; minConfidence?: number | null },
    ctx: ApiContext,
  ) {
    const page = keysetPage(args, 20, keyShape('number', 'string', 'string'));
    const filter = { types: eventTypesOf(args.types), minConfidence: minConfidenceOf(args.minConfidence) };
    const found = await ctx.loaders
      .entityEvents({ ...filter, after: page.cursor, limit: page.size + 1 })
      .load(e.id);
    const rows = found?.events ?? [];
    const events = new Map(
      (
        await loadAll(
          ctx.loaders.event,
          rows.map((r) => r.eventId),
        )
      ).map((ev) => [ev.id, ev]),
    );
    // An event deleted between the two reads is left out; its neighbours keep their cursors.
    const items = rows.flatMap((r) => {
      const event = events.get(r.eventId);
      return event ? [{ event, sortKey: r.sortKey }] : [];
    });
    return keysetConnection({
      items,
      page,
      key: (r) => r.sortKey,
      totalCount: async () => (await ctx.loaders.entityEventCount(filter).load(e.id))?.total ?? 0,
      extra: (r) => ({ node: r.event }),
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
          after: null,
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
