// The entity a name denotes: the exact nameKey match (range index), else — only when $lucene is
// given — an entity whose aliasKeys contain the key among the full-text hits for the name (index-
// backed at any size). Callers pass $lucene = null first and repeat with it only when that finds
// nothing: the full-text query and the union around it cost more than the whole exact lookup,
// and an exact match always wins over an alias.
// $key = nameKey(name); $lucene = null, or the name as escaped Lucene phrase queries.
CALL () {
  MATCH (e:Entity {nameKey: $key})
  RETURN e, 2 AS rank
  UNION ALL
  WITH $lucene AS lucene
  WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', lucene, {limit: 50}) YIELD node
  WHERE $key IN node.aliasKeys
  RETURN node AS e, 1 AS rank
}
WITH e, rank
ORDER BY rank DESC, e.mentionCount DESC, e.id
LIMIT 1
RETURN e {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(e.confidence, 1.0)} AS entity
