// The stored events that can match one of the batch's events (resolve.ts `matchEvent`), with their
// participants and which of the batch's articles already report them. Each query is one event of
// the batch: its type, its date and the ids its participants resolved to. A stored event is read
// only when matchEvent could take it for that very event: same type, a shared participant, with
// both dates known a compatible date, with either date missing two shared participants, and with
// two or more participants on both sides at least half of them shared. An event that could only
// have matched another event of the batch is never returned.
// Every way in goes through the PARTICIPATED_IN lookup index (`lookupKey` = participant id + '|' +
// event type, `eventDate` = the event's date or ''), so a lookup reads only events that share a
// participant and the type with the query, on a compatible date: its cost does not grow with the
// number of events of that type and month, nor with a busy participant's other events.
// - both dates known: the query date's prefixes ("2025", "2025-03", "2025-03-04") by equality and
//   finer dates ("2025-03-…" for "2025-03") by prefix;
// - either date missing: two shared participants are needed, so every match also takes part with
//   a participant other than the busiest, and only the others' lookups are read: all dates of the
//   type for an undated query, undated events ('') for a dated one.
// Each branch's guard is an UNWIND over an empty or one-element list rather than a WHERE: the
// planner may run a WHERE on the outer row after the index seek (it did, reading every dated event
// of a participant for dated queries too, a read that grew with the graph), an UNWIND runs first.
// Every lookup must seek the index (USING INDEX SEEK): when the index's sampled statistics said it
// was empty while the graph was not (after a bulk delete, or while it fills), the planner chose to
// scan the whole index once per participant and day, and one batch took 6–12 s until the next
// re-plan.
// Participants are locked entities (or new ones), so no other writer can change which events
// match while this transaction runs.
UNWIND $queries AS q
CALL (q) {
  UNWIND CASE WHEN q.date IS NULL THEN [] ELSE q.participantIds END AS participantId
  UNWIND [n IN [4, 7] WHERE n < size(q.date) | left(q.date, n)] + q.date AS day
  MATCH ()-[pi:PARTICIPATED_IN {lookupKey: participantId + '|' + q.type, eventDate: day}]->(ev:Event)
  USING INDEX SEEK pi:PARTICIPATED_IN(lookupKey, eventDate)
  RETURN ev
  UNION
  UNWIND CASE WHEN q.date IS NULL OR size(q.date) > 7 THEN [] ELSE q.participantIds END AS participantId
  MATCH ()-[pi:PARTICIPATED_IN]->(ev:Event)
  USING INDEX SEEK pi:PARTICIPATED_IN(lookupKey, eventDate)
  WHERE pi.lookupKey = participantId + '|' + q.type AND pi.eventDate STARTS WITH q.date + '-'
  RETURN ev
  UNION
  UNWIND q.participantIds AS participantId
  MATCH (p:Entity {id: participantId})
  WITH p ORDER BY COUNT { (p)-[:PARTICIPATED_IN]->() } DESC, p.id
  WITH collect(p.id) AS stored
  UNWIND stored[1..] AS participantId
  CALL (q, participantId) {
    UNWIND CASE WHEN q.date IS NULL THEN [participantId] ELSE [] END AS undatedBy
    MATCH ()-[pi:PARTICIPATED_IN]->(ev:Event)
    USING INDEX SEEK pi:PARTICIPATED_IN(lookupKey, eventDate)
    WHERE pi.lookupKey = undatedBy + '|' + q.type AND pi.eventDate IS NOT NULL
    RETURN ev
    UNION
    UNWIND CASE WHEN q.date IS NULL THEN [] ELSE [participantId] END AS datedBy
    MATCH ()-[pi:PARTICIPATED_IN {lookupKey: datedBy + '|' + q.type, eventDate: ''}]->(ev:Event)
    USING INDEX SEEK pi:PARTICIPATED_IN(lookupKey, eventDate)
    RETURN ev
  }
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
