// The end of the timeline: undated events in id order (the event_id constraint's index order),
// after $afterId ('' for the first). Only asked for when the dated events are exhausted and the
// filter has no date range.
MATCH (ev:Event)
WHERE ev.id > $afterId
  AND ev.date IS NULL
  AND ($types IS NULL OR ev.type IN $types)
  AND coalesce(ev.confidence, 1.0) >= $minConfidence
  AND ($participantId IS NULL OR EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(ev) })
  AND ($locationId IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Entity {id: $locationId}) })
WITH ev
ORDER BY ev.id
LIMIT toInteger($limit)
RETURN ev {.id, .type, .date, .name, .summary, .articleCount, confidence: coalesce(ev.confidence, 1.0)} AS event,
  [(p:Entity)-[:PARTICIPATED_IN]->(ev) | p.id] AS participantIds,
  head([(ev)-[:OCCURRED_IN]->(l:Entity) | l.id]) AS locationId,
  [(ev)-[r:REPORTED_IN]->(a:Article) | {articleId: a.id, sentence: r.evidence}] AS reports
