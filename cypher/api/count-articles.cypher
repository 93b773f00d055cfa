// How many articles match the filter of list-articles.
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to) + duration('P1D'))
  AND ($entityId IS NULL OR EXISTS { (:Entity {id: $entityId})-[:MENTIONED_IN]->(a) })
RETURN count(a) AS total
