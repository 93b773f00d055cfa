import type { NodeLabel } from '../palette';

/**
 * The /explore page's graph model, kept apart from cytoscape and the DOM so it can be tested in
 * Node: what the GraphQL answers become (nodes and edges with stable ids), merging a new answer
 * into what is drawn, and captions.
 *
 * Ids: an entity node's id is its graph key (`person:marco-rubio`), as in `Subgraph`; an event
 * node's id is the event's global id (`Subgraph.edges.eventId`, `Event.id`), so an event reached
 * through a subgraph, a path or the timeline is drawn once.
 */

export type EntityTypeName = 'PERSON' | 'ORGANIZATION' | 'CARTEL' | 'SHIP' | 'LOCATION';

export interface ExploreNode {
  id: string;
  kind: NodeLabel;
  /** Full name (entities) or event caption (`CALL 2025-01-11: Marco Rubio, …`). */
  name: string;
  /** What the graph shows under the node, built from the palette's caption keys. */
  caption: string;
  /** Mention count for entities, reporting articles for events (sizing). */
  weight: number;
  eventType?: string;
  date?: string | null;
}

export interface ExploreEdge {
  id: string;
  source: string;
  target: string;
  /** Relation type (`HOLDS_ROLE`…), or `PARTICIPATED_IN` / `OCCURRED_IN` towards an event. */
  type: string;
  /** Role or designation, when the relation has one. */
  role: string | null;
  /** Global id of the event, for edges towards an event node. */
  eventId: string | null;
  weight: number;
}

export interface GraphDelta {
  nodes: ExploreNode[];
  edges: ExploreEdge[];
}

/** `Subgraph` as the page asks for it. */
export interface SubgraphResult {
  nodes: Array<{ id: string; label: string; type: string; weight: number }>;
  edges: Array<{
    id: string;
    source: string;
    target: string;
    type: string;
    label: string | null;
    eventId: string | null;
    weight: number;
  }>;
  truncated: boolean;
}

export interface EntityRef {
  key: string;
  name: string;
  type: string;
}

export interface EventResult {
  id: string;
  type: string;
  date: string | null;
  name: string;
  articleCount?: number;
  participants: EntityRef[];
  location: EntityRef | null;
}

export interface PathResult {
  length: number;
  nodes: EntityRef[];
  steps: Array<{
    from: { key: string };
    to: { key: string };
    relationship: { type: string; role: string | null; from: { key: string }; to: { key: string } } | null;
    event: EventResult | null;
  }>;
}

const KIND_BY_TYPE: Record<EntityTypeName, NodeLabel> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  CARTEL: 'Cartel',
  SHIP: 'Ship',
  LOCATION: 'Location',
};

/** The palette label of an `EntityType` value (`PERSON` → `Person`). */
export function kindOf(type: string): NodeLabel {
  return (KIND_BY_TYPE as Record<string, NodeLabel>)[type] ?? 'Person';
}

/**
 * The caption drawn under a node: the values of the palette's caption keys joined by a space
 * (`name` for entities, `type date` for events, so an undated event shows its type alone),
 * shortened past `max` characters.
 */
export function buildCaption(
  captionKeys: readonly string[],
  props: Record<string, string | null | undefined>,
  max = 32,
): string {
  const text = captionKeys
    .map((k) => props[k])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .join(' ');
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** `CALL 2025-01-11: Marco Rubio, …` → type and date (null when the caption has no date). */
export function parseEventName(name: string): { type: string; date: string | null } {
  const m = /^([A-Z_]+)(?: (\d{4}(?:-\d{2}){0,2}))?:/.exec(name);
  return { type: m?.[1] ?? 'OTHER', date: m?.[2] ?? null };
}

export const EVENT_CAPTION_KEYS = ['type', 'date'] as const;

export function entityNode(e: { key: string; name: string; type: string; weight?: number }): ExploreNode {
  return {
    id: e.key,
    kind: kindOf(e.type),
    name: e.name,
    caption: buildCaption(['name'], { name: e.name }),
    weight: e.weight ?? 0,
  };
}

export function eventNode(e: {
  id: string;
  type: string;
  date: string | null;
  name: string;
  weight?: number;
}): ExploreNode {
  return {
    id: e.id,
    kind: 'Event',
    name: e.name,
    caption: buildCaption(EVENT_CAPTION_KEYS, { type: e.type, date: e.date }),
    weight: e.weight ?? 1,
    eventType: e.type,
    date: e.date,
  };
}

export function relationEdge(r: {
  source: string;
  target: string;
  type: string;
  role: string | null;
  weight?: number;
}): ExploreEdge {
  // Same id as the API's Subgraph edge, so a relation reached by a path merges with it.
  return {
    id: `${r.source}|${r.type}|${r.target}|${r.role ?? ''}`,
    source: r.source,
    target: r.target,
    type: r.type,
    role: r.role,
    eventId: null,
    weight: r.weight ?? 1,
  };
}

export function participationEdge(entityKey: string, eventId: string): ExploreEdge {
  return {
    id: `${entityKey}|PARTICIPATED_IN|${eventId}`,
    source: entityKey,
    target: eventId,
    type: 'PARTICIPATED_IN',
    role: null,
    eventId,
    weight: 1,
  };
}

export function locationEdge(eventId: string, locationKey: string): ExploreEdge {
  return {
    id: `${eventId}|OCCURRED_IN|${locationKey}`,
    source: eventId,
    target: locationKey,
    type: 'OCCURRED_IN',
    role: null,
    eventId,
    weight: 1,
  };
}

/**
 * A `Subgraph` answer as nodes and edges to draw. The API gives a shared event as one edge per
 * pair of participants; the page draws the event as a node (as Bloom does) with a
 * `PARTICIPATED_IN` edge from each participant, so a three-way meeting is one amber node, not a
 * triangle of edges.
 */
export function subgraphToDelta(sub: SubgraphResult): GraphDelta {
  const nodes = new Map<string, ExploreNode>();
  const edges = new Map<string, ExploreEdge>();
  for (const n of sub.nodes)
    nodes.set(n.id, entityNode({ key: n.id, name: n.label, type: n.type, weight: n.weight }));
  for (const e of sub.edges) {
    if (e.eventId) {
      if (!nodes.has(e.eventId)) {
        const name = e.label ?? e.type;
        const { date } = parseEventName(name);
        nodes.set(e.eventId, eventNode({ id: e.eventId, type: e.type, date, name, weight: e.weight }));
      }
      for (const key of [e.source, e.target]) {
        const edge = participationEdge(key, e.eventId);
        edges.set(edge.id, edge);
      }
    } else {
      const edge = relationEdge({
        source: e.source,
        target: e.target,
        type: e.type,
        role: e.label,
        weight: e.weight,
      });
      edges.set(edge.id, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** An event with its participants and place, as drawn when it is picked on the timeline. */
export function eventToDelta(ev: EventResult): GraphDelta {
  const nodes: ExploreNode[] = [eventNode({ ...ev, weight: ev.articleCount ?? 1 })];
  const edges: ExploreEdge[] = [];
  for (const p of ev.participants) {
    nodes.push(entityNode(p));
    edges.push(participationEdge(p.key, ev.id));
  }
  if (ev.location) {
    nodes.push(entityNode(ev.location));
    edges.push(locationEdge(ev.id, ev.location.key));
  }
  return { nodes, edges };
}

/**
 * A path as nodes and edges, plus the ids to highlight in order: entity, step, entity…
 * An event step highlights the event node and its two participation edges.
 */
export function pathToDelta(path: PathResult): GraphDelta & { highlight: string[] } {
  const nodes: ExploreNode[] = path.nodes.map((n) => entityNode(n));
  const edges: ExploreEdge[] = [];
  const highlight: string[] = path.nodes[0] ? [path.nodes[0].key] : [];
  for (const step of path.steps) {
    if (step.event) {
      nodes.push(eventNode(step.event));
      const a = participationEdge(step.from.key, step.event.id);
      const b = participationEdge(step.to.key, step.event.id);
      edges.push(a, b);
      highlight.push(a.id, step.event.id, b.id);
    } else if (step.relationship) {
      const r = step.relationship;
      const edge = relationEdge({ source: r.from.key, target: r.to.key, type: r.type, role: r.role });
      edges.push(edge);
      highlight.push(edge.id);
    }
    highlight.push(step.to.key);
  }
  return { nodes, edges, highlight };
}

/** What is drawn: nodes and edges by id. */
export class GraphModel {
  readonly nodes = new Map<string, ExploreNode>();
  readonly edges = new Map<string, ExploreEdge>();

  /**
   * Adds what is new in `delta` and returns only that. Known nodes keep their data, except that
   * a richer answer (a dated event, a larger weight) updates it; an edge whose ends are not both
   * drawn is skipped, since a drawing cannot hold a dangling edge.
   */
  merge(delta: GraphDelta): { nodes: ExploreNode[]; edges: ExploreEdge[]; updated: ExploreNode[] } {
    const added: ExploreNode[] = [];
    const updated: ExploreNode[] = [];
    for (const n of delta.nodes) {
      const known = this.nodes.get(n.id);
      if (!known) {
        this.nodes.set(n.id, n);
        added.push(n);
      } else if ((n.date && !known.date) || n.weight > known.weight) {
        const next: ExploreNode = {
          ...known,
          ...n,
          weight: Math.max(n.weight, known.weight),
          date: n.date ?? known.date ?? null,
          eventType: n.eventType ?? known.eventType,
        };
        if (next.kind === 'Event') {
          next.caption = buildCaption(EVENT_CAPTION_KEYS, { type: next.eventType, date: next.date });
        }
        this.nodes.set(n.id, next);
        updated.push(next);
      }
    }
    const addedEdges: ExploreEdge[] = [];
    for (const e of delta.edges) {
      if (this.edges.has(e.id) || !this.nodes.has(e.source) || !this.nodes.has(e.target)) continue;
      this.edges.set(e.id, e);
      addedEdges.push(e);
    }
    return { nodes: added, edges: addedEdges, updated };
  }

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
  }

  /** Drawn nodes for the side list: by kind in palette order, then by name. */
  sortedNodes(order: readonly string[]): ExploreNode[] {
    return [...this.nodes.values()].sort(
      (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name),
    );
  }
}
