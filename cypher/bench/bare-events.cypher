// Ingest benchmark floor: the same event rows with their article and participants.
UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
SET ev.type = row.type, ev.date = row.date, ev.name = row.name
WITH ev, row
MATCH (a:Article {id: row.articleId})
CREATE (ev)-[:REPORTED_IN {evidence: row.evidence}]->(a)
WITH ev, row
UNWIND row.participantIds AS participantId
MATCH (p:Entity {id: participantId})
CREATE (p)-[:PARTICIPATED_IN {lookupKey: p.id + '|' + row.type, eventDate: coalesce(row.date, '')}]->(ev)
