// A page of each entity's typed relationships (DataLoader batch over $ids). $types comes from
// the RELATION_TYPES allow-list; $direction is OUT, IN or BOTH.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) IN $types AND coalesce(r.confidence, 1.0) >= $minConfidence
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))
  WITH r, o, startNode(r) = e AS out
  ORDER BY type(r), o.mentionCount DESC, o.id
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
  RETURN collect({type: type(r), fromId: CASE WHEN out THEN e.id ELSE o.id END,
    toId: CASE WHEN out THEN o.id ELSE e.id END, role: r.role, articleCount: coalesce(r.articleCount, size(r.articleIds)), articleIds: r.articleIds,
    evidence: r.evidence, confidence: coalesce(r.confidence, 1.0)}) AS relationships
}
RETURN id, relationships,
  COUNT { (e)-[r]-(:Entity) WHERE type(r) IN $types AND coalesce(r.confidence, 1.0) >= $minConfidence
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e)) } AS total
