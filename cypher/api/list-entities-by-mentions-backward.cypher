// One keyset page of entities in list-entities-by-mentions' order, backward from the end or from
// $before (the [-mentionCount, nameKey, id] of the next page's first entity): the
// entity_mention_count index read in ascending count from $minCount (the cursor's count, else
// -1). Rows come last first.
MATCH (e:Entity)
WHERE e.mentionCount >= $minCount AND e.mentionCount <= $maxCount
  AND ($before IS NULL OR [-e.mentionCount, e.nameKey, e.id] < $before)
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
ORDER BY e.mentionCount, e.nameKey DESC, e.id DESC
LIMIT toInteger($limit)
RETURN e {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(e.confidence, 1.0)} AS entity,
  [-e.mentionCount, e.nameKey, e.id] AS sortKey
