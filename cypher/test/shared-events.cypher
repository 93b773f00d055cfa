// Test helper: events of a type in which both given entities took part, with their reports.
MATCH (a:Entity)-[:PARTICIPATED_IN]->(ev:Event {type: $type})<-[:PARTICIPATED_IN]-(b:Entity)
WHERE $a IN a.aliasKeys AND $b IN b.aliasKeys
CALL (ev) {
  MATCH (ev)-[r:REPORTED_IN]->(article:Article)
  WITH article, r
  ORDER BY article.id
  RETURN collect(article.id) AS articles, collect(r.evidence) AS evidence
}
RETURN ev.id AS id, COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev) RETURN p.name } AS participants,
       articles, evidence
