/**
 * The vocabulary shared by every stage: entity, relation and event types (these arrays are the
 * allow-lists that labels and relationship types are checked against before they reach Cypher),
 * and the shapes that flow from sources → clean → extract → resolve → write.
 */

export const ENTITY_TYPES = ['Person', 'Organization', 'Cartel', 'Ship', 'Location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'HOLDS_ROLE',
  'MEMBER_OF',
  'PART_OF',
  'LOCATED_IN',
  'DEPLOYED_TO',
  'DESIGNATED',
  'OPPOSES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const EVENT_TYPES = [
  'CALL',
  'MEETING',
  'VISIT',
  'STATEMENT',
  'STRIKE',
  'SEIZURE',
  'DESIGNATION',
  'DEPLOYMENT',
  'EXTRADITION',
  'ARREST',
  'AGREEMENT',
  'SANCTION',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Labels of nodes that coordinate writers and carry no graph content: `ResolutionLock` (one per
 * lock stripe of identity keys, see src/ingest/resolve.ts `lockStripes`). Exports leave them out.
 */
export const INTERNAL_LABELS = ['ResolutionLock'] as const;

export const isEntityType = (v: string): v is EntityType => (ENTITY_TYPES as readonly string[]).includes(v);
export const isRelationType = (v: string): v is RelationType =>
  (RELATION_TYPES as readonly string[]).includes(v);
export const isEventType = (v: string): v is EventType => (EVENT_TYPES as readonly string[]).includes(v);

/** One article as read from a source, before cleaning. */
export interface RawArticle {
  /** Stable id: the record's `id`, else its URL, else the file's base name ("000_x.txt"). */
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  /** ISO 8601 date or date-time, when the source says. */
  publishedAt: string | null;
  /** Article text as read (HTML already reduced to its readable body). */
  text: string;
  /** Where it came from, for messages: a file path, or "path#line" for JSONL. */
  origin: string;
}

/** A span of the cleaned text and where it stood in RawArticle.text. */
export interface Span {
  start: number;
  end: number;
}

/** An article after cleaning: junk removed, with a map back to the original offsets. */
export interface CleanArticle extends RawArticle {
  /** The cleaned text that extraction reads. */
  cleanText: string;
  /** Maps an offset in cleanText to the offset in text (the original). */
  toOriginal(offset: number): number;
  /** sha256 hex of the cleaned text plus the metadata that is stored, for change detection. */
  contentHash: string;
}

/** The ANNOTATION.md shapes (`extract` prints an array of ArticleExtraction). */
export interface ExtractedEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  /** How many times the entity is mentioned in the article (any alias). */
  mentions: number;
  /**
   * How sure the extractor is, 0–1, derived deterministically from the evidence that typed it
   * (see docs/extraction.md#confidence). Absent in hand-written gold.
   */
  confidence?: number;
  /** The kind of evidence behind it ("person:title", "role:qualifier", …), the key of its confidence. */
  basis?: string;
}

export interface ExtractedRelation {
  type: RelationType;
  from: string;
  to: string;
  role?: string | null;
  /** The sentence that states it, exactly as in the article. */
  evidence: string;
  /** Where the evidence sentence stands in the cleaned text. */
  evidenceSpan?: Span;
  /** 0–1, from the pattern that stated it (see docs/extraction.md#confidence). */
  confidence?: number;
  /** The kind of evidence behind it ("person:title", "role:qualifier", …), the key of its confidence. */
  basis?: string;
}

export interface ExtractedEvent {
  type: EventType;
  participants: string[];
  /** YYYY-MM-DD, YYYY-MM or YYYY, or null. */
  date: string | null;
  location: string | null;
  evidence: string;
  evidenceSpan?: Span;
  /** A short human summary, e.g. "Marco Rubio and Juan Ramón de la Fuente held a call". */
  summary?: string;
  /** 0–1, from the trigger and how its participants were found (see docs/extraction.md#confidence). */
  confidence?: number;
  /** The kind of evidence behind it ("person:title", "role:qualifier", …), the key of its confidence. */
  basis?: string;
}

export interface ArticleExtraction {
  /** The article id (the file's base name for files), as ANNOTATION.md's `article`. */
  article: string;
  title: string | null;
  publishedAt: string | null;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
}
