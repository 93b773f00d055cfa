// Test helper: entities with the given normalized alias key, with the articles mentioning them.
MATCH (e:Entity)
WHERE $key IN e.aliasKeys
RETURN e.id AS id, labels(e) AS labels,
       COLLECT { MATCH (e)-[:MENTIONED_IN]->(a:Article) RETURN a.id } AS articles
