// Removes the given articles' mentions, returning each entity touched with the alias forms and
// the highest confidence its remaining mentions have, so the caller can recompute its names.
UNWIND $articleIds AS articleId
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {id: articleId})
SET e.mentionCount = e.mentionCount - m.count,
    e.articleCount = e.articleCount - 1
DELETE m
WITH DISTINCT e
RETURN e.id AS id, e.type AS type, e.name AS name,
       COLLECT { MATCH (e)-[m2:MENTIONED_IN]->() UNWIND m2.aliases AS alias RETURN DISTINCT alias } AS aliases,
       COLLECT { MATCH (e)-[m4:MENTIONED_IN]->() WITH coalesce(m4.confidence, 1.0) AS c RETURN c ORDER BY c DESC LIMIT 1 }[0] AS confidence
