// How many events each entity took part in for list-entity-events' filter (DataLoader batch over
// $ids), for its totalCount.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id,
  COUNT { (e)-[:PARTICIPATED_IN]->(ev:Event)
    WHERE ($types IS NULL OR ev.type IN $types) AND coalesce(ev.confidence, 1.0) >= $minConfidence } AS total
