// How many entities share at least one article with $id, for coMentioned's totalCount.
MATCH (e:Entity {id: $id})-[:MENTIONED_IN]->(:Article)<-[:MENTIONED_IN]-(o:Entity)
WHERE o <> e AND coalesce(o.confidence, 1.0) >= $minConfidence
RETURN count(DISTINCT o) AS total
