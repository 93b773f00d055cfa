import { NODE_LABELS, NODE_STYLES } from '../../../src/visualization/palette';
import { createApi } from '../../../src/visualization/explore/graphql';
import {
  GraphModel,
  buildCaption,
  eventToDelta,
  parseEventName,
  pathToDelta,
  subgraphToDelta,
  type SubgraphResult,
} from '../../../src/visualization/explore/model';
import { cytoscapeStyle, edgeCaption, iconDataUri, nodeSize } from '../../../src/visualization/explore/style';
import { relationTooltip } from '../../../src/visualization/explore/tooltip';

const RUBIO = { key: 'person:marco-rubio', name: 'Marco Rubio', type: 'PERSON' };
const FUENTE = { key: 'person:juan-ramon-de-la-fuente', name: 'Juan Ramón de la Fuente', type: 'PERSON' };
const STATE = {
  key: 'organization:us-department-of-state',
  name: 'U.S. Department of State',
  type: 'ORGANIZATION',
};
const MEXICO = { key: 'location:mexico', name: 'Mexico', type: 'LOCATION' };

const subgraph: SubgraphResult = {
  truncated: false,
  nodes: [RUBIO, FUENTE, STATE, MEXICO].map((e) => ({ id: e.key, label: e.name, type: e.type, weight: 3 })),
  edges: [
    {
      id: 'person:marco-rubio|HOLDS_ROLE|organization:us-department-of-state|Secretary of State',
      source: RUBIO.key,
      target: STATE.key,
      type: 'HOLDS_ROLE',
      label: 'Secretary of State',
      eventId: null,
      weight: 5,
    },
    // One shared event arrives as one edge per pair of participants.
    ...[
      [FUENTE.key, RUBIO.key],
      [MEXICO.key, RUBIO.key],
      [FUENTE.key, MEXICO.key],
    ].map(([source, target]) => ({
      id: `event:1|${source}|${target}`,
      source: source!,
      target: target!,
      type: 'CALL',
      label: 'CALL 2025-01-11: Juan Ramón de la Fuente, Marco Rubio, Mexico',
      eventId: 'RXZlbnQ6ZXZlbnQ6MQ',
      weight: 3,
    })),
  ],
};

describe('the /explore graph model', () => {
  it.each([
    [['name'], { name: 'Marco Rubio' }, 'Marco Rubio'],
    [['type', 'date'], { type: 'CALL', date: '2025-01-11' }, 'CALL 2025-01-11'],
    [['type', 'date'], { type: 'MEETING', date: null }, 'MEETING'],
    [['title'], { title: '  ' }, ''],
    [
      ['name'],
      { name: 'A very long organization name that goes on and on' },
      'A very long organization name t…',
    ],
  ])('buildCaption(%j, %j) = %j', (keys, props, expected) => {
    expect(buildCaption(keys, props)).toBe(expected);
  });

  it.each([
    ['CALL 2025-01-11: Marco Rubio, Juan Ramón de la Fuente', { type: 'CALL', date: '2025-01-11' }],
    ['OTHER 2024-10: Claudia Sheinbaum', { type: 'OTHER', date: '2024-10' }],
    ['MEETING: Claudia Sheinbaum, Marco Rubio', { type: 'MEETING', date: null }],
    ['something else', { type: 'OTHER', date: null }],
  ])('parseEventName(%j)', (name, expected) => {
    expect(parseEventName(name)).toEqual(expected);
  });

  it('draws a shared event as one Event node with a participation edge per participant', () => {
    const delta = subgraphToDelta(subgraph);
    const event = delta.nodes.find((n) => n.kind === 'Event');
    expect(event).toMatchObject({ id: 'RXZlbnQ6ZXZlbnQ6MQ', caption: 'CALL 2025-01-11', date: '2025-01-11' });
    expect(delta.nodes).toHaveLength(5);
    expect(
      delta.edges
        .filter((e) => e.type === 'PARTICIPATED_IN')
        .map((e) => e.source)
        .sort(),
    ).toEqual([MEXICO.key, FUENTE.key, RUBIO.key].sort());
    expect(delta.edges.find((e) => e.type === 'HOLDS_ROLE')).toMatchObject({
      id: subgraph.edges[0]!.id,
      role: 'Secretary of State',
    });
    expect(delta.nodes.find((n) => n.id === FUENTE.key)).toMatchObject({
      kind: 'Person',
      caption: FUENTE.name,
    });
  });

  it('merges only what is new, updates richer data and skips dangling edges', () => {
    const model = new GraphModel();
    const first = model.merge(subgraphToDelta(subgraph));
    expect(first.nodes).toHaveLength(5);
    expect(first.edges).toHaveLength(4);
    expect(model.merge(subgraphToDelta(subgraph))).toEqual({ nodes: [], edges: [], updated: [] });

    const undated = subgraphToDelta({
      truncated: false,
      nodes: [{ id: 'location:cuba', label: 'Cuba', type: 'LOCATION', weight: 1 }],
      edges: [
        {
          id: 'x',
          source: 'location:cuba',
          target: 'location:nowhere',
          type: 'LOCATED_IN',
          label: null,
          eventId: null,
          weight: 1,
        },
      ],
    });
    const second = model.merge(undated);
    expect(second.nodes.map((n) => n.id)).toEqual(['location:cuba']);
    expect(second.edges).toEqual([]); // location:nowhere is not drawn

    const event = eventToDelta({
      id: 'RXZlbnQ6ZXZlbnQ6Mg',
      type: 'MEETING',
      date: null,
      name: 'MEETING: Marco Rubio',
      participants: [RUBIO],
      location: MEXICO,
    });
    model.merge(event);
    const dated = model.merge(
      eventToDelta({
        id: 'RXZlbnQ6ZXZlbnQ6Mg',
        type: 'MEETING',
        date: '2025-09-03',
        name: 'MEETING 2025-09-03: Marco Rubio',
        participants: [],
        location: null,
      }),
    );
    expect(dated.updated).toEqual([
      expect.objectContaining({ caption: 'MEETING 2025-09-03', date: '2025-09-03' }),
    ]);
    expect(model.edges.has('RXZlbnQ6ZXZlbnQ6Mg|OCCURRED_IN|location:mexico')).toBe(true);
    expect(model.sortedNodes(NODE_LABELS).map((n) => n.kind)).toEqual([
      'Person',
      'Person',
      'Organization',
      'Location',
      'Location',
      'Event',
      'Event',
    ]);
  });

  it('turns a path into nodes, edges and the ordered ids to highlight', () => {
    const delta = pathToDelta({
      length: 2,
      nodes: [RUBIO, STATE, FUENTE],
      steps: [
        {
          from: { key: RUBIO.key },
          to: { key: STATE.key },
          relationship: { type: 'HOLDS_ROLE', role: 'Secretary of State', from: RUBIO, to: STATE },
          event: null,
        },
        {
          from: { key: STATE.key },
          to: { key: FUENTE.key },
          relationship: null,
          event: { id: 'E', type: 'CALL', date: null, name: 'CALL: …', participants: [], location: null },
        },
      ],
    });
    expect(delta.highlight).toEqual([
      RUBIO.key,
      subgraph.edges[0]!.id, // the same id as the subgraph's edge, so the drawn edge lights up
      STATE.key,
      `${STATE.key}|PARTICIPATED_IN|E`,
      'E',
      `${FUENTE.key}|PARTICIPATED_IN|E`,
      FUENTE.key,
    ]);
    expect(delta.nodes.map((n) => n.id)).toEqual([RUBIO.key, STATE.key, FUENTE.key, 'E']);
  });
});

describe('the /explore style follows the palette', () => {
  it('gives every node label its palette fill and outline, and an icon', () => {
    const style = cytoscapeStyle() as Array<{ selector: string; style: Record<string, unknown> }>;
    for (const kind of NODE_LABELS) {
      const rule = style.find((r) => r.selector === `node[kind = "${kind}"]`);
      expect(rule?.style).toMatchObject({
        'background-color': NODE_STYLES[kind].color,
        'border-color': NODE_STYLES[kind].borderColor,
      });
      expect(rule?.style['background-image']).toBe(iconDataUri(NODE_STYLES[kind]));
    }
  });

  it('sizes nodes by the palette size and mentions, captions relations with their role', () => {
    expect(nodeSize('Event', 0)).toBeLessThan(nodeSize('Person', 0));
    expect(nodeSize('Person', 20)).toBeGreaterThan(nodeSize('Person', 1));
    expect(nodeSize('Person', 1e9)).toBeLessThanOrEqual(nodeSize('Person', 0) + 18);
    expect(edgeCaption('HOLDS_ROLE', 'Secretary of State')).toBe('HOLDS_ROLE · Secretary of State');
    expect(edgeCaption('OPPOSES', null)).toBe('OPPOSES');
    expect(edgeCaption('PARTICIPATED_IN', null)).toBe('');
  });
});

describe('the /explore hover cards and API client', () => {
  it('shows the sentences of the hovered relation only', () => {
    const evidence = (sentence: string) => ({
      sentence,
      article: { title: 'T', name: 'a.txt', publishedAt: null },
    });
    const edge = subgraphToDelta(subgraph).edges.find((e) => e.type === 'HOLDS_ROLE')!;
    const card = relationTooltip(
      edge,
      { source: 'Marco Rubio', target: 'U.S. Department of State' },
      {
        sharedEvents: [],
        relationships: [
          { type: 'OPPOSES', role: null, from: RUBIO, to: STATE, evidence: [evidence('wrong one')] },
          {
            type: 'HOLDS_ROLE',
            role: 'Secretary of State',
            from: RUBIO,
            to: STATE,
            evidence: [evidence('right one')],
          },
        ],
      },
    );
    expect(card).toEqual({
      title: 'Marco Rubio → U.S. Department of State',
      subtitle: 'HOLDS_ROLE · Secretary of State',
      facts: ['Stated in 1 article'],
      evidence: [{ sentence: 'right one', source: 'T' }],
    });
  });

  it('puts the alias-aware exact match first, without duplicates, and throws GraphQL errors with their code', async () => {
    const calls: Array<{ url: string; body: unknown }> = [];
    const answer = (body: unknown) => async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    };
    const hit = (e: typeof RUBIO) => ({ ...e, aliases: [], mentionCount: 1 });
    const api = createApi(
      '/graphql',
      answer({
        data: { entity: hit(RUBIO), search: { edges: [{ node: hit(FUENTE) }, { node: hit(RUBIO) }] } },
      }),
    );
    expect((await api.search('rubio')).map((h) => h.key)).toEqual([RUBIO.key, FUENTE.key]);
    expect(calls[0]).toMatchObject({ url: '/graphql', body: { variables: { q: 'rubio' } } });

    const failing = createApi(
      '/graphql',
      answer({ errors: [{ message: 'Too deep', extensions: { code: 'QUERY_TOO_COMPLEX' } }] }),
    );
    await expect(failing.subgraph(RUBIO.key)).rejects.toMatchObject({
      message: 'Too deep',
      code: 'QUERY_TOO_COMPLEX',
    });
  });
});
