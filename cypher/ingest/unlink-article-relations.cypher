// Withdraws the given articles from the relations they stated (listed in Article.relationKeys
// as "fromId|TYPE|toId|roleKey"); a relation no article states any more is deleted.
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})
UNWIND coalesce(article.relationKeys, []) AS key
WITH articleId, split(key, '|') AS k
MATCH (a:Entity {id: k[0]})-[r]->(b:Entity {id: k[2]})
WHERE type(r) = k[1] AND r.roleKey = k[3]
WITH r, articleId, [i IN range(0, size(r.articleIds) - 1) WHERE r.articleIds[i] <> articleId] AS keep
SET r.articleCount = r.articleCount - 1,
    r.evidence = [i IN keep | r.evidence[i]],
    r.articleIds = [i IN keep | r.articleIds[i]]
WITH r
WHERE r.articleCount <= 0
DELETE r
