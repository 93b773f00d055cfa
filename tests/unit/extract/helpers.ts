import type { ArticleExtraction } from '../../../src/domain/types';
import { extractArticle } from '../../../src/ingest/extract';

/** Extracts a test text with a fixed id. */
export function run(text: string, publishedAt: string | null = null): ArticleExtraction {
  return extractArticle({ id: 'test.txt', title: null, text, publishedAt });
}

/** "Type:Name" for every entity. */
export function entityKeys(x: ArticleExtraction): string[] {
  return x.entities.map((e) => `${e.type}:${e.name}`);
}

/** "TYPE from -> to" for every relation. */
export function relationKeys(x: ArticleExtraction): string[] {
  return x.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`);
}
