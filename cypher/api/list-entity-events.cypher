// A page of each entity's events in date order (DataLoader batch over $ids).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)
  WHERE ($types IS NULL OR ev.type IN $types) AND coalesce(ev.confidence, 1.0) >= $minConfidence
  WITH ev
  ORDER BY ev.date, ev.id
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
  RETURN collect(ev.id) AS eventIds
}
RETURN id, eventIds,
  COUNT { (e)-[:PARTICIPATED_IN]->(ev:Event)
    WHERE ($types IS NULL OR ev.type IN $types) AND coalesce(ev.confidence, 1.0) >= $minConfidence } AS total
