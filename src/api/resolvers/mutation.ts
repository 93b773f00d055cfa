import crypto from 'node:crypto';
import type { RawArticle } from '../../domain/types';
import type { ApiContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import { MAX_INGEST_ARTICLES } from '../limits';
import { normalizeDate } from '../../ingest/sources/dates';

interface ArticleInput {
  id?: string | null;
  title?: string | null;
  url?: URL | string | null;
  source?: string | null;
  publishedAt?: string | null;
  text: string;
}

/**
 * API records → the pipeline's RawArticle; origin "#<index>" names the record in reports. A record
 * without id or URL is named by its text's hash, so re-posting it is a no-op and two different
 * records never replace each other. A publishedAt that is not a date is a BAD_USER_INPUT.
 */
export function toRawArticles(inputs: ArticleInput[]): RawArticle[] {
  return inputs.map((a, i) => {
    const url = a.url ? String(a.url) : null;
    const published = normalizeDate(a.publishedAt);
    if (published.warning) {
      throw apiError(
        ErrorCode.BAD_USER_INPUT,
        `articles[${i}].publishedAt ${JSON.stringify(a.publishedAt)} is not a date: send ISO 8601 such as 2025-09-02`,
        { argument: `articles[${i}].publishedAt` },
      );
    }
    const hash = crypto.createHash('sha256').update(a.text).digest('hex').slice(0, 16);
    return {
      id: a.id?.trim() || url || `api-${hash}`,
      title: a.title ?? null,
      url,
      source: a.source ?? null,
      publishedAt: published.value,
      text: a.text,
      origin: `#${i}`,
    };
  });
}

export const mutationResolvers = {
  Mutation: {
    async ingestArticles(_: unknown, args: { articles: ArticleInput[] }, ctx: ApiContext) {
      // Authorization is checked before execution (server plugin); this is the last line of defence.
      if (ctx.auth !== 'authorized') throw apiError(ErrorCode.UNAUTHENTICATED, 'A valid API key is required');
      if (!ctx.ingestArticles) {
        throw apiError(
          ErrorCode.INGESTION_UNAVAILABLE,
          'Ingestion is not available on this server yet: ingest with the CLI',
        );
      }
      if (args.articles.length > MAX_INGEST_ARTICLES) {
        throw apiError(
          ErrorCode.BAD_USER_INPUT,
          `At most ${MAX_INGEST_ARTICLES} articles per request: send several requests`,
          {
            argument: 'articles',
            max: MAX_INGEST_ARTICLES,
          },
        );
      }
      return ctx.ingestArticles(toRawArticles(args.articles));
    },
  },
};
