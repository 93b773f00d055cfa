// One keyset page of the dated timeline in list-events' (date, id) order, backward from the
// latest or from $beforeDate/$beforeId (the next page's first event): each of $ranges (the same
// stretches of the event_date index as list-events, the main one ending at the cursor's date) read
// in reverse. Rows come last first.
UNWIND $ranges AS range
CALL (range) {
  MATCH (ev:Event)
  WHERE ev.date >= range.lower AND ev.date <= range.upper
    AND ($beforeDate IS NULL OR ev.date < $beforeDate OR (ev.date = $beforeDate AND ev.id < $beforeId))
    AND ($types IS NULL OR ev.type IN $types)
    AND coalesce(ev.confidence, 1.0) >= $minConfidence
    AND ($participantId IS NULL OR EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(ev) })
    AND ($locationId IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Entity {id: $locationId}) })
  WITH ev
  ORDER BY ev.date DESC, ev.id DESC
  LIMIT toInteger($limit)
  RETURN ev
}
WITH ev
ORDER BY ev.date DESC, ev.id DESC
LIMIT toInteger($limit)
RETURN ev {.id, .type, .date, .name, .summary, .articleCount, confidence: coalesce(ev.confidence, 1.0)} AS event,
  [(p:Entity)-[:PARTICIPATED_IN]->(ev) | p.id] AS participantIds,
  head([(ev)-[:OCCURRED_IN]->(l:Entity) | l.id]) AS locationId,
  [(ev)-[r:REPORTED_IN]->(a:Article) | {articleId: a.id, sentence: r.evidence}] AS reports
