// Removes the given articles' reports and participations from events; an event no article
// reports any more is deleted, the others get their count, summary, confidence and caption
// recomputed from the reports and participants left.
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
WITH ev, EXISTS { (ev)-[:REPORTED_IN]->() } AS reported
CALL (ev, reported) {
  WITH ev
  WHERE NOT reported
  DETACH DELETE ev
}
WITH ev, reported
WHERE reported
CALL (ev) {
  MATCH (ev)-[rep:REPORTED_IN]->(a:Article)
  WITH rep, a ORDER BY a.id
  RETURN count(rep) AS reports, collect(rep.summary)[0] AS summary, max(coalesce(rep.confidence, 1.0)) AS confidence
}
CALL (ev) {
  MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev)
  WITH p.name AS name ORDER BY name
  RETURN collect(name) AS names
}
SET ev.articleCount = reports,
    ev.summary = coalesce(summary, ev.summary),
    ev.confidence = confidence,
    ev.name = ev.type + CASE WHEN ev.date IS NULL THEN '' ELSE ' ' + ev.date END + ': ' +
      CASE WHEN size(names) = 0 THEN 'unnamed'
           ELSE reduce(s = head(names), n IN tail(names) | s + ', ' + n) END
