// Events of the batch's event types in which a candidate entity took part, with their participants
// and which of the batch's articles already report them. Only events whose date is compatible
// with one of the batch's events of that type can match (resolve.ts `datesCompatible`; a null date
// is compatible with any). Participants are locked entities (or new ones), so no other writer can
// change which events match while this transaction runs.
UNWIND $participantIds AS participantId
MATCH (:Entity {id: participantId})-[:PARTICIPATED_IN]->(ev:Event)
WHERE ev.type IN $types
  AND any(q IN $queries WHERE q.type = ev.type
      AND (q.date IS NULL OR ev.date IS NULL OR ev.date STARTS WITH q.date OR q.date STARTS WITH ev.date))
WITH DISTINCT ev
RETURN ev.id AS id, ev.type AS type, ev.date AS date,
       COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev) RETURN p.id } AS participants,
       COLLECT { MATCH (ev)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $articleIds RETURN a.id } AS articles
