// A page of entities matching the filter, ordered by name or by mention count.
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND coalesce(e.confidence, 1.0) >= $minConfidence
  AND ($prefix IS NULL OR e.nameKey STARTS WITH $prefix)
  AND ($articleId IS NULL OR EXISTS { (e)-[:MENTIONED_IN]->(:Article {id: $articleId}) })
  AND ($from IS NULL AND $to IS NULL OR EXISTS {
    (e)-[:MENTIONED_IN]->(a:Article)
    WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
      AND ($to IS NULL OR a.publishedAt < datetime($to) + duration('P1D'))
  })
WITH e
ORDER BY CASE WHEN $orderBy = 'MENTIONS' THEN -e.mentionCount ELSE 0 END, e.nameKey, e.id
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN e {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(e.confidence, 1.0)} AS entity
