import type { ApiContext } from '../context';
import {
  compareKeys,
  keyShape,
  keysetConnection,
  keysetPage,
  keysetSlice,
  type PageArgs,
  type SortKey,
} from '../connection';
import { toGlobalId } from '../ids';
import type { ArticleRow, EventRow } from '../repository/rows';
import { loadAll } from './args';

/** An article's mentions: most mentions first, then entity id. */
const mentionKey = (m: { count: number; entityId: string }): SortKey => [-m.count, m.entityId];
/** An article's events: dated in date order, then undated; then id. */
const eventKey = (e: { date: string | null; eventId: string }): SortKey => [
  e.date === null ? 1 : 0,
  e.date ?? '',
  e.eventId,
];

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
    // An article's mentions and events are read whole (one batched statement per level; an article
    // names a few dozen at most), so both directions page in memory at no extra cost.
    async mentions(a: ArticleRow, args: PageArgs, ctx: ApiContext) {
      const page = keysetPage(args, 20, keyShape('number', 'string'));
      const details = await ctx.loaders.articleDetails.load(a.id);
      const all = (details?.mentions ?? [])
        .map((m) => ({ ...m, articleId: a.id }))
        .sort((x, y) => compareKeys(mentionKey(x), mentionKey(y)));
      return keysetConnection({
        items: keysetSlice(all, page, mentionKey),
        page,
        key: mentionKey,
        totalCount: all.length,
      });
    },
    async events(a: ArticleRow, args: PageArgs, ctx: ApiContext) {
      const page = keysetPage(args, 20, keyShape('number', 'string', 'string'));
      const details = await ctx.loaders.articleDetails.load(a.id);
      const all = [...(details?.events ?? [])].sort((x, y) => compareKeys(eventKey(x), eventKey(y)));
      const rows = keysetSlice(all, page, eventKey);
      const events = new Map(
        (
          await loadAll(
            ctx.loaders.event,
            rows.map((r) => r.eventId),
          )
        ).map((ev) => [ev.id, ev]),
      );
      return keysetConnection({
        items: rows.flatMap((r) => {
          const event = events.get(r.eventId);
          return event ? [{ ...r, event }] : [];
        }),
        page,
        key: eventKey,
        totalCount: all.length,
        extra: (r) => ({ node: r.event }),
      });
    },
  },
};
