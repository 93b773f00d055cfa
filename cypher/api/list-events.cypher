// One keyset page of the dated timeline in (date, id) order. The event_date range index yields
// events in date order from $lower on, so a page reads about as many events as it returns however
// deep it is: no SKIP, no sort of the whole timeline. Partial dates sort before their days
// ("2025-09" < "2025-09-03") and overlap the range: "2025-09" is within 2025-09-03..2025-12-31.
// $lower: the cursor's date, else the start of $from's year, else '' (every dated event);
// $afterDate/$afterId: the previous page's last event, or null.
MATCH (ev:Event)
WHERE ev.date >= $lower
  AND ($afterDate IS NULL OR ev.date > $afterDate OR (ev.date = $afterDate AND ev.id > $afterId))
  AND ($types IS NULL OR ev.type IN $types)
  AND coalesce(ev.confidence, 1.0) >= $minConfidence
  AND ($from IS NULL OR ev.date >= left($from, size(ev.date)))
  AND ($to IS NULL OR ev.date <= left($to, size(ev.date)))
  AND ($participantId IS NULL OR EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(ev) })
  AND ($locationId IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Entity {id: $locationId}) })
WITH ev
ORDER BY ev.date, ev.id
LIMIT toInteger($limit)
RETURN ev {.id, .type, .date, .name, .summary, .articleCount, confidence: coalesce(ev.confidence, 1.0)} AS event,
  [(p:Entity)-[:PARTICIPATED_IN]->(ev) | p.id] AS participantIds,
  head([(ev)-[:OCCURRED_IN]->(l:Entity) | l.id]) AS locationId,
  [(ev)-[r:REPORTED_IN]->(a:Article) | {articleId: a.id, sentence: r.evidence}] AS reports
