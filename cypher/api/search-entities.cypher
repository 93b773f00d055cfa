// Full-text search over names and aliases, best first. $lucene is built from escaped user input.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($limit)}) YIELD node, score
WHERE ($types IS NULL OR node.type IN $types) AND coalesce(node.confidence, 1.0) >= $minConfidence
RETURN node {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(node.confidence, 1.0)} AS entity, score
ORDER BY score DESC, entity.mentionCount DESC
LIMIT toInteger($first)
