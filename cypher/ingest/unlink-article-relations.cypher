// Removes the given articles' entries from the relations they stated; a relation no article
// states any more is deleted. Relations join entities of one article, so start from its mentions.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE r.articleIds IS NOT NULL AND articleId IN r.articleIds
WITH DISTINCT r, articleId
WITH r, articleId, [i IN range(0, size(r.articleIds) - 1) WHERE r.articleIds[i] <> articleId] AS keep
SET r.evidence = [i IN keep | r.evidence[i]],
    r.articleIds = [i IN keep | r.articleIds[i]]
WITH r
WHERE size(r.articleIds) = 0
DELETE r
