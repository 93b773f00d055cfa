// One keyset page of entities in (nameKey, id) order, backward from the end or from $before (the
// [nameKey, id] of the next page's first entity): the entity_name_key index read in reverse
// between $lower and $upper, as list-entities-by-name reads it forward. Rows come last first.
MATCH (e:Entity)
WHERE e.nameKey >= $lower AND e.nameKey <= $upper
  AND ($before IS NULL OR [e.nameKey, e.id] < $before)
  AND ($prefix IS NULL OR e.nameKey STARTS WITH $prefix)
  AND ($types IS NULL OR e.type IN $types)
  AND coalesce(e.confidence, 1.0) >= $minConfidence
  AND ($articleId IS NULL OR EXISTS { (e)-[:MENTIONED_IN]->(:Article {id: $articleId}) })
  AND ($from IS NULL AND $to IS NULL OR EXISTS {
    (e)-[:MENTIONED_IN]->(a:Article)
    WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
      AND ($to IS NULL OR a.publishedAt < datetime($to) + duration('P1D'))
  })
WITH e
ORDER BY e.nameKey DESC, e.id DESC
LIMIT toInteger($limit)
RETURN e {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(e.confidence, 1.0)} AS entity,
  [e.nameKey, e.id] AS sortKey
