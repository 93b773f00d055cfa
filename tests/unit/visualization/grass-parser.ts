/**
 * A strict parser for Neo4j Browser's GRASS style sheets (`selector { property: value; … }`), as
 * Browser reads them: selectors are `node`, `relationship`, `node.Label` or `relationship.TYPE`;
 * values may be quoted. Throws on anything else, so a test proves the generated file parses.
 */
export type GrassRules = Map<string, Map<string, string>>;

const SELECTOR = /^(node|relationship)(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

export function parseGrass(text: string): GrassRules {
  const rules: GrassRules = new Map();
  const source = text.replace(/\/\*[\s\S]*?\*\//g, '');
  let i = 0;
  while (source.slice(i).trim()) {
    const open = source.indexOf('{', i);
    if (open < 0) throw new Error(`GRASS: trailing text "${source.slice(i).trim()}"`);
    const selector = source.slice(i, open).trim();
    if (!SELECTOR.test(selector)) throw new Error(`GRASS: bad selector "${selector}"`);
    if (rules.has(selector)) throw new Error(`GRASS: selector ${selector} appears twice`);
    // The body ends at the first } outside a quoted value (captions hold {property} templates).
    let close = open + 1;
    let quoted = false;
    while (close < source.length && (quoted || source[close] !== '}')) {
      if (source[close] === '"') quoted = !quoted;
      close++;
    }
    if (close >= source.length) throw new Error(`GRASS: rule ${selector} is not closed`);
    rules.set(selector, declarations(selector, source.slice(open + 1, close)));
    i = close + 1;
  }
  return rules;
}

function declarations(selector: string, body: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const declaration of body.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
    if (!declaration.trim()) continue;
    const colon = declaration.indexOf(':');
    if (colon < 0) throw new Error(`GRASS: "${declaration.trim()}" in ${selector} has no colon`);
    const property = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (!/^[a-z-]+$/.test(property) || !value) {
      throw new Error(`GRASS: bad declaration "${declaration.trim()}" in ${selector}`);
    }
    if (/^"/.test(value) && !/^"[^"]*"$/.test(value)) {
      throw new Error(`GRASS: unbalanced quotes in "${declaration.trim()}" in ${selector}`);
    }
    result.set(property, value.replace(/^"(.*)"$/, '$1'));
  }
  return result;
}
