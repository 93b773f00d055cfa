// One keyset page of each entity's typed relationships (DataLoader batch over $ids), in the order
// of the sortKey [type, other end's id, 0 outgoing / 1 incoming, roleKey] — the identity of a
// relationship (merge-relations MERGEs one per (from, type, roleKey, to)), so no ingest moves one.
// $types comes from the RELATION_TYPES allow-list; $direction is OUT, IN or BOTH; $after: null or
// the previous page's last sortKey.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) IN $types AND coalesce(r.confidence, 1.0) >= $minConfidence
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))
  WITH r, o, startNode(r) = e AS out
  WITH r, o, out, [type(r), o.id, CASE WHEN out THEN 0 ELSE 1 END, coalesce(r.roleKey, '')] AS sortKey
  WHERE $after IS NULL OR sortKey > $after
  WITH r, o, out, sortKey
  ORDER BY sortKey
  LIMIT toInteger($limit)
  RETURN collect({type: type(r), fromId: CASE WHEN out THEN e.id ELSE o.id END,
    toId: CASE WHEN out THEN o.id ELSE e.id END, role: r.role, articleCount: coalesce(r.articleCount, size(r.articleIds)), articleIds: r.articleIds,
    evidence: r.evidence, confidence: coalesce(r.confidence, 1.0), sortKey: sortKey}) AS relationships
}
RETURN id, relationships
