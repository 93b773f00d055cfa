// Timeline of an entity's calls and meetings, oldest first: date, type, who else took part,
// where, and the articles that report it. Dates sort as text (YYYY, YYYY-MM, YYYY-MM-DD).
// @param name "Marco Rubio"
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)
WHERE ev.type IN ['CALL', 'MEETING']
OPTIONAL MATCH (ev)-[:OCCURRED_IN]->(place:Location)
OPTIONAL MATCH (other:Entity)-[:PARTICIPATED_IN]->(ev)
WHERE other <> e
OPTIONAL MATCH (ev)-[:REPORTED_IN]->(a:Article)
RETURN ev.date AS date, ev.type AS type, collect(DISTINCT other.name) AS with,
  place.name AS place, ev.summary AS summary, collect(DISTINCT a.name) AS articles
ORDER BY date, type
