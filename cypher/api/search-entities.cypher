// Full-text search over names and aliases, best first. $lucene is built from escaped user input.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($limit)}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node {.id, .type, .name, .aliases, .mentionCount, .articleCount} AS entity, score
ORDER BY score DESC, entity.mentionCount DESC
LIMIT toInteger($first)
