// One keyset page of dated articles, newest first, then id; forward. The article_published_at
// range index yields them in descending date between $lower and $upper (the cursor's date, else
// far past and far future), so a deep page reads about as many articles as it returns.
// $afterAt/$afterId: the previous page's last article (publishedAt as toString gave it), or null.
// Undated articles come after every dated one (list-undated-articles).
MATCH (a:Article)
WHERE a.publishedAt >= datetime($lower) AND a.publishedAt <= datetime($upper)
  AND ($afterAt IS NULL OR a.publishedAt < datetime($afterAt)
    OR (a.publishedAt = datetime($afterAt) AND a.id > $afterId))
  AND ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to) + duration('P1D'))
  AND ($entityId IS NULL OR EXISTS { (:Entity {id: $entityId})-[:MENTIONED_IN]->(a) })
WITH a
ORDER BY a.publishedAt DESC, a.id
LIMIT toInteger($limit)
RETURN a {.id, .title, .name, .url, .source, .wordCount,
  publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article
