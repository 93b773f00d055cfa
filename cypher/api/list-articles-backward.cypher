// One keyset page of dated articles in list-articles' order, backward from the oldest or from
// $beforeAt/$beforeId (the next page's first article): the article_published_at index read in
// ascending date between $lower (the cursor's date, else far past) and $upper. Rows come last first.
MATCH (a:Article)
WHERE a.publishedAt >= datetime($lower) AND a.publishedAt <= datetime($upper)
  AND ($beforeAt IS NULL OR a.publishedAt > datetime($beforeAt)
    OR (a.publishedAt = datetime($beforeAt) AND a.id < $beforeId))
  AND ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to) + duration('P1D'))
  AND ($entityId IS NULL OR EXISTS { (:Entity {id: $entityId})-[:MENTIONED_IN]->(a) })
WITH a
ORDER BY a.publishedAt, a.id DESC
LIMIT toInteger($limit)
RETURN a {.id, .title, .name, .url, .source, .wordCount,
  publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article
