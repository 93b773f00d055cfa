// One keyset page of entities in (nameKey, id) order, forward. The entity_name_key range index
// yields entities in name order between $lower and $upper (the cursor or the name prefix bound
// them; '' and a sentinel above every name otherwise), so a deep page reads about as many
// entities as it returns: no SKIP, no sort of the whole list.
// $after: null or the [nameKey, id] of the previous page's last entity.
MATCH (e:Entity)
WHERE e.nameKey >= $lower AND e.nameKey <= $upper
  AND ($after IS NULL OR [e.nameKey, e.id] > $after)
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
ORDER BY e.nameKey, e.id
LIMIT toInteger($limit)
RETURN e {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(e.confidence, 1.0)} AS entity,
  [e.nameKey, e.id] AS sortKey
