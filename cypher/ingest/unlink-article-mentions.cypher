// Removes the given articles' mentions, returning each entity touched with the alias forms its
// remaining mentions use, so the caller can recompute its names.
UNWIND $articleIds AS articleId
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {id: articleId})
SET e.mentionCount = e.mentionCount - m.count,
    e.articleCount = e.articleCount - 1
DELETE m
WITH DISTINCT e
RETURN e.id AS id, e.type AS type, e.name AS name,
       COLLECT { MATCH (e)-[m2:MENTIONED_IN]->() UNWIND m2.aliases AS alias RETURN DISTINCT alias } AS aliases
