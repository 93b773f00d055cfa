// One row per (entity, article): creates the entity if new (its type label from the allow-list,
// checked in src/ingest/write.ts), refreshes its names, and records the mention.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.type = row.type, e.mentionCount = 0, e.articleCount = 0
SET e.name = row.name,
    e.nameKey = row.nameKey,
    e.aliases = row.aliases,
    e.aliasKeys = row.aliasKeys,
    e.mentionCount = e.mentionCount + row.count,
    e.articleCount = e.articleCount + 1
WITH e, row
MATCH (a:Article {id: row.articleId})
// Each article version is written once (a changed article withdraws its mentions first), so the
// mention is created, not merged: no expansion of a hub entity's mentions.
CREATE (e)-[:MENTIONED_IN {count: row.count, aliases: row.articleAliases}]->(a)
