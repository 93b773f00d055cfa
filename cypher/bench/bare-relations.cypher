// Ingest benchmark floor: the same relation rows, created as one untyped relationship each.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CREATE (a)-[:RELATED {type: row.type, role: row.role, evidence: row.evidence}]->(b)
