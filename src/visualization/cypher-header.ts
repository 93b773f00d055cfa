/**
 * Reads the header comment of a ready-made query (cypher/bloom/*.cypher, cypher/examples/*.cypher):
 *
 * ```
 * // Who was deployed to a place, or to anywhere inside it.       ← description (plain lines)
 * // @phrase who was deployed to $place                            ← Bloom search phrase text
 * // @param place Location.name "Caribbean Sea"                    ← parameter, suggestion, sample
 * MATCH …
 * ```
 *
 * A `@param` names the parameter, optionally the label and property Bloom suggests values from,
 * and a JSON sample value that the tests run the query with (so every declared parameter is
 * exercised against the real server).
 */

export interface QueryParam {
  name: string;
  /** Label whose property Bloom offers as suggestions while the user types, if any. */
  suggestionLabel: string | null;
  suggestionProperty: string | null;
  /** A value the query is run with in tests and shown in the docs. */
  sample: unknown;
}

export interface QueryHeader {
  /** The plain comment lines, joined with spaces. */
  description: string;
  /** The Bloom search phrase (`neighbors of $name`), or null for a plain example query. */
  phrase: string | null;
  params: QueryParam[];
}

const PARAM = /^@param\s+(\w+)(?:\s+(\w+)\.(\w+))?\s+(.+)$/;

/** Parses the leading `//` lines of a Cypher file; throws naming the line that is malformed. */
export function parseQueryHeader(text: string, file = 'query'): QueryHeader {
  const description: string[] = [];
  const params: QueryParam[] = [];
  let phrase: string | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('//')) break;
    const body = line.replace(/^\/\/\s?/, '').trim();
    if (body.startsWith('@phrase ')) {
      phrase = body.slice('@phrase '.length).trim();
    } else if (body.startsWith('@param')) {
      const m = PARAM.exec(body);
      if (!m) throw new Error(`${file}: "${body}" is not "@param name [Label.property] <JSON sample>"`);
      let sample: unknown;
      try {
        sample = JSON.parse(m[4]!);
      } catch {
        throw new Error(`${file}: the sample of @param ${m[1]} is not JSON: ${m[4]}`);
      }
      params.push({
        name: m[1]!,
        suggestionLabel: m[2] ?? null,
        suggestionProperty: m[3] ?? null,
        sample,
      });
    } else if (body.startsWith('@')) {
      throw new Error(`${file}: unknown directive "${body.split(/\s/)[0]}" (use @phrase or @param)`);
    } else if (body) {
      description.push(body);
    }
  }
  return { description: description.join(' '), phrase, params };
}

/** The `$name` parameters a statement uses, in order of first use. */
export function usedParams(statement: string): string[] {
  const names = [...statement.matchAll(/\$(\w+)/g)].map((m) => m[1]!);
  return [...new Set(names)];
}

/** Sample values of the declared parameters, as a params object for the driver. */
export function sampleParams(header: QueryHeader): Record<string, unknown> {
  return Object.fromEntries(header.params.map((p) => [p.name, p.sample]));
}
