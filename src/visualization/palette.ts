import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../domain/types';

/**
 * The one source of colours, captions and icons for every view of the graph: the Bloom
 * perspective, the Neo4j Browser style (GRASS) and the /explore page (icons: /explore only). Changing a colour
 * here and rebuilding (`npm run build:visualization`) changes it everywhere.
 */

/** Every node label a Newsgraph graph has that a viewer styles: entity types, then Event, Article. */
export const NODE_LABELS = [...ENTITY_TYPES, 'Event', 'Article'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** The label every entity carries beside its type label; viewers style the type label instead. */
export const ENTITY_SUPER_LABEL = 'Entity';

/** Every relationship type of docs/graph-model.md. */
export const RELATIONSHIP_TYPES = [
  ...RELATION_TYPES,
  'PARTICIPATED_IN',
  'OCCURRED_IN',
  'MENTIONED_IN',
  'REPORTED_IN',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export interface NodeStyle {
  /** Fill colour, #RRGGBB. */
  color: string;
  /** Outline colour, a darker shade of `color`. */
  borderColor: string;
  /** Caption colour drawn inside the node (chosen for contrast with `color`). */
  textColor: string;
  /** Properties whose values make the caption, in order (`Event`: type then date). */
  captionKeys: readonly string[];
  /** Relative size: 1 is an ordinary entity. */
  size: number;
  /**
   * Glyph the /explore page draws. Not used by the Bloom perspective: Bloom's icons are ids of its
   * own library, which it does not publish, so the perspective writes `no-icon` (see
   * docs/visualization.md).
   */
  icon: string;
}

export interface RelationshipStyle {
  color: string;
  /** Relative width: 1 is ordinary. */
  width: number;
  /** Property shown after the type when present (`HOLDS_ROLE` shows its role). */
  captionProperty?: string;
}

/**
 * Node styles. Colours are distinct in hue, readable on white and on Bloom's dark scene, and
 * roughly follow Neo4j's default palette so the graph looks at home in its tools.
 */
export const NODE_STYLES: Readonly<Record<NodeLabel, NodeStyle>> = {
  Person: style('#4C8EDA', '#2870C2', '#FFFFFF', ['name'], 1, 'person'),
  Organization: style('#8DCC93', '#5DB665', '#2A2C34', ['name'], 1.2, 'building'),
  Cartel: style('#F16667', '#EB2728', '#FFFFFF', ['name'], 1.2, 'skull'),
  Ship: style('#57C7E3', '#23B3D7', '#2A2C34', ['name'], 1, 'ship'),
  Location: style('#F79767', '#F36924', '#2A2C34', ['name'], 1, 'map-pin'),
  Event: style('#FFC454', '#D7A013', '#2A2C34', ['type', 'date'], 0.8, 'calendar'),
  Article: style('#C9C9C9', '#A5A5A5', '#2A2C34', ['title'], 0.6, 'newspaper'),
};

const REL_GREY = '#A5ABB6';

/** Relationship styles: entity-to-entity facts stand out; provenance edges stay quiet. */
export const RELATIONSHIP_STYLES: Readonly<Record<RelationshipType, RelationshipStyle>> = {
  HOLDS_ROLE: { color: '#4C8EDA', width: 2, captionProperty: 'role' },
  MEMBER_OF: { color: '#8DCC93', width: 2 },
  PART_OF: { color: '#569480', width: 2 },
  LOCATED_IN: { color: '#F79767', width: 1.5 },
  DEPLOYED_TO: { color: '#DA7194', width: 2 },
  DESIGNATED: { color: '#F16667', width: 2, captionProperty: 'role' },
  OPPOSES: { color: '#C990C0', width: 2 },
  PARTICIPATED_IN: { color: '#FFC454', width: 1.5 },
  OCCURRED_IN: { color: '#D9C8AE', width: 1 },
  MENTIONED_IN: { color: REL_GREY, width: 1 },
  REPORTED_IN: { color: REL_GREY, width: 1 },
};

/** The style of a node from its labels: its type label wins over `Entity`; unknown labels get grey. */
export function nodeStyleFor(labels: readonly string[]): NodeStyle {
  const label = labels.find((l): l is NodeLabel => (NODE_LABELS as readonly string[]).includes(l));
  return label ? NODE_STYLES[label] : FALLBACK_NODE_STYLE;
}

/** The style a node with none of NODE_LABELS gets (should not happen in a Newsgraph graph). */
export const FALLBACK_NODE_STYLE: NodeStyle = style('#D9D9D9', '#BFBFBF', '#2A2C34', ['name'], 1, 'circle');

/** The style of the relationship type, grey for unknown types. */
export function relationshipStyleFor(type: string): RelationshipStyle {
  return (RELATIONSHIP_STYLES as Record<string, RelationshipStyle>)[type] ?? { color: REL_GREY, width: 1 };
}

/** True for the entity type labels (`Person`…), whose caption is `name`. */
export const isEntityLabel = (label: string): label is EntityType =>
  (ENTITY_TYPES as readonly string[]).includes(label);

/** True for a relationship type between two entities (`HOLDS_ROLE`…). */
export const isEntityRelation = (type: string): type is RelationType =>
  (RELATION_TYPES as readonly string[]).includes(type);

function style(
  color: string,
  borderColor: string,
  textColor: string,
  captionKeys: string[],
  size: number,
  icon: string,
): NodeStyle {
  return { color, borderColor, textColor, captionKeys, size, icon };
}
