// One keyset page of each entity's events in date order, undated last (DataLoader batch over
// $ids): the sortKey [0 dated / 1 undated, date or '', id]. $after: null or the previous page's
// last sortKey.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)
  WHERE ($types IS NULL OR ev.type IN $types) AND coalesce(ev.confidence, 1.0) >= $minConfidence
  WITH ev, [CASE WHEN ev.date IS NULL THEN 1 ELSE 0 END, coalesce(ev.date, ''), ev.id] AS sortKey
  WHERE $after IS NULL OR sortKey > $after
  WITH ev, sortKey
  ORDER BY sortKey
  LIMIT toInteger($limit)
  RETURN collect({eventId: ev.id, sortKey: sortKey}) AS events
}
RETURN id, events
