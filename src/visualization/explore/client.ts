import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeSingular } from 'cytoscape';
import { NODE_LABELS } from '../palette';
import { createApi, type EventDetail, type SearchHit } from './graphql';
import {
  GraphModel,
  eventToDelta,
  pathToDelta,
  subgraphToDelta,
  type ExploreEdge,
  type ExploreNode,
  type GraphDelta,
} from './model';
import { createHoverCards } from './hover';
import { byId, el, renderDrawn, renderLegend, renderResults, renderTimeline } from './panels';
import { cytoscapeStyle, edgeCaption, nodeSize } from './style';

/**
 * The /explore page: search → neighborhood, click to expand, hover for evidence, path mode and
 * a timeline, all through the GraphQL API. `window.__explore` exposes the cytoscape instance and
 * the model for tests and for poking at the graph from the console.
 */

declare global {
  interface Window {
    __explore?: { cy: Core; model: GraphModel; pending: () => number };
  }
}

const api = createApi(document.body.dataset.endpoint ?? '/graphql');
const model = new GraphModel();
const cy = cytoscape({
  container: byId('graph'),
  style: cytoscapeStyle(),
  minZoom: 0.15,
  maxZoom: 3,
  boxSelectionEnabled: false,
  selectionType: 'single',
});

const cards = createHoverCards({ api, model, box: byId('tooltip') });

let pending = 0;
window.__explore = { cy, model, pending: () => pending };

/** Runs `work`, marks the page busy meanwhile and shows a failure in the status line. */
async function busy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  pending++;
  document.body.dataset.busy = 'true';
  setStatus(label);
  try {
    const result = await work();
    setStatus('');
    return result;
  } catch (err) {
    setStatus(`${label.replace(/…$/, '')} failed: ${err instanceof Error ? err.message : String(err)}`, true);
    return undefined;
  } finally {
    pending--;
    if (pending === 0) document.body.dataset.busy = 'false';
  }
}

function setStatus(text: string, error = false): void {
  const status = byId('status');
  status.textContent = text;
  status.classList.toggle('error', error);
  status.hidden = text === '';
}

// ---------------------------------------------------------------- drawing

function nodeData(n: ExploreNode): ElementDefinition['data'] {
  return { id: n.id, kind: n.kind, name: n.name, caption: n.caption, size: nodeSize(n.kind, n.weight) };
}

function edgeData(e: ExploreEdge): ElementDefinition['data'] {
  return { ...e, caption: edgeCaption(e.type, e.role) };
}

/**
 * Merges `delta` into the drawing. New nodes start on a ring around `anchor` (the clicked node,
 * or the chosen entity in the middle of a fresh drawing) and the layout starts from there rather
 * than from random positions, so the same graph is drawn the same way every time and an
 * expansion moves what is already drawn little.
 */
function draw(delta: GraphDelta, anchor?: string): { added: number } {
  const merged = model.merge(delta);
  const origin = anchor && cy.$id(anchor).nonempty() ? cy.$id(anchor).position() : { x: 0, y: 0 };
  const ring = merged.nodes.filter((n) => n.id !== anchor);
  const step = (2 * Math.PI) / Math.max(1, ring.length);
  const radius = 60 + 12 * ring.length;
  cy.batch(() => {
    for (const n of merged.nodes) {
      const i = ring.indexOf(n);
      const position =
        i < 0
          ? origin
          : { x: origin.x + radius * Math.cos(i * step), y: origin.y + radius * Math.sin(i * step) };
      cy.add({ group: 'nodes', data: nodeData(n), position });
    }
    for (const n of merged.updated) cy.$id(n.id).data(nodeData(n));
    for (const e of merged.edges) cy.add({ group: 'edges', data: edgeData(e) });
  });
  if (merged.nodes.length > 0 || merged.edges.length > 0) relayout();
  renderDrawn(byId('drawn-nodes'), model.sortedNodes(NODE_LABELS), focusNode);
  return { added: merged.nodes.length };
}

function relayout(): void {
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: false,
    fit: true,
    padding: 50,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 90,
    nodeRepulsion: () => 9000,
    edgeElasticity: () => 80,
    gravity: 0.6,
    numIter: 1500,
  }).run();
}

function focusNode(id: string): void {
  const node = cy.$id(id);
  if (node.empty()) return;
  cy.$(':selected').unselect();
  node.select();
  cy.animate({ center: { eles: node }, duration: 250 });
}

function reset(): void {
  model.clear();
  cy.elements().remove();
  clearPath();
}

// ---------------------------------------------------------------- search and neighborhood

async function choose(hit: { key: string; name: string }): Promise<void> {
  await busy(`Drawing ${hit.name}…`, async () => {
    const sub = await api.subgraph(hit.key);
    reset();
    draw(subgraphToDelta(sub), hit.key);
    cy.$id(hit.key).addClass('seed expanded');
    if (sub.truncated) setStatus(`${hit.name}: showing the first ${sub.nodes.length} neighbors`);
  });
  focusNode(hit.key);
  setPathEnd('from', hit);
  void loadTimeline(hit);
}

/** Clicking a node merges its neighborhood (entity) or its participants and place (event). */
async function expand(node: NodeSingular): Promise<void> {
  const id = node.id();
  const kind = node.data('kind') as string;
  await busy(`Expanding ${node.data('name') as string}…`, async () => {
    const delta =
      kind === 'Event'
        ? await api.event(id).then((ev) => (ev ? eventToDelta(ev) : { nodes: [], edges: [] }))
        : subgraphToDelta(await api.subgraph(id));
    const { added } = draw(delta, id);
    cy.$id(id).addClass('expanded');
    if (added === 0) setStatus(`Nothing new around ${node.data('name') as string}`);
  });
  if (kind !== 'Event') void loadTimeline({ key: id, name: node.data('name') as string });
}

async function runSearch(
  input: HTMLInputElement,
  list: HTMLElement,
  onPick: (hit: SearchHit) => void,
): Promise<void> {
  const q = input.value.trim();
  if (!q) return;
  const hits = await busy(`Searching “${q}”…`, () => api.search(q));
  if (hits) renderResults(list, hits, onPick);
}

// ---------------------------------------------------------------- timeline

let timelineFor = '';

async function loadTimeline(entity: { key: string; name: string }): Promise<void> {
  timelineFor = entity.key;
  byId('timeline-title').textContent = `Events of ${entity.name}`;
  const events = await busy(`Loading the events of ${entity.name}…`, () => api.timeline(entity.key));
  if (!events || timelineFor !== entity.key) return;
  renderTimeline(byId('timeline'), events, pickEvent);
}

function pickEvent(ev: EventDetail): void {
  draw(eventToDelta(ev), ev.participants.find((p) => cy.$id(p.key).nonempty())?.key);
  document.querySelectorAll<HTMLElement>('#timeline .event').forEach((b) => {
    b.classList.toggle('active', b.dataset.eventId === ev.id);
  });
  focusNode(ev.id);
  cards.show(cy.$id(ev.id));
}

// ---------------------------------------------------------------- path mode

const pathEnds: { from: { key: string; name: string } | null; to: { key: string; name: string } | null } = {
  from: null,
  to: null,
};

function setPathEnd(end: 'from' | 'to', hit: { key: string; name: string }): void {
  pathEnds[end] = hit;
  byId<HTMLInputElement>(`path-${end}`).value = hit.name;
  byId(`path-${end}-results`).replaceChildren();
}

function clearPath(): void {
  cy.elements().removeClass('on-path faded');
  byId('path-steps').replaceChildren();
}

async function findPath(): Promise<void> {
  const { from, to } = pathEnds;
  if (!from || !to) {
    setStatus('Pick both ends of the path from the search results first', true);
    return;
  }
  const path = await busy(`Finding a path from ${from.name} to ${to.name}…`, () =>
    api.path(from.key, to.key, 6),
  );
  if (path === undefined) return;
  clearPath();
  if (path === null) {
    byId('path-steps').replaceChildren(el('li', { className: 'empty', text: `No path of at most 6 steps.` }));
    return;
  }
  const delta = pathToDelta(path);
  draw(delta, from.key);
  const onPath = cy.collection();
  for (const id of delta.highlight) onPath.merge(cy.$id(id));
  cy.elements().not(onPath).addClass('faded');
  onPath.addClass('on-path');
  cy.animate({ fit: { eles: onPath, padding: 80 }, duration: 300 });
  byId('path-steps').replaceChildren(
    ...path.steps.map((s) => {
      const a = model.nodes.get(s.from.key)?.name ?? s.from.key;
      const b = model.nodes.get(s.to.key)?.name ?? s.to.key;
      const via = s.event
        ? s.event.name
        : s.relationship
          ? edgeCaption(s.relationship.type, s.relationship.role)
          : '';
      return el('li', {}, [
        el('span', { className: 'name', text: `${a} → ${b}` }),
        el('span', { className: 'meta', text: via }),
      ]);
    }),
  );
}

function setMode(mode: 'neighborhood' | 'path'): void {
  byId('path-panel').hidden = mode !== 'path';
  for (const m of ['neighborhood', 'path'] as const) {
    const b = byId(`mode-${m}`);
    b.classList.toggle('active', m === mode);
    b.setAttribute('aria-pressed', String(m === mode));
  }
  if (mode === 'neighborhood') clearPath();
}

// ---------------------------------------------------------------- wiring

cy.on('tap', 'node', (e: EventObject) => void expand(e.target as NodeSingular));
cy.on('mouseover', 'node, edge', (e: EventObject) => {
  e.target.addClass('hover');
  cards.show(e.target, e.renderedPosition);
});
cy.on('mouseout', 'node, edge', (e: EventObject) => {
  e.target.removeClass('hover');
  cards.hide();
});
cy.on('pan zoom', () => cards.hide());
// Leaving the canvas quickly does not always fire cytoscape's mouseout.
byId('graph').addEventListener('mouseleave', () => {
  cy.elements('.hover').removeClass('hover');
  cards.hide();
});

byId('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  setMode('neighborhood');
  void runSearch(byId<HTMLInputElement>('search'), byId('search-results'), (hit) => void choose(hit));
});
for (const end of ['from', 'to'] as const) {
  const input = byId<HTMLInputElement>(`path-${end}`);
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void runSearch(input, byId(`path-${end}-results`), (hit) => setPathEnd(end, hit));
  });
}
byId('path-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void findPath();
});
byId('path-clear').addEventListener('click', clearPath);
byId('mode-neighborhood').addEventListener('click', () => setMode('neighborhood'));
byId('mode-path').addEventListener('click', () => setMode('path'));
renderLegend(byId('legend'));
setStatus('');

// ?entity=<name or key> draws that entity straight away (links from elsewhere).
const initial = new URLSearchParams(location.search).get('entity');
if (initial) {
  byId<HTMLInputElement>('search').value = initial;
  void busy(`Looking up ${initial}…`, () => api.search(initial)).then((hits) => {
    const hit = hits?.[0];
    if (hit) void choose(hit);
  });
}
