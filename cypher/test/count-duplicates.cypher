// Test helper: entities sharing a type and canonical name key, and events sharing a type, date and
// participants: after any ingest there must be none.
CALL () {
  MATCH (e:Entity)
  WITH e.type AS type, e.nameKey AS key, count(*) AS n
  WHERE n > 1
  RETURN count(*) AS entities
}
CALL () {
  MATCH (ev:Event)
  WITH ev, COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev) RETURN p.id ORDER BY p.id } AS participants
  WITH ev.type AS type, ev.date AS date, participants, count(*) AS n
  WHERE n > 1
  RETURN count(*) AS events
}
RETURN entities, events
