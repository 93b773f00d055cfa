// Co-mentions: the entities most often mentioned in the same articles as $name, with the
// number of shared articles. A first hint at relations the extractor has not typed.
// @param name "Marco Rubio"
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(other:Entity)
RETURN other.name AS entity, other.type AS kind, count(DISTINCT a) AS sharedArticles,
  collect(DISTINCT a.name)[0..5] AS someArticles
ORDER BY sharedArticles DESC, entity
LIMIT 25
