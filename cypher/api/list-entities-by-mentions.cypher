// One keyset page of entities, most mentioned first, then (nameKey, id); forward. The
// entity_mention_count range index yields them in descending count from $maxCount (the cursor's
// count, else the largest safe integer) down to $minCount, so a deep page reads about one page.
// $after: null or the [-mentionCount, nameKey, id] of the previous page's last entity.
MATCH (e:Entity)
WHERE e.mentionCount >= $minCount AND e.mentionCount <= $maxCount
  AND ($after IS NULL OR [-e.mentionCount, e.nameKey, e.id] > $after)
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
ORDER BY e.mentionCount DESC, e.nameKey, e.id
LIMIT toInteger($limit)
RETURN e {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(e.confidence, 1.0)} AS entity,
  [-e.mentionCount, e.nameKey, e.id] AS sortKey
