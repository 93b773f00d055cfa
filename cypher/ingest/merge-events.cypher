// Creates or extends events: where each article reports it, who took part, where it happened.
UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
SET ev.type = row.type,
    ev.date = row.date,
    ev.name = row.name,
    ev.summary = coalesce(ev.summary, row.summary)
WITH ev, row
MATCH (a:Article {id: row.articleId})
// Written once per article version (see merge-entity-mentions), so created rather than merged.
CREATE (ev)-[:REPORTED_IN {evidence: row.evidence}]->(a)
WITH ev, row
CALL (ev, row) {
  UNWIND row.participantIds AS participantId
  MATCH (p:Entity {id: participantId})
  MERGE (p)-[pi:PARTICIPATED_IN]->(ev)
    ON CREATE SET pi.articleIds = []
  SET pi.articleIds = pi.articleIds + row.articleId
}
CALL (ev, row) {
  WITH row
  WHERE row.locationId IS NOT NULL
  MATCH (l:Location {id: row.locationId})
  MERGE (ev)-[:OCCURRED_IN]->(l)
}
SET ev.articleCount = COUNT { (ev)-[:REPORTED_IN]->() }
