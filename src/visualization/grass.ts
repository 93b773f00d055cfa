import {
  ENTITY_SUPER_LABEL,
  FALLBACK_NODE_STYLE,
  NODE_LABELS,
  NODE_STYLES,
  RELATIONSHIP_STYLES,
  RELATIONSHIP_TYPES,
  type NodeStyle,
} from './palette';

/**
 * Builds the Neo4j Browser style sheet (visualization/newsgraph.grass) from the palette. GRASS is
 * Browser's CSS-like "graph style sheet": `node.Label { prop: value; }` and
 * `relationship.TYPE { … }`. Browser merges every rule whose selector matches, later rules
 * winning, so the generic `node` and `node.Entity` rules come first and the type labels after:
 * a `:Entity:Person` node ends up with Person's colours.
 */

/** Node diameter in Browser for a style of size 1. */
const BASE_DIAMETER = 50;

/** The style sheet text. */
export function buildGrass(): string {
  const rules: string[] = [
    rule('node', nodeDeclarations(FALLBACK_NODE_STYLE)),
    rule(`node.${ENTITY_SUPER_LABEL}`, nodeDeclarations(FALLBACK_NODE_STYLE)),
    ...NODE_LABELS.map((label) => rule(`node.${label}`, nodeDeclarations(NODE_STYLES[label]))),
    rule('relationship', relationshipDeclarations('#A5ABB6', 1)),
    ...RELATIONSHIP_TYPES.map((type) =>
      rule(
        `relationship.${type}`,
        relationshipDeclarations(RELATIONSHIP_STYLES[type].color, RELATIONSHIP_STYLES[type].width),
      ),
    ),
  ];
  return `${rules.join('\n\n')}\n`;
}

function nodeDeclarations(style: NodeStyle): Array<[string, string]> {
  return [
    ['diameter', `${Math.round(BASE_DIAMETER * style.size)}px`],
    ['color', style.color],
    ['border-color', style.borderColor],
    ['border-width', '2px'],
    ['text-color-internal', style.textColor],
    ['font-size', '10px'],
    // Browser fills {prop} from the node's properties; Event shows "CALL 2025-01-11".
    ['caption', `"${style.captionKeys.map((k) => `{${k}}`).join(' ')}"`],
  ];
}

function relationshipDeclarations(color: string, width: number): Array<[string, string]> {
  return [
    ['color', color],
    ['shaft-width', `${width}px`],
    ['font-size', '8px'],
    ['padding', '3px'],
    ['text-color-external', '#000000'],
    ['text-color-internal', '#FFFFFF'],
    // Browser only substitutes <type> when it is the whole caption.
    ['caption', '"<type>"'],
  ];
}

function rule(selector: string, declarations: Array<[string, string]>): string {
  const body = declarations.map(([prop, value]) => `  ${prop}: ${value};`).join('\n');
  return `${selector} {\n${body}\n}`;
}
