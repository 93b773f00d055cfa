// Every event's identity, participants and reporting articles, for the in-memory resolution index.
MATCH (ev:Event)
RETURN ev.id AS id, ev.type AS type, ev.date AS date,
       COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev) RETURN p.id } AS participants,
       COLLECT { MATCH (ev)-[:REPORTED_IN]->(a:Article) RETURN a.id } AS articles
