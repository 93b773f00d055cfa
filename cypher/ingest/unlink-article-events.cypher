// Removes the given articles' reports and participations from events; an event no article
// reports any more is deleted.
UNWIND $articleIds AS articleId
MATCH (ev:Event)-[rep:REPORTED_IN]->(:Article {id: articleId})
DELETE rep
WITH DISTINCT ev, articleId
CALL (ev, articleId) {
  MATCH (:Entity)-[pi:PARTICIPATED_IN]->(ev)
  SET pi.articleIds = [x IN pi.articleIds WHERE x <> articleId]
  WITH pi
  WHERE size(pi.articleIds) = 0
  DELETE pi
}
WITH DISTINCT ev
CALL (ev) {
  WITH ev
  WHERE NOT (ev)-[:REPORTED_IN]->()
  DETACH DELETE ev
}
