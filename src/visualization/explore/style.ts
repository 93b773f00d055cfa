import type { StylesheetJson } from 'cytoscape';
import {
  NODE_LABELS,
  NODE_STYLES,
  RELATIONSHIP_STYLES,
  isEntityRelation,
  type NodeLabel,
  type NodeStyle,
} from '../palette';

/**
 * How /explore draws the graph, all from palette.ts: the same fills, outlines, sizes and icons as
 * the Bloom perspective and the Browser style. Captions sit under the nodes (dark on a white
 * halo) rather than inside them, because a long name such as "Juan Ramón de la Fuente" does not
 * fit in a small circle.
 */

const BASE_SIZE = 30;

/** Diameter in px: the palette's relative size, a little larger for often mentioned entities. */
export function nodeSize(kind: NodeLabel, weight: number): number {
  const grow = Math.min(18, Math.round(4 * Math.log2(1 + Math.max(0, weight))));
  return Math.round(BASE_SIZE * NODE_STYLES[kind].size + grow);
}

/** 24×24 SVG bodies of the palette's icons, drawn in `fg` on the node's fill `bg`. */
const ICONS: Record<string, (fg: string, bg: string) => string> = {
  person: (fg) =>
    `<circle cx="12" cy="8" r="4.2" fill="${fg}"/><path d="M3.5 21c0-4.7 3.8-8 8.5-8s8.5 3.3 8.5 8z" fill="${fg}"/>`,
  building: (fg, bg) =>
    `<path d="M4 21V3h11v5h5v13z" fill="${fg}"/>` +
    [6.5, 10.5]
      .flatMap((x) =>
        [5.5, 9.5, 13.5].map((y) => `<rect x="${x}" y="${y}" width="2.5" height="2.5" fill="${bg}"/>`),
      )
      .join('') +
    `<rect x="16" y="11" width="2" height="2" fill="${bg}"/><rect x="16" y="15" width="2" height="2" fill="${bg}"/>`,
  skull: (fg, bg) =>
    `<path d="M12 2.5c-4.7 0-8 3.3-8 7.6 0 2.6 1.2 4.5 3 5.6V19h2.2v2.5h5.6V19H17v-3.3c1.8-1.1 3-3 3-5.6 0-4.3-3.3-7.6-8-7.6z" fill="${fg}"/>` +
    `<circle cx="8.8" cy="11" r="2" fill="${bg}"/><circle cx="15.2" cy="11" r="2" fill="${bg}"/>`,
  ship: (fg) =>
    `<path d="M2.5 15h19l-3.2 5.5H5.7z" fill="${fg}"/><rect x="11" y="3" width="1.8" height="11" fill="${fg}"/><path d="M13.2 4.5l5.3 7.5h-5.3z" fill="${fg}"/><path d="M10.6 6.5L6 12h4.6z" fill="${fg}"/>`,
  'map-pin': (fg, bg) =>
    `<path d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7z" fill="${fg}"/><circle cx="12" cy="9" r="2.6" fill="${bg}"/>`,
  calendar: (fg, bg) =>
    `<rect x="3" y="4.5" width="18" height="17" rx="2" fill="${fg}"/><rect x="5" y="9.5" width="14" height="10" fill="${bg}"/>` +
    `<rect x="7" y="2.5" width="2" height="4" fill="${fg}"/><rect x="15" y="2.5" width="2" height="4" fill="${fg}"/>` +
    `<rect x="7" y="12" width="3" height="3" fill="${fg}"/>`,
  newspaper: (fg, bg) =>
    `<rect x="3" y="4" width="18" height="16" rx="1.5" fill="${fg}"/>` +
    [8, 11.5, 15].map((y) => `<rect x="6" y="${y}" width="12" height="1.6" fill="${bg}"/>`).join(''),
  circle: (fg) => `<circle cx="12" cy="12" r="6" fill="${fg}"/>`,
};

/** The node's icon as an SVG data URI (served from the page itself: the page loads nothing else). */
export function iconDataUri(style: NodeStyle): string {
  const draw = ICONS[style.icon] ?? ICONS.circle!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 24 24">${draw(style.textColor, style.color)}</svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/** The text of an edge: relation type, and its role when it has one (`HOLDS_ROLE · Secretary of State`). */
export function edgeCaption(type: string, role: string | null): string {
  if (!isEntityRelation(type)) return '';
  return role ? `${type} · ${role}` : type;
}

export function cytoscapeStyle(): StylesheetJson {
  const byKind: StylesheetJson = NODE_LABELS.map((kind) => {
    const s = NODE_STYLES[kind];
    return {
      selector: `node[kind = "${kind}"]`,
      style: {
        'background-color': s.color,
        'border-color': s.borderColor,
        'background-image': iconDataUri(s),
      },
    };
  });
  const byRel: StylesheetJson = Object.entries(RELATIONSHIP_STYLES).map(([type, s]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': s.color, 'target-arrow-color': s.color, width: 1 + s.width },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 2,
        'background-width': '60%',
        'background-height': '60%',
        'background-fit': 'none',
        label: 'data(caption)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
        'font-size': 12,
        'font-weight': 600,
        color: '#2A2C34',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2.5,
        'min-zoomed-font-size': 6,
        'overlay-shape': 'ellipse',
        'underlay-shape': 'ellipse',
      },
    },
    ...byKind,
    { selector: 'node[kind = "Event"]', style: { 'font-size': 10, 'font-weight': 500 } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        width: 2,
        'line-color': '#A5ABB6',
        'target-arrow-color': '#A5ABB6',
        label: 'data(caption)',
        'font-size': 9,
        color: '#4D5260',
        'text-rotation': 'autorotate',
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
      },
    },
    ...byRel,
    {
      selector: 'edge[type = "PARTICIPATED_IN"]',
      style: { 'target-arrow-shape': 'none', 'line-style': 'solid' },
    },
    { selector: 'edge[type = "OCCURRED_IN"]', style: { 'line-style': 'dashed' } },
    { selector: 'node.seed', style: { 'border-width': 4, 'border-color': '#2A2C34' } },
    { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 5 } },
    {
      selector: 'node:selected',
      style: { 'overlay-color': '#2A2C34', 'overlay-opacity': 0.15, 'overlay-padding': 6 },
    },
    {
      selector: '.hover',
      style: { 'underlay-color': '#FFC454', 'underlay-opacity': 0.35, 'underlay-padding': 6 },
    },
    { selector: '.faded', style: { opacity: 0.25 } },
    {
      selector: 'node.on-path',
      style: {
        'border-width': 5,
        'border-color': '#DA3B8A',
        'underlay-color': '#DA3B8A',
        'underlay-opacity': 0.18,
        'underlay-padding': 8,
      },
    },
    {
      selector: 'edge.on-path',
      style: { width: 6, 'line-color': '#DA3B8A', 'target-arrow-color': '#DA3B8A', 'z-index': 10 },
    },
  ];
}
