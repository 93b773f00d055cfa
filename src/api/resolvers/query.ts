import { nameKey } from '../../domain/names';
import type { ApiContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import { fromGlobalId, keyAfter, keyOf, keysetConnection, kindOfKey, toConnection } from '../ids';
import type { EntityRow } from '../repository/rows';
import { entityTypesOf, eventTypesOf, loadAll, minConfidenceOf, pageOf } from './args';

interface EntityFilter {
  types?: string[] | null;
  namePrefix?: string | null;
  mentionedIn?: string | null;
  mentionedFrom?: string | null;
  mentionedTo?: string | null;
}
interface EventFilter {
  types?: string[] | null;
  participant?: string | null;
  location?: string | null;
  from?: string | null;
  to?: string | null;
}
interface ArticleFilter {
  source?: string | null;
  mentions?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
}
interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** LocalDate values arrive as Date objects from graphql-scalars; the Cypher compares YYYY-MM-DD. */
const day = (d: unknown): string | null =>
  d === null || d === undefined
    ? null
    : d instanceof Date
      ? d.toISOString().slice(0, 10)
      : String(d).slice(0, 10);

export const queryResolvers = {
  Query: {
    async node(_: unknown, args: { id: string }, ctx: ApiContext) {
      const global = fromGlobalId(args.id);
      // Not a global id: the graph key itself, as every other id argument accepts.
      const { kind, key } = global ?? { kind: kindOfKey(args.id), key: args.id };
      switch (kind) {
        case 'Entity':
          return ctx.loaders.entity.load(key);
        case 'Event':
          return ctx.loaders.event.load(key);
        case 'Article':
          return ctx.loaders.article.load(key);
      }
    },

    async entity(
      _: unknown,
      args: { id?: string | null; name?: string | null },
      ctx: ApiContext,
    ): Promise<EntityRow | null> {
      if (args.id) return ctx.loaders.entity.load(keyOf(args.id, 'Entity'));
      if (args.name?.trim()) return ctx.repo.findEntityByName(args.name);
      throw apiError(ErrorCode.BAD_USER_INPUT, 'entity needs an id or a name', { argument: 'id' });
    },

    async search(
      _: unknown,
      args: PageArgs & { query: string; types?: string[] | null; minConfidence?: number | null },
      ctx: ApiContext,
    ) {
      const first = args.first ?? 10;
      const after = keyAfter(args.after);
      const q = {
        text: args.query,
        types: entityTypesOf(args.types),
        minConfidence: minConfidenceOf(args.minConfidence),
      };
      const hits = await ctx.repo.search(q, { after, limit: first + 1 });
      hits.forEach((h) => ctx.loaders.entity.prime(h.entity.id, h.entity));
      return keysetConnection({
        items: hits,
        first,
        after,
        key: (h) => h.sortKey,
        totalCount: () => ctx.repo.countSearch(q),
        extra: (h) => ({ node: h.entity, score: h.score }),
      });
    },

    async entities(
      _: unknown,
      args: PageArgs & {
        filter?: EntityFilter | null;
        orderBy?: 'NAME' | 'MENTIONS' | null;
        minConfidence?: number | null;
      },
      ctx: ApiContext,
    ) {
      const f = args.filter ?? {};
      const page = pageOf(args);
      const q = {
        types: entityTypesOf(f.types),
        prefix: f.namePrefix ? nameKey(f.namePrefix) || null : null,
        articleId: f.mentionedIn ? keyOf(f.mentionedIn, 'Article', 'mentionedIn') : null,
        from: day(f.mentionedFrom),
        to: day(f.mentionedTo),
        orderBy: args.orderBy ?? 'NAME',
        minConfidence: minConfidenceOf(args.minConfidence),
      };
      const rows = await ctx.repo.listEntities(q, { skip: page.skip, limit: page.limit });
      rows.forEach((r) => ctx.loaders.entity.prime(r.id, r));
      return toConnection({
        items: rows,
        offset: page.skip,
        limit: page.first,
        totalCount: () => ctx.repo.countEntities(q),
      });
    },

    async events(
      _: unknown,
      args: PageArgs & { filter?: EventFilter | null; minConfidence?: number | null },
      ctx: ApiContext,
    ) {
      const f = args.filter ?? {};
      const first = args.first ?? 20;
      const after = keyAfter(args.after);
      const q = {
        types: eventTypesOf(f.types),
        participantId: f.participant ? keyOf(f.participant, 'Entity', 'participant') : null,
        locationId: f.location ? keyOf(f.location, 'Entity', 'location') : null,
        from: day(f.from),
        to: day(f.to),
        minConfidence: minConfidenceOf(args.minConfidence),
      };
      const rows = await ctx.repo.listEvents(q, { after, limit: first + 1 });
      rows.forEach((r) => ctx.loaders.event.prime(r.id, r));
      return keysetConnection({
        items: rows,
        first,
        after,
        key: (r) => r.sortKey,
        totalCount: () => ctx.repo.countEvents(q),
      });
    },

    async articles(_: unknown, args: PageArgs & { filter?: ArticleFilter | null }, ctx: ApiContext) {
      const f = args.filter ?? {};
      const page = pageOf(args);
      const q = {
        source: f.source ?? null,
        entityId: f.mentions ? keyOf(f.mentions, 'Entity', 'mentions') : null,
        from: day(f.publishedFrom),
        to: day(f.publishedTo),
      };
      const rows = await ctx.repo.listArticles(q, { skip: page.skip, limit: page.limit });
      rows.forEach((r) => ctx.loaders.article.prime(r.id, r));
      return toConnection({
        items: rows,
        offset: page.skip,
        limit: page.first,
        totalCount: () => ctx.repo.countArticles(q),
      });
    },

    async relationshipsBetween(_: unknown, args: { a: string; b: string }, ctx: ApiContext) {
      const found = await ctx.repo.between(keyOf(args.a, 'Entity', 'a'), keyOf(args.b, 'Entity', 'b'));
      const events = await loadAll(ctx.loaders.event, found.eventIds);
      events.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.id.localeCompare(y.id));
      return { relationships: found.relationships, sharedEvents: events };
    },

    async coMentioned(
      _: unknown,
      args: PageArgs & { id: string; minConfidence?: number | null },
      ctx: ApiContext,
    ) {
      const first = args.first ?? 10;
      const after = keyAfter(args.after);
      const q = { id: keyOf(args.id, 'Entity'), minConfidence: minConfidenceOf(args.minConfidence) };
      const rows = await ctx.repo.coMentioned(q, { after, limit: first + 1 });
      rows.forEach((r) => ctx.loaders.entity.prime(r.entity.id, r.entity));
      return keysetConnection({
        items: rows,
        first,
        after,
        key: (r) => r.sortKey,
        totalCount: () => ctx.repo.countCoMentioned(q),
        extra: (r) => ({ node: r.entity, articleCount: r.articles }),
      });
    },

    stats: (_: unknown, _args: unknown, ctx: ApiContext) => ctx.repo.stats(),
  },

  Node: {
    __resolveType: (obj: { kind: string; type?: string }) => (obj.kind === 'Entity' ? obj.type : obj.kind),
  },
};
