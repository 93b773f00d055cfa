// How many events match the filter of list-events.
MATCH (ev:Event)
WHERE ($types IS NULL OR ev.type IN $types)
  AND coalesce(ev.confidence, 1.0) >= $minConfidence
  AND ($from IS NULL OR ev.date >= left($from, size(ev.date)))
  AND ($to IS NULL OR ev.date <= left($to, size(ev.date)))
  AND ($participantId IS NULL OR EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(ev) })
  AND ($locationId IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Entity {id: $locationId}) })
RETURN count(ev) AS total
