// One keyset page of the dated timeline in (date, id) order. Each of $ranges is a stretch of the
// event_date range index ({lower, upper}, repository/graph.ts `timelineRanges`): the partial dates
// that contain $from (its year and month sort before it but overlap the range) and the dates from
// $from (or the cursor's date) to $to. The index yields each stretch in date order, so a page reads
// about as many events as it returns however deep it is: no SKIP, no sort of the whole timeline.
// $afterDate/$afterId: the previous page's last event, or null.
UNWIND $ranges AS range
CALL (range) {
  MATCH (ev:Event)
  WHERE ev.date >= range.lower AND ev.date <= range.upper
    AND ($afterDate IS NULL OR ev.date > $afterDate OR (ev.date = $afterDate AND ev.id > $afterId))
    AND ($types IS NULL OR ev.type IN $types)
    AND coalesce(ev.confidence, 1.0) >= $minConfidence
    AND ($participantId IS NULL OR EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(ev) })
    AND ($locationId IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Entity {id: $locationId}) })
  WITH ev
  ORDER BY ev.date, ev.id
  LIMIT toInteger($limit)
  RETURN ev
}
WITH ev
ORDER BY ev.date, ev.id
LIMIT toInteger($limit)
RETURN ev {.id, .type, .date, .name, .summary, .articleCount, confidence: coalesce(ev.confidence, 1.0)} AS event,
  [(p:Entity)-[:PARTICIPATED_IN]->(ev) | p.id] AS participantIds,
  head([(ev)-[:OCCURRED_IN]->(l:Entity) | l.id]) AS locationId,
  [(ev)-[r:REPORTED_IN]->(a:Article) | {articleId: a.id, sentence: r.evidence}] AS reports
