// A page of the timeline: events matching the filter in date order (undated events last).
// Partial dates overlap the range: "2025-09" is within 2025-09-03..2025-12-31.
MATCH (ev:Event)
WHERE ($types IS NULL OR ev.type IN $types)
  AND coalesce(ev.confidence, 1.0) >= $minConfidence
  AND ($from IS NULL OR ev.date >= left($from, size(ev.date)))
  AND ($to IS NULL OR ev.date <= left($to, size(ev.date)))
  AND ($participantId IS NULL OR EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(ev) })
  AND ($locationId IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Entity {id: $locationId}) })
WITH ev
ORDER BY ev.date, ev.id
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN ev {.id, .type, .date, .name, .summary, .articleCount, confidence: coalesce(ev.confidence, 1.0)} AS event,
  [(p:Entity)-[:PARTICIPATED_IN]->(ev) | p.id] AS participantIds,
  head([(ev)-[:OCCURRED_IN]->(l:Entity) | l.id]) AS locationId,
  [(ev)-[r:REPORTED_IN]->(a:Article) | {articleId: a.id, sentence: r.evidence}] AS reports
