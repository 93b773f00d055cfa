// Generated from src/domain/types.ts by `npm run generate:cypher` (src/db/generated-cypher.ts).
// The shortest path between two entities through typed relationships and shared events
// (an event counts as two relationships here; the API counts entity-to-entity steps).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = shortestPath((a)-[:HOLDS_ROLE|MEMBER_OF|PART_OF|LOCATED_IN|DEPLOYED_TO|DESIGNATED|OPPOSES|PARTICIPATED_IN*..12]-(b))
WHERE length(p) <= $maxRels
RETURN [n IN nodes(p) | {id: n.id, event: n:Event}] AS nodes,
  [r IN relationships(p) | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
    role: r.role, articleCount: coalesce(r.articleCount, size(r.articleIds)), articleIds: r.articleIds, evidence: r.evidence, confidence: coalesce(r.confidence, 1.0)}] AS rels
