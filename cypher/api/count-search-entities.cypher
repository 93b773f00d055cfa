// How many hits search-entities ranks for a query (at most $cap), for totalCount.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($cap)}) YIELD node
WHERE ($types IS NULL OR node.type IN $types) AND coalesce(node.confidence, 1.0) >= $minConfidence
RETURN count(node) AS total
