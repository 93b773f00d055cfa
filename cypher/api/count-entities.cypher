// How many entities match the filter of list-entities.
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
RETURN count(e) AS total
