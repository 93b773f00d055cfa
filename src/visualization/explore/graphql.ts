import type { EntityRef, EventResult, PathResult, SubgraphResult } from './model';

/** The /explore page's GraphQL operations and a small POST client (same origin, no library). */

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface ExploreApi {
  search(query: string): Promise<SearchHit[]>;
  subgraph(key: string): Promise<SubgraphResult>;
  event(id: string): Promise<EventDetail | null>;
  entity(key: string): Promise<EntityDetail | null>;
  between(a: string, b: string): Promise<Between>;
  path(from: string, to: string, maxLength: number): Promise<PathResult | null>;
  timeline(key: string): Promise<EventDetail[]>;
}

export interface SearchHit extends EntityRef {
  aliases: string[];
  mentionCount: number;
}

export interface Evidence {
  sentence: string;
  article: { title: string | null; name: string; publishedAt: string | null };
}

export interface EventDetail extends EventResult {
  summary: string | null;
  reportedIn: Evidence[];
}

export interface EntityDetail extends SearchHit {
  articleCount: number;
  roles?: Array<{ title: string | null; organization: { name: string }; evidence: Evidence[] }>;
}

export interface Between {
  relationships: Array<{
    type: string;
    role: string | null;
    from: { key: string };
    to: { key: string };
    evidence: Evidence[];
  }>;
  sharedEvents: EventDetail[];
}

const ENTITY_FIELDS = 'key name type aliases mentionCount';
const EVIDENCE_FIELDS = 'sentence article { title name publishedAt }';
const EVENT_FIELDS = `id type date name summary articleCount
  participants { key name type } location { key name type }
  reportedIn { ${EVIDENCE_FIELDS} }`;

const SEARCH = `query ExploreSearch($q: String!) {
  entity(name: $q) { ${ENTITY_FIELDS} }
  search(query: $q, first: 10) { edges { node { ${ENTITY_FIELDS} } } }
}`;

const SUBGRAPH = `query ExploreSubgraph($ids: [ID!]!) {
  subgraph(ids: $ids, depth: 1, limit: 40) {
    truncated
    nodes { id label type weight }
    edges { id source target type label eventId weight }
  }
}`;

const EVENT = `query ExploreEvent($id: ID!) { node(id: $id) { ... on Event { ${EVENT_FIELDS} } } }`;

const ENTITY = `query ExploreEntity($id: ID!) {
  entity(id: $id) {
    ${ENTITY_FIELDS} articleCount
    ... on Person { roles { title organization { name } evidence { ${EVIDENCE_FIELDS} } } }
  }
}`;

const BETWEEN = `query ExploreBetween($a: ID!, $b: ID!) {
  relationshipsBetween(a: $a, b: $b) {
    relationships { type role from { key } to { key } evidence { ${EVIDENCE_FIELDS} } }
    sharedEvents { ${EVENT_FIELDS} }
  }
}`;

const PATH = `query ExplorePath($from: ID!, $to: ID!, $max: PositiveInt) {
  path(from: $from, to: $to, maxLength: $max) {
    length
    nodes { key name type }
    steps {
      from { key } to { key }
      relationship { type role from { key } to { key } }
      event { id type date name participants { key name type } location { key name type } }
    }
  }
}`;

const TIMELINE = `query ExploreTimeline($id: ID!) {
  events(filter: { participant: $id }, first: 50) { edges { node { ${EVENT_FIELDS} } } }
}`;

/** The API client: one POST per operation to `endpoint`; GraphQL errors are thrown with their code. */
export function createApi(endpoint: string, fetchImpl: Fetch = (i, init) => fetch(i, init)): ExploreApi {
  async function run<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GraphQLError[] };
    const error = body.errors?.[0];
    if (error) throw new GraphQLRequestError(error.message, error.extensions?.code);
    if (!body.data) throw new GraphQLRequestError(`The API answered ${res.status} without data`, undefined);
    return body.data;
  }

  return {
    async search(q) {
      const data = await run<{ entity: SearchHit | null; search: { edges: Array<{ node: SearchHit }> } }>(
        SEARCH,
        {
          q,
        },
      );
      // The alias-aware exact match first (entity(name) ignores case and accents), then full-text hits.
      const hits = [...(data.entity ? [data.entity] : []), ...data.search.edges.map((e) => e.node)];
      return hits.filter((h, i) => hits.findIndex((o) => o.key === h.key) === i);
    },
    async subgraph(key) {
      return (await run<{ subgraph: SubgraphResult }>(SUBGRAPH, { ids: [key] })).subgraph;
    },
    async event(id) {
      // `node` of a non-event id is an object without the Event fields.
      const node = (await run<{ node: Partial<EventDetail> | null }>(EVENT, { id })).node;
      return node?.id ? (node as EventDetail) : null;
    },
    async entity(key) {
      return (await run<{ entity: EntityDetail | null }>(ENTITY, { id: key })).entity;
    },
    async between(a, b) {
      return (await run<{ relationshipsBetween: Between }>(BETWEEN, { a, b })).relationshipsBetween;
    },
    async path(from, to, maxLength) {
      return (await run<{ path: PathResult | null }>(PATH, { from, to, max: maxLength })).path;
    },
    async timeline(key) {
      const data = await run<{ events: { edges: Array<{ node: EventDetail }> } }>(TIMELINE, { id: key });
      return data.events.edges.map((e) => e.node);
    },
  };
}
