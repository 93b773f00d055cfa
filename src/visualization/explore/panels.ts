import { NODE_LABELS, NODE_STYLES, RELATIONSHIP_STYLES, type NodeLabel } from '../palette';
import type { EventDetail, SearchHit } from './graphql';
import { kindOf, type ExploreNode } from './model';
import type { TooltipContent } from './tooltip';

/** DOM helpers for the side panels. Everything is built with textContent: no HTML strings. */

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The /explore page has no #${id}: the HTML and the bundle are out of step`);
  return el as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; data?: Record<string, string>; title?: string } = {},
  children: Array<Node | null> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.data ?? {})) node.dataset[k] = v;
  for (const c of children) if (c) node.append(c);
  return node;
}

/** A coloured dot in the palette colour of `kind`. */
export function swatch(kind: NodeLabel): HTMLElement {
  const dot = el('span', { className: `swatch kind-${kind}` });
  dot.style.backgroundColor = NODE_STYLES[kind].color;
  dot.style.borderColor = NODE_STYLES[kind].borderColor;
  return dot;
}

export function renderResults(list: HTMLElement, hits: SearchHit[], onPick: (hit: SearchHit) => void): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const kind = kindOf(hit.type);
      const button = el('button', { className: 'result', data: { key: hit.key } }, [
        swatch(kind),
        el('span', { className: 'name', text: hit.name }),
        el('span', {
          className: 'meta',
          text: `${kind}${hit.aliases.length ? ` · ${hit.aliases.slice(0, 2).join('; ')}` : ''}`,
        }),
      ]);
      button.type = 'button';
      button.addEventListener('click', () => onPick(hit));
      return el('li', {}, [button]);
    }),
  );
  if (hits.length === 0) list.replaceChildren(el('li', { className: 'empty', text: 'No entity matches.' }));
}

export function renderDrawn(list: HTMLElement, nodes: ExploreNode[], onPick: (id: string) => void): void {
  list.replaceChildren(
    ...nodes.map((n) => {
      const item = el('li', { data: { nodeId: n.id, kind: n.kind }, title: n.name }, [
        swatch(n.kind),
        el('span', { className: 'name', text: n.name }),
      ]);
      item.tabIndex = 0;
      item.addEventListener('click', () => onPick(n.id));
      item.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') onPick(n.id);
      });
      return item;
    }),
  );
  byId('drawn-count').textContent = String(nodes.length);
}

/** Date order, undated last (the API already orders them; this keeps the panel right regardless). */
export function sortEvents(events: EventDetail[]): EventDetail[] {
  return [...events].sort((a, b) => {
    if (a.date === b.date) return a.name.localeCompare(b.name);
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date.localeCompare(b.date);
  });
}

export function renderTimeline(
  list: HTMLElement,
  events: EventDetail[],
  onPick: (ev: EventDetail) => void,
): void {
  list.replaceChildren(
    ...sortEvents(events).map((ev) => {
      const button = el('button', { className: 'event', data: { eventId: ev.id } }, [
        el('span', { className: 'date', text: ev.date ?? 'undated' }),
        el('span', { className: 'type', text: ev.type }),
        el('span', { className: 'who', text: ev.participants.map((p) => p.name).join(', ') }),
      ]);
      button.type = 'button';
      button.addEventListener('click', () => onPick(ev));
      return el('li', {}, [button]);
    }),
  );
  if (events.length === 0)
    list.replaceChildren(el('li', { className: 'empty', text: 'No events recorded.' }));
}

export function renderLegend(box: HTMLElement): void {
  const nodes = NODE_LABELS.filter((k) => k !== 'Article').map((kind) =>
    el('li', {}, [swatch(kind), el('span', { text: kind })]),
  );
  const rels = (
    ['HOLDS_ROLE', 'MEMBER_OF', 'DEPLOYED_TO', 'DESIGNATED', 'OPPOSES', 'PARTICIPATED_IN'] as const
  ).map((type) => {
    const line = el('span', { className: 'line' });
    line.style.backgroundColor = RELATIONSHIP_STYLES[type].color;
    return el('li', {}, [line, el('span', { text: type })]);
  });
  box.replaceChildren(
    el('ul', { className: 'legend-nodes' }, nodes),
    el('ul', { className: 'legend-rels' }, rels),
  );
}

export function renderTooltip(box: HTMLElement, content: TooltipContent): void {
  box.replaceChildren(
    el('div', { className: 'tt-title', text: content.title }),
    el('div', { className: 'tt-sub', text: content.subtitle }),
    ...content.facts.map((f) => el('div', { className: 'tt-fact', text: f })),
    ...content.evidence.map((e) =>
      el('blockquote', { className: 'tt-evidence' }, [
        el('p', { text: `“${e.sentence}”` }),
        el('cite', { text: e.source }),
      ]),
    ),
  );
}
