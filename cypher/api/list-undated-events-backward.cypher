// Undated events in reverse id order before $beforeId (a sentinel above every id for the last
// page): the start of a backward walk over the timeline. Rows come last first.
MATCH (ev:Event)
WHERE ev.id >= '' AND ev.id < $beforeId
  AND ev.date IS NULL
  AND ($types IS NULL OR ev.type IN $types)
  AND coalesce(ev.confidence, 1.0) >= $minConfidence
  AND ($participantId IS NULL OR EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(ev) })
  AND ($locationId IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Entity {id: $locationId}) })
WITH ev
ORDER BY ev.id DESC
LIMIT toInteger($limit)
RETURN ev {.id, .type, .date, .name, .summary, .articleCount, confidence: coalesce(ev.confidence, 1.0)} AS event,
  [(p:Entity)-[:PARTICIPATED_IN]->(ev) | p.id] AS participantIds,
  head([(ev)-[:OCCURRED_IN]->(l:Entity) | l.id]) AS locationId,
  [(ev)-[r:REPORTED_IN]->(a:Article) | {articleId: a.id, sentence: r.evidence}] AS reports
