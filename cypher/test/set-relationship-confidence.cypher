// Test only: sets the extractor's confidence on the relationships of one type between two entities.
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type
SET r.confidence = $confidence
RETURN count(r) AS updated
