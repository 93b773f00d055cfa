// One keyset page of the entities mentioned in the same articles as $id: most shared articles
// first, then id. $after = null or the [-articles, id] sortKey of the previous page's last one.
MATCH (e:Entity {id: $id})-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(o:Entity)
WHERE o <> e AND coalesce(o.confidence, 1.0) >= $minConfidence
WITH o, count(a) AS articles
WITH o, articles, [-articles, o.id] AS sortKey
WHERE $after IS NULL OR sortKey > $after
RETURN o {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(o.confidence, 1.0)} AS entity,
  articles, sortKey
ORDER BY sortKey
LIMIT toInteger($limit)
