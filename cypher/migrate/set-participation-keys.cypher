// Migration: participations written before the event lookup index existed get its keys (see
// schema.cypher: participant id + '|' + event type, and the event's date or ''). Idempotent; run
// by `db migrate` after the schema.
MATCH (p:Entity)-[pi:PARTICIPATED_IN]->(ev:Event)
WHERE pi.lookupKey IS NULL
CALL (p, pi, ev) {
  SET pi.lookupKey = p.id + '|' + ev.type, pi.eventDate = coalesce(ev.date, '')
} IN TRANSACTIONS OF 10000 ROWS
