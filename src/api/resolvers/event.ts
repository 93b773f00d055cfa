import type { ApiContext } from '../context';
import { sliceConnection, toGlobalId } from '../ids';
import type { ArticleRow, EventRow } from '../repository/rows';
import { loadAll } from './args';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const eventResolvers = {
  Event: {
    id: (e: EventRow) => toGlobalId('Event', e.id),
    key: (e: EventRow) => e.id,
    participants: (e: EventRow, _args: unknown, ctx: ApiContext) =>
      loadAll(ctx.loaders.entity, e.participantIds),
    location: (e: EventRow, _args: unknown, ctx: ApiContext) =>
      e.locationId ? ctx.loaders.entity.load(e.locationId) : null,
    reportedIn: (e: EventRow) => e.reports,
  },
  Article: {
    id: (a: ArticleRow) => toGlobalId('Article', a.id),
    key: (a: ArticleRow) => a.id,
    url: (a: ArticleRow) => (a.url && URL.canParse(a.url) ? a.url : null),
    async mentions(a: ArticleRow, args: PageArgs, ctx: ApiContext) {
      const details = await ctx.loaders.articleDetails.load(a.id);
      const mentions = [...(details?.mentions ?? [])]
        .sort((x, y) => y.count - x.count || x.entityId.localeCompare(y.entityId))
        .map((m) => ({ ...m, articleId: a.id }));
      return sliceConnection(mentions, { first: args.first ?? 20, after: args.after });
    },
    async events(a: ArticleRow, args: PageArgs, ctx: ApiContext) {
      const details = await ctx.loaders.articleDetails.load(a.id);
      const ids = [...(details?.events ?? [])]
        .sort(
          (x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.eventId.localeCompare(y.eventId),
        )
        .map((e) => e.eventId);
      const page = sliceConnection(ids, { first: args.first ?? 20, after: args.after });
      const events = await loadAll(
        ctx.loaders.event,
        page.edges.map((e) => e.node),
      );
      const byId = new Map(events.map((e) => [e.id, e]));
      return {
        ...page,
        edges: page.edges.flatMap((e) =>
          byId.has(e.node) ? [{ cursor: e.cursor, node: byId.get(e.node) }] : [],
        ),
      };
    },
  },
};
