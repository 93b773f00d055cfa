// Bench: a batch of events with participants, location and the articles reporting them.
UNWIND $rows AS row
CREATE (ev:Event {id: row.id, type: row.type, date: row.date, name: row.name,
  summary: row.summary, articleCount: size(row.reports)})
WITH row, ev
CALL (row, ev) {
  UNWIND row.participantIds AS pid
  MATCH (p:Entity {id: pid})
  CREATE (p)-[:PARTICIPATED_IN {articleIds: [r IN row.reports | r.articleId]}]->(ev)
}
CALL (row, ev) {
  MATCH (l:Entity {id: row.locationId})
  CREATE (ev)-[:OCCURRED_IN]->(l)
}
CALL (row, ev) {
  UNWIND row.reports AS rep
  MATCH (a:Article {id: rep.articleId})
  CREATE (ev)-[:REPORTED_IN {evidence: rep.sentence, evidenceStart: 0}]->(a)
}
