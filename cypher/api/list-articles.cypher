// A page of articles, newest first, optionally by source, date range or a mentioned entity.
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to) + duration('P1D'))
  AND ($entityId IS NULL OR EXISTS { (:Entity {id: $entityId})-[:MENTIONED_IN]->(a) })
WITH a
ORDER BY a.publishedAt DESC, a.id
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN a {.id, .title, .name, .url, .source, .wordCount,
  publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article
