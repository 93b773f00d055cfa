/**
 * The Cypher files that spell out one clause per entity or relation type (Cypher takes no label or
 * relationship type as a parameter, and a static type keeps MERGE and count-store reads fast).
 * They are rendered here from the allow-lists of src/domain/types.ts and written to cypher/ by
 * `npm run generate:cypher`; tests/unit/cypher-files.test.ts fails when a checked-in file differs
 * from its rendering. Adding a type to the domain types and running the script updates them all.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../domain/types';

const HEADER =
  '// Generated from src/domain/types.ts by `npm run generate:cypher` (src/db/generated-cypher.ts).';

/** "DEPLOYED_TO" → "deployedTo", "Organization" → "organization": a Cypher variable name. */
function variable(type: string): string {
  const words = type.toLowerCase().split('_');
  return words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}

/** Relationship types that link entities in paths: every relation type, then shared events. */
const PATH_TYPES = [...RELATION_TYPES, 'PARTICIPATED_IN'].join('|');

/** Relationship types counted by count-graph, in the order the API lists them. */
const COUNTED_TYPES = ['MENTIONED_IN', ...RELATION_TYPES, 'PARTICIPATED_IN', 'OCCURRED_IN', 'REPORTED_IN'];

function mergeRelations(): string {
  const perType = RELATION_TYPES.map(
    (type) => `  WITH a, b, row WHERE row.type = '${type}'
  MERGE (a)-[r:${type} {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  RETURN r`,
  );
  return `${HEADER}
// One relationship per (from, type, role, to). \`articleCount\` counts the articles stating it; at
// most $maxEvidence of them keep their id, sentence and confidence (parallel lists), ranked by
// confidence (highest first) then article id, so a fact repeated by thousands of articles stays a
// small relationship, the kept entries do not depend on the order articles were written in, and
// \`confidence\` (the highest of any article stating it) is the first kept one's.
// One row per relationship of the batch (src/ingest/write.ts \`relationRows\`): \`entries\` are the
// batch's articles stating it (at most $maxEvidence, the best ranked), \`count\` all of them. The
// types are spelled out (one branch each, the allow-list of src/domain/types.ts) rather than
// dynamic: a MERGE on a static type expands only that type's relationships between the two
// entities (a dynamic one scans every relationship). \`coalesce(r.confidences[i], 1.0)\`: graphs
// written before confidences existed count every kept entry as 1.0.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CALL (a, b, row) {
${perType.join('\n  UNION\n')}
}
WITH r, row,
     [i IN range(0, size(r.articleIds) - 1) |
       {articleId: r.articleIds[i], evidence: r.evidence[i], confidence: coalesce(r.confidences[i], 1.0)}] AS stored
CALL (stored, row) {
  UNWIND stored + row.entries AS entry
  WITH entry ORDER BY entry.confidence DESC, entry.articleId
  LIMIT toInteger($maxEvidence)
  RETURN collect(entry) AS kept
}
SET r.articleCount = r.articleCount + row.count,
    r.articleIds = [e IN kept | e.articleId],
    r.evidence = [e IN kept | e.evidence],
    r.confidences = [e IN kept | e.confidence],
    r.confidence = kept[0].confidence
`;
}

function countGraph(): string {
  const labels = ['Entity', ...ENTITY_TYPES, 'Event'];
  const lines = [
    ...labels.map((l) => `CALL () { MATCH (n:${l}) RETURN count(n) AS ${variable(l)} }`),
    'CALL () { MATCH (n:Article) RETURN count(n) AS article, toString(max(n.ingestedAt)) AS lastIngestedAt }',
    ...COUNTED_TYPES.map((t) => `CALL () { MATCH ()-[r:${t}]->() RETURN count(r) AS ${variable(t)} }`),
  ];
  const list = (names: string[]): string =>
    names.map((n) => `{name: '${n}', count: ${variable(n)}}`).join(',\n   ');
  return `${HEADER}
// Counts by label and relationship type, each answered from the count store (constant time),
// and the last time an article was written.
${lines.join('\n')}
RETURN
  [${list([...labels, 'Article'])}] AS labels,
  [${list(COUNTED_TYPES)}] AS relationshipTypes,
  lastIngestedAt
`;
}

const PATH_RETURN = `RETURN [n IN nodes(p) | {id: n.id, event: n:Event}] AS nodes,
  [r IN relationships(p) | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
    role: r.role, articleCount: coalesce(r.articleCount, size(r.articleIds)), articleIds: r.articleIds, evidence: r.evidence, confidence: coalesce(r.confidence, 1.0)}] AS rels`;

function shortestPath(): string {
  return `${HEADER}
// The shortest path between two entities through typed relationships and shared events
// (an event counts as two relationships here; the API counts entity-to-entity steps).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = shortestPath((a)-[:${PATH_TYPES}*..12]-(b))
WHERE length(p) <= $maxRels
${PATH_RETURN}
`;
}

function shortestPaths(): string {
  return `${HEADER}
// Every shortest path (all of the same, minimal length) between two entities, at most $first
// (the API asks for its cap and orders them itself, so pages are stable).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:${PATH_TYPES}*..12]-(b))
WHERE length(p) <= $maxRels
WITH p
LIMIT toInteger($first)
${PATH_RETURN}
`;
}

/** Every generated file: its name under cypher/ (without .cypher) and its rendering. */
export const GENERATED_CYPHER: ReadonlyArray<readonly [string, () => string]> = [
  ['ingest/merge-relations', mergeRelations],
  ['api/count-graph', countGraph],
  ['api/find-shortest-path', shortestPath],
  ['api/find-shortest-paths', shortestPaths],
];
