// Generated from src/domain/types.ts by `npm run generate:cypher` (src/db/generated-cypher.ts).
// Every shortest path (all of the same, minimal length) between two entities, at most $first
// (the API asks for its cap and orders them itself, so pages are stable).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:HOLDS_ROLE|MEMBER_OF|PART_OF|LOCATED_IN|DEPLOYED_TO|DESIGNATED|OPPOSES|PARTICIPATED_IN*..12]-(b))
WHERE length(p) <= $maxRels
WITH p
LIMIT toInteger($first)
RETURN [n IN nodes(p) | {id: n.id, event: n:Event}] AS nodes,
  [r IN relationships(p) | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
    role: r.role, articleCount: coalesce(r.articleCount, size(r.articleIds)), articleIds: r.articleIds, evidence: r.evidence, confidence: coalesce(r.confidence, 1.0)}] AS rels
