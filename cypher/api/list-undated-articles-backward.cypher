// Undated articles in reverse id order before $beforeId (a sentinel above every id for the
// last page): the start of a backward walk over the article list. Rows come last first.
MATCH (a:Article)
WHERE a.id > $afterId AND a.id < $beforeId
  AND a.publishedAt IS NULL
  AND ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to) + duration('P1D'))
  AND ($entityId IS NULL OR EXISTS { (:Entity {id: $entityId})-[:MENTIONED_IN]->(a) })
WITH a
ORDER BY a.id DESC
LIMIT toInteger($limit)
RETURN a {.id, .title, .name, .url, .source, .wordCount,
  publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article
