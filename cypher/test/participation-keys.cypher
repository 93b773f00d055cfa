// The events of the graph with their dates, report counts and participants, and how many
// participations disagree with the event lookup index's keys (lookupKey, eventDate).
MATCH (ev:Event)
RETURN ev.date AS date,
       ev.articleCount AS articleCount,
       COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev) RETURN p.name ORDER BY p.name } AS participants,
       COUNT { MATCH (p:Entity)-[pi:PARTICIPATED_IN]->(ev)
               WHERE pi.lookupKey IS NULL OR pi.lookupKey <> p.id + '|' + ev.type
                  OR pi.eventDate IS NULL OR pi.eventDate <> coalesce(ev.date, '') } AS stale
ORDER BY date
