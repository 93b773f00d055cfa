import type { SingularElementArgument } from 'cytoscape';
import type { ExploreApi } from './graphql';
import type { GraphModel } from './model';
import { renderTooltip } from './panels';
import {
  entityTooltip,
  eventTooltip,
  participationTooltip,
  relationTooltip,
  type TooltipContent,
} from './tooltip';

/**
 * Hover cards: name, type or role, and the evidence sentences of the hovered node or edge,
 * fetched once per element (entity → `entity`, event → `node`, relation → `relationshipsBetween`,
 * participation → the event's reports).
 */
export function createHoverCards(opts: { api: ExploreApi; model: GraphModel; box: HTMLElement }): {
  show(target: SingularElementArgument, at?: { x: number; y: number }): void;
  hide(): void;
} {
  const { api, model, box } = opts;
  const cache = new Map<string, Promise<TooltipContent>>();
  let hovered = '';

  function content(target: SingularElementArgument): Promise<TooltipContent> {
    const id = target.id();
    let card = cache.get(id);
    if (card) return card;
    if (target.isNode()) {
      const node = model.nodes.get(id)!;
      card =
        node.kind === 'Event'
          ? api.event(id).then((d) => eventTooltip(node, d))
          : api.entity(id).then((d) => entityTooltip(node, d));
    } else {
      const edge = model.edges.get(id)!;
      const names = {
        source: model.nodes.get(edge.source)?.name ?? edge.source,
        target: model.nodes.get(edge.target)?.name ?? edge.target,
      };
      card = edge.eventId
        ? api.event(edge.eventId).then((d) => participationTooltip(edge, names, d))
        : api.between(edge.source, edge.target).then((b) => relationTooltip(edge, names, b));
    }
    // A failed fetch is tried again on the next hover.
    card.catch(() => cache.delete(id));
    cache.set(id, card);
    return card;
  }

  /**
   * Puts the card beside the hovered point on the side with more room (towards the middle of
   * the graph area), so it does not cover what is hovered, and keeps it inside the area.
   */
  function place(at: { x: number; y: number }): void {
    const stage = box.parentElement!.getBoundingClientRect();
    const { width, height } = box.getBoundingClientRect();
    const gap = 18;
    const left = at.x < stage.width / 2 ? at.x + gap : at.x - gap - width;
    const top = at.y < stage.height / 2 ? at.y + gap : at.y - gap - height;
    box.style.left = `${Math.round(Math.min(Math.max(8, left), stage.width - width - 8))}px`;
    box.style.top = `${Math.round(Math.min(Math.max(8, top), stage.height - height - 8))}px`;
  }

  return {
    show(target, at) {
      if (target.empty()) return;
      const id = target.id();
      hovered = id;
      const pos = at ?? (target.isNode() ? target.renderedPosition() : target.renderedMidpoint());
      const name = (target.isNode() ? target.data('name') : target.data('type')) as string;
      renderTooltip(box, { title: name, subtitle: 'Loading…', facts: [], evidence: [] });
      box.hidden = false;
      box.dataset.for = id;
      place(pos);
      void content(target)
        .then((card) => {
          if (hovered !== id) return;
          renderTooltip(box, card);
          place(pos);
        })
        .catch((err: unknown) => {
          if (hovered === id)
            renderTooltip(box, { title: name, subtitle: String(err), facts: [], evidence: [] });
        });
    },
    hide() {
      hovered = '';
      box.hidden = true;
    },
  };
}
