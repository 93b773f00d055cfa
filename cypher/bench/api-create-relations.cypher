// Bench: a batch of typed relationships; row.type is checked against RELATION_TYPES by the caller.
UNWIND $rows AS row
MATCH (f:Entity {id: row.fromId}), (t:Entity {id: row.toId})
CREATE (f)-[r:$(row.type)]->(t)
SET r.role = row.role, r.roleKey = coalesce(toLower(row.role), ''), r.articleCount = size(row.articleIds),
  r.articleIds = row.articleIds, r.evidence = row.evidence
