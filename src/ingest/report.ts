import type { RawArticle } from '../domain/types';

/** What one ingest run did; the CLI prints it and the API's ingestArticles mutation returns it. */
export interface IngestReport {
  articlesRead: number;
  articlesIngested: number;
  articlesUnchanged: number;
  skipped: SkippedItem[];
  entitiesCreated: number;
  entitiesMerged: number;
  relationshipsCreated: number;
  relationshipsMerged: number;
  eventsCreated: number;
  eventsMerged: number;
  /** Ids of the articles written (new or replaced) in this run. */
  articleIds: string[];
  durationMs: number;
  /** Time spent inside write transactions (the part the ingest benchmark compares to a bare UNWIND). */
  writeMs: number;
}

export interface SkippedItem {
  /** File path, "path#line" for a JSONL record, or "#index" for an API record. */
  origin: string;
  reason: string;
}

export function emptyReport(): IngestReport {
  return {
    articlesRead: 0,
    articlesIngested: 0,
    articlesUnchanged: 0,
    skipped: [],
    entitiesCreated: 0,
    entitiesMerged: 0,
    relationshipsCreated: 0,
    relationshipsMerged: 0,
    eventsCreated: 0,
    eventsMerged: 0,
    articleIds: [],
    durationMs: 0,
    writeMs: 0,
  };
}

/** Ingests already-read articles; the API's mutation is handed one of these. */
export type IngestArticles = (articles: RawArticle[]) => Promise<IngestReport>;
