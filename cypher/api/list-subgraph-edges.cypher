// The typed relationships and shared events among a set of entities, for visualization.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relTypes
RETURN type(r) AS type, a.id AS source, b.id AS target, r.role AS role, null AS eventId,
  coalesce(r.articleCount, size(r.articleIds)) AS weight
UNION ALL
MATCH (a:Entity)-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
RETURN ev.type AS type, a.id AS source, b.id AS target, ev.name AS role, ev.id AS eventId,
  ev.articleCount AS weight
