// One keyset page of the dated timeline in list-events' (date, id) order, backward from the
// latest or from $beforeDate/$beforeId (the next page's first event): the event_date range index
// read in reverse between $lower (the start of $from's year, else '') and $upper (the cursor's
// date, else a sentinel above every date). Rows come last first.
MATCH (ev:Event)
WHERE ev.date >= $lower AND ev.date <= $upper
  AND ($beforeDate IS NULL OR ev.date < $beforeDate OR (ev.date = $beforeDate AND ev.id < $beforeId))
  AND ($types IS NULL OR ev.type IN $types)
  AND coalesce(ev.confidence, 1.0) >= $minConfidence
  AND ($from IS NULL OR ev.date >= left($from, size(ev.date)))
  AND ($to IS NULL OR ev.date <= left($to, size(ev.date)))
  AND ($participantId IS NULL OR EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(ev) })
  AND ($locationId IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Entity {id: $locationId}) })
WITH ev
ORDER BY ev.date DESC, ev.id DESC
LIMIT toInteger($limit)
RETURN ev {.id, .type, .date, .name, .summary, .articleCount, confidence: coalesce(ev.confidence, 1.0)} AS event,
  [(p:Entity)-[:PARTICIPATED_IN]->(ev) | p.id] AS participantIds,
  head([(ev)-[:OCCURRED_IN]->(l:Entity) | l.id]) AS locationId,
  [(ev)-[r:REPORTED_IN]->(a:Article) | {articleId: a.id, sentence: r.evidence}] AS reports
