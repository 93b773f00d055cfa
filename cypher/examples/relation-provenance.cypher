// Provenance of the relations between two entities: for each relationship, every article that
// states it, with its title, date and the exact sentence (evidence[i] comes from articleIds[i]).
// @param from "Marco Rubio"
// @param to "U.S. State Department"
MATCH (a:Entity)
WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity)
WHERE b.name = $to OR $to IN b.aliases
MATCH (a)-[r]-(b)
UNWIND range(0, size(r.articleIds) - 1) AS i
OPTIONAL MATCH (article:Article {id: r.articleIds[i]})
RETURN type(r) AS relation, r.role AS role, startNode(r).name AS subject, endNode(r).name AS object,
  r.articleIds[i] AS articleId, article.title AS title, article.publishedAt AS publishedAt,
  r.evidence[i] AS evidence
ORDER BY relation, publishedAt
