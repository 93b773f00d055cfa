// Test only: sets the extractor's confidence on an entity or event, as the ingest path stores it.
MATCH (n {id: $id})
WHERE n:Entity OR n:Event
SET n.confidence = $confidence
RETURN count(n) AS updated
