import type { RawArticle } from '../../domain/types';
import type { ApiContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import { MAX_INGEST_ARTICLES } from '../limits';

interface ArticleInput {
  id?: string | null;
  title?: string | null;
  url?: URL | string | null;
  source?: string | null;
  publishedAt?: string | null;
  text: string;
}

/** API records → the pipeline's RawArticle; origin "#<index>" names the record in reports. */
export function toRawArticles(inputs: ArticleInput[]): RawArticle[] {
  return inputs.map((a, i) => {
    const url = a.url ? String(a.url) : null;
    return {
      id: a.id?.trim() || url || `api-${i}`,
      title: a.title ?? null,
      url,
      source: a.source ?? null,
      publishedAt: a.publishedAt ?? null,
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
