// Creates or extends events: where each article reports it (with its sentence, summary and
// confidence), who took part, where it happened. Date, caption, summary, articleCount and
// confidence are derived from what the graph holds after this row, so they do not depend on the
// order in which writers arrived: the most precise compatible date, the participants' names
// sorted, the summary of the lowest reporting article id, the highest confidence of any report.
UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
  ON CREATE SET ev.type = row.type
SET ev.date = CASE
      WHEN ev.date IS NULL THEN row.date
      WHEN row.date IS NULL THEN ev.date
      WHEN size(row.date) > size(ev.date) AND row.date STARTS WITH ev.date THEN row.date
      ELSE ev.date
    END
WITH ev, row
MATCH (a:Article {id: row.articleId})
// Written once per article version (see merge-entity-mentions), so created rather than merged.
CREATE (ev)-[:REPORTED_IN {evidence: row.evidence, summary: row.summary, confidence: row.confidence}]->(a)
WITH ev, row
CALL (ev, row) {
  UNWIND row.participantIds AS participantId
  MATCH (p:Entity {id: participantId})
  MERGE (p)-[pi:PARTICIPATED_IN]->(ev)
    ON CREATE SET pi.articleIds = [], pi.lookupKey = p.id + '|' + ev.type
  // Kept sorted: the list is the same whatever order the articles were written in.
  SET pi.articleIds = [x IN pi.articleIds WHERE x < row.articleId] + row.articleId + [x IN pi.articleIds WHERE x > row.articleId]
}
CALL (ev, row) {
  WITH row
  WHERE row.locationId IS NOT NULL
  MATCH (l:Location {id: row.locationId})
  MERGE (ev)-[:OCCURRED_IN]->(l)
}
WITH DISTINCT ev
// The event lookup index (find-event-candidates) keys participations by the event's date.
CALL (ev) {
  MATCH ()-[pi:PARTICIPATED_IN]->(ev)
  WHERE pi.eventDate IS NULL OR pi.eventDate <> coalesce(ev.date, '')
  SET pi.eventDate = coalesce(ev.date, '')
}
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
