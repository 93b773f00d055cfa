// Events of the batch's event types in which a candidate entity took part, with their participants
// and which of the batch's articles already report them. Only events that can match one of the
// batch's events of that type are read (resolve.ts `matchEvent`): with both dates known they must
// be compatible; with either date missing the event must share two participants with the batch,
// and since the batch's existing participants are all candidates, it must have two candidates
// among its participants. That keeps a hub's undated events (a country's many arrests) out.
// Participants are locked entities (or new ones), so no other writer can change which events
// match while this transaction runs.
UNWIND $participantIds AS participantId
MATCH (:Entity {id: participantId})-[:PARTICIPATED_IN]->(ev:Event)
WHERE ev.type IN $types
WITH DISTINCT ev
WITH ev, [q IN $queries WHERE q.type = ev.type] AS queries
WHERE any(q IN queries WHERE q.date IS NOT NULL AND ev.date IS NOT NULL
          AND (ev.date STARTS WITH q.date OR q.date STARTS WITH ev.date))
   OR (any(q IN queries WHERE q.date IS NULL OR ev.date IS NULL)
       AND COUNT { MATCH (c:Entity)-[:PARTICIPATED_IN]->(ev) WHERE c.id IN $participantIds } >= 2)
RETURN ev.id AS id, ev.type AS type, ev.date AS date,
       COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev) RETURN p.id } AS participants,
       COLLECT { MATCH (ev)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $articleIds RETURN a.id } AS articles
