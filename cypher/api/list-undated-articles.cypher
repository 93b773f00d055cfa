// The end of the article list: undated articles in id order (the article_id constraint's index
// order), after $afterId ('' for the first). Only asked for when the dated articles are exhausted
// and the filter has no date range.
MATCH (a:Article)
WHERE a.id > $afterId AND a.id < $beforeId
  AND a.publishedAt IS NULL
  AND ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to) + duration('P1D'))
  AND ($entityId IS NULL OR EXISTS { (:Entity {id: $entityId})-[:MENTIONED_IN]->(a) })
WITH a
ORDER BY a.id
LIMIT toInteger($limit)
RETURN a {.id, .title, .name, .url, .source, .wordCount,
  publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article
