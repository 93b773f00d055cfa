// Withdraws the given articles from the relations they stated (listed in Article.relationKeys
// as "fromId|TYPE|toId|roleKey"); a relation no article states any more is deleted. The kept
// entries are ranked by confidence, so the first one left holds the highest remaining confidence.
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})
UNWIND coalesce(article.relationKeys, []) AS key
WITH articleId, split(key, '|') AS k
MATCH (a:Entity {id: k[0]})-[r]->(b:Entity {id: k[2]})
WHERE type(r) = k[1] AND r.roleKey = k[3]
// A subquery per row: two withdrawn articles of one relation each see the other's removal.
CALL (r, articleId) {
  WITH r, articleId, coalesce(r.confidences, [x IN r.articleIds | 1.0]) AS cs,
       [i IN range(0, size(r.articleIds) - 1) WHERE r.articleIds[i] <> articleId] AS keep
  SET r.articleCount = r.articleCount - 1,
      r.evidence = [i IN keep | r.evidence[i]],
      r.articleIds = [i IN keep | r.articleIds[i]],
      r.confidences = [i IN keep | cs[i]],
      r.confidence = CASE WHEN size(keep) > 0 THEN cs[keep[0]] ELSE r.confidence END
}
WITH DISTINCT r
WHERE r.articleCount <= 0
DELETE r
