// Entities most often mentioned in the same articles as $id, with the number of shared articles.
MATCH (e:Entity {id: $id})-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(o:Entity)
WHERE o <> e AND coalesce(o.confidence, 1.0) >= $minConfidence
WITH o, count(a) AS articles
ORDER BY articles DESC, o.mentionCount DESC, o.id
LIMIT toInteger($limit)
RETURN o {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(o.confidence, 1.0)} AS entity, articles
