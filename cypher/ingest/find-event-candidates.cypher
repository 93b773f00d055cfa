// The stored events that can match one of the batch's events (resolve.ts `matchEvent`), with their
// participants and which of the batch's articles already report them. Each query is one event of
// the batch: its type, its date and the ids its participants resolved to. A stored event is read
// only when matchEvent could take it for that very event: same type, a shared participant, with
// both dates known a compatible date, with either date missing two shared participants, and with
// two or more participants on both sides at least half of them shared. An event that could only
// have matched another event of the batch is never returned.
// The ways in do not walk a busy participant's events (a country takes part in thousands):
// - both dates known: the (type, date) index, for the query date's prefixes ("2025", "2025-03"
//   for "2025-03-04") and for dates that start with it; a query dated by its year only would
//   read a whole year of that type that way, so it walks its participants' events instead;
// - either date missing: two shared participants are needed, so every match also takes part with
//   a participant other than the busiest, and only the others' events are walked.
// Participants are locked entities (or new ones), so no other writer can change which events
// match while this transaction runs.
UNWIND $queries AS q
CALL (q) {
  UNWIND [n IN [4, 7] WHERE n < size(coalesce(q.date, '')) | left(q.date, n)] AS prefix
  MATCH (ev:Event {type: q.type, date: prefix})
  RETURN ev
  UNION
  WITH q
  WHERE size(coalesce(q.date, '')) > 4
  MATCH (ev:Event {type: q.type})
  WHERE ev.date STARTS WITH q.date
  RETURN ev
  UNION
  UNWIND CASE WHEN size(coalesce(q.date, '')) = 4 THEN q.participantIds ELSE [] END AS participantId
  MATCH (:Entity {id: participantId})-[:PARTICIPATED_IN]->(ev:Event)
  WHERE ev.type = q.type AND ev.date STARTS WITH q.date
  RETURN ev
  UNION
  UNWIND q.participantIds AS participantId
  MATCH (p:Entity {id: participantId})
  WITH p ORDER BY COUNT { (p)-[:PARTICIPATED_IN]->() } DESC, p.id
  WITH collect(p) AS participants
  UNWIND participants[1..] AS p
  MATCH (p)-[:PARTICIPATED_IN]->(ev:Event)
  WHERE ev.type = q.type AND (q.date IS NULL OR ev.date IS NULL)
  RETURN ev
}
WITH q, ev,
     COUNT { MATCH (c:Entity)-[:PARTICIPATED_IN]->(ev) WHERE c.id IN q.participantIds } AS shared,
     COUNT { (ev)<-[:PARTICIPATED_IN]-() } AS size
WHERE shared >= 1
  AND ((q.date IS NOT NULL AND ev.date IS NOT NULL) OR shared >= 2)
  AND (size < 2 OR size(q.participantIds) < 2 OR 2 * shared >= size + size(q.participantIds) - shared)
WITH DISTINCT ev
RETURN ev.id AS id, ev.type AS type, ev.date AS date,
       COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev) RETURN p.id } AS participants,
       COLLECT { MATCH (ev)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $articleIds RETURN a.id } AS articles
