// One keyset page of full-text search over names and aliases ($lucene is built from escaped user
// input). Hits rank by how the query matches — 0: a name or alias equal to it, 1: one starting
// with it, 2: any other hit — then most mentioned, then id. Unlike Lucene scores (which shift for
// every hit whenever the index grows), these change only for entities an ingest touches, so the
// cursor (the last hit's sortKey) stays valid between pages. At most $cap hits are ranked.
// $key = nameKey(query); $after = null or the sortKey of the previous page's last hit.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($cap)}) YIELD node, score
WHERE ($types IS NULL OR node.type IN $types) AND coalesce(node.confidence, 1.0) >= $minConfidence
WITH node, score,
  CASE
    WHEN node.nameKey = $key OR $key IN node.aliasKeys THEN 0
    WHEN node.nameKey STARTS WITH $key OR any(k IN node.aliasKeys WHERE k STARTS WITH $key) THEN 1
    ELSE 2
  END AS tier
WITH node, score, [tier, -coalesce(node.mentionCount, 0), node.id] AS sortKey
WHERE $after IS NULL OR sortKey > $after
RETURN node {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(node.confidence, 1.0)} AS entity,
  score, sortKey
ORDER BY sortKey
LIMIT toInteger($limit)
