import type { EntityType, EventType, RelationType } from '../../domain/types';

/** An entity as the API reads it (the graph properties, minus the keys used for lookup). */
export interface EntityRow {
  kind: 'Entity';
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  /** The extractor's confidence (0–1); 1 for facts stored before it was recorded. */
  confidence: number;
}

export interface ArticleRow {
  kind: 'Article';
  id: string;
  title: string | null;
  name: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  wordCount: number | null;
}

export interface EvidenceRow {
  articleId: string;
  sentence: string;
}

export interface EventRow {
  kind: 'Event';
  id: string;
  type: EventType;
  date: string | null;
  name: string;
  summary: string | null;
  articleCount: number;
  confidence: number;
  participantIds: string[];
  locationId: string | null;
  reports: EvidenceRow[];
}

/** A typed relationship in its stored direction, evidence parallel to articleIds. */
export interface RelationshipRow {
  type: RelationType;
  fromId: string;
  toId: string;
  role: string | null;
  /** Articles stating it; articleIds/evidence keep at most 20 of them. */
  articleCount: number;
  articleIds: string[];
  evidence: string[];
  confidence: number;
}

export interface MentionRow {
  entityId: string;
  articleId: string;
  count: number;
  aliases: string[];
}

/** One step between two entities: a relationship or an event both took part in. */
export interface StepRow {
  fromId: string;
  toId: string;
  relationship: RelationshipRow | null;
  eventId: string | null;
}

export interface PathRow {
  entityIds: string[];
  steps: StepRow[];
}

export const asEntity = (e: Omit<EntityRow, 'kind'>): EntityRow => ({
  kind: 'Entity',
  ...e,
  aliases: e.aliases ?? [],
  mentionCount: e.mentionCount ?? 0,
  articleCount: e.articleCount ?? 0,
  confidence: e.confidence ?? 1,
});

export const asArticle = (a: Omit<ArticleRow, 'kind'>): ArticleRow => ({ kind: 'Article', ...a });

export function evidenceOf(r: RelationshipRow): EvidenceRow[] {
  return (r.articleIds ?? []).flatMap((articleId, i) => {
    const sentence = r.evidence?.[i];
    return sentence ? [{ articleId, sentence }] : [];
  });
}
