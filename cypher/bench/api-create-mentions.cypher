// Bench: a batch of MENTIONED_IN relationships.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (a:Article {id: row.articleId})
CREATE (e)-[:MENTIONED_IN {count: row.count, aliases: row.aliases}]->(a)
