import { nameKey } from '../../domain/names';
import type { ApiContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import { keyShape, keysetConnection, keysetPage, type PageArgs } from '../connection';
import { fromGlobalId, keyOf, kindOfKey } from '../ids';
import { twoPartKey } from '../repository/graph';
import type { EntityRow } from '../repository/rows';
import { entityTypesOf, eventTypesOf, loadAll, minConfidenceOf } from './args';

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
      const page = keysetPage(args, 10, keyShape('number', 'number', 'string'));
      const q = {
        text: args.query,
        types: entityTypesOf(args.types),
        minConfidence: minConfidenceOf(args.minConfidence),
      };
      const hits = await ctx.repo.search(q, page);
      hits.forEach((h) => ctx.loaders.entity.prime(h.entity.id, h.entity));
      return keysetConnection({
        items: hits,
        page,
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
      const orderBy = args.orderBy ?? 'NAME';
      const page = keysetPage(
        args,
        20,
        orderBy === 'NAME' ? keyShape('string', 'string') : keyShape('number', 'string', 'string'),
      );
      const q = {
        types: entityTypesOf(f.types),
        prefix: f.namePrefix ? nameKey(f.namePrefix) || null : null,
        articleId: f.mentionedIn ? keyOf(f.mentionedIn, 'Article', 'mentionedIn') : null,
        from: day(f.mentionedFrom),
        to: day(f.mentionedTo),
        orderBy,
        minConfidence: minConfidenceOf(args.minConfidence),
      };
      const rows = await ctx.repo.listEntities(q, page);
      rows.forEach((r) => ctx.loaders.entity.prime(r.id, r));
      return keysetConnection({
        items: rows,
        page,
        key: (r) => r.sortKey,
        totalCount: () => ctx.repo.countEntities(q),
      });
    },

    async events(
      _: unknown,
      args: PageArgs & { filter?: EventFilter | null; minConfidence?: number | null },
      ctx: ApiContext,
    ) {
      const f = args.filter ?? {};
      const page = keysetPage(args, 20, twoPartKey);
      const q = {
        types: eventTypesOf(f.types),
        participantId: f.participant ? keyOf(f.participant, 'Entity', 'participant') : null,
        locationId: f.location ? keyOf(f.location, 'Entity', 'location') : null,
        from: day(f.from),
        to: day(f.to),
        minConfidence: minConfidenceOf(args.minConfidence),
      };
      const rows = await ctx.repo.listEvents(q, page);
      rows.forEach((r) => ctx.loaders.event.prime(r.id, r));
      return keysetConnection({
        items: rows,
        page,
        key: (r) => r.sortKey,
        totalCount: () => ctx.repo.countEvents(q),
      });
    },

    async articles(_: unknown, args: PageArgs & { filter?: ArticleFilter | null }, ctx: ApiContext) {
      const f = args.filter ?? {};
      const page = keysetPage(args, 20, twoPartKey);
      const q = {
        source: f.source ?? null,
        entityId: f.mentions ? keyOf(f.mentions, 'Entity', 'mentions') : null,
        from: day(f.publishedFrom),
        to: day(f.publishedTo),
      };
      const rows = await ctx.repo.listArticles(q, page);
      rows.forEach((r) => ctx.loaders.article.prime(r.id, r));
      return keysetConnection({
        items: rows,
        page,
        key: (r) => r.sortKey,
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
      const page = keysetPage(args, 10, keyShape('number', 'string'));
      const q = { id: keyOf(args.id, 'Entity'), minConfidence: minConfidenceOf(args.minConfidence) };
      const rows = await ctx.repo.coMentioned(q, page);
      rows.forEach((r) => ctx.loaders.entity.prime(r.entity.id, r.entity));
      return keysetConnection({
        items: rows,
        page,
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
