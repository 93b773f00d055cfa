// Ingest benchmark floor: the same entity-mention rows with the least work that keeps one node per id.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases
WITH e, row
MATCH (a:Article {id: row.articleId})
CREATE (e)-[:MENTIONED_IN {count: row.count}]->(a)
