// Test helper: the confidence of the entity with alias key $key, of its outgoing relationships of
// type $type (with the kept per-article list) and of the events it took part in.
MATCH (e:Entity)
WHERE $key IN e.aliasKeys
RETURN e.confidence AS entity,
       COLLECT { MATCH (e)-[r]->(:Entity) WHERE type(r) = $type RETURN {confidence: r.confidence, confidences: r.confidences, articleIds: r.articleIds} } AS relations,
       COLLECT { MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev.confidence } AS events
