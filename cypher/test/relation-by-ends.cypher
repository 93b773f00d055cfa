// Test helper: relationships of a type between two entities found by alias key.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $from IN a.aliasKeys AND $to IN b.aliasKeys AND type(r) = $type
RETURN r.articleCount AS articleCount, r.articleIds AS articleIds, r.evidence AS evidence
