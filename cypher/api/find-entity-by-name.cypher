// The entity a name denotes: exact nameKey match (range index) first, else any entity whose
// aliasKeys contain the key among the full-text hits for the name (index-backed at any size).
// $key = nameKey(name); $lucene = the name as an escaped Lucene phrase query.
CALL () {
  MATCH (e:Entity {nameKey: $key})
  RETURN e, 2 AS rank
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node
  WHERE $key IN node.aliasKeys
  RETURN node AS e, 1 AS rank
}
WITH e, max(rank) AS rank
ORDER BY rank DESC, e.mentionCount DESC, e.id
LIMIT 1
RETURN e {.id, .type, .name, .aliases, .mentionCount, .articleCount} AS entity
