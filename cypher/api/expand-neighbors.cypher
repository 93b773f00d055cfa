// One breadth-first level: entities one hop from the frontier, through a typed relationship or a
// shared event, not yet visited; one connection each, best-known entities first, at most $cap.
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})
CALL (f) {
  MATCH (f)-[r]-(m:Entity)
  WHERE type(r) IN $relTypes AND coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN m, {kind: 'relationship', type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
    role: r.role, articleCount: coalesce(r.articleCount, size(r.articleIds)), articleIds: r.articleIds, evidence: r.evidence, confidence: coalesce(r.confidence, 1.0)} AS via
  UNION ALL
  MATCH (f)-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(m:Entity)
  WHERE $viaEvents AND m <> f AND coalesce(ev.confidence, 1.0) >= $minConfidence
  RETURN m, {kind: 'event', eventId: ev.id} AS via
}
WITH m, fid, via
WHERE NOT m.id IN $visited AND coalesce(m.confidence, 1.0) >= $minConfidence
WITH m, head(collect({fromId: fid, via: via})) AS link
ORDER BY m.mentionCount DESC, m.id
LIMIT toInteger($cap)
RETURN m {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(m.confidence, 1.0)} AS entity, link
