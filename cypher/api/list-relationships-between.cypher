// Every stated relation (either direction) and every shared event of two entities.
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
RETURN
  [(a)-[r]-(b) WHERE type(r) IN $relTypes | {type: type(r), fromId: startNode(r).id,
    toId: endNode(r).id, role: r.role, articleCount: coalesce(r.articleCount, size(r.articleIds)), articleIds: r.articleIds, evidence: r.evidence, confidence: coalesce(r.confidence, 1.0)}] AS relationships,
  [(a)-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(b) | ev.id] AS eventIds
