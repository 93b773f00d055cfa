// How many typed relationships each entity has for list-entity-relationships' filter (DataLoader
// batch over $ids), for its totalCount.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id,
  COUNT { (e)-[r]-(:Entity) WHERE type(r) IN $types AND coalesce(r.confidence, 1.0) >= $minConfidence
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e)) } AS total
