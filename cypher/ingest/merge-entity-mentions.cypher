// One row per entity of the batch (src/ingest/write.ts `mentionRows`): creates the entity if new
// (its type label from the allow-list, checked in src/ingest/write.ts), refreshes its names and
// counts once, and records its mention in each of the batch's articles that name it. The entity is
// locked by this transaction (lock-entity-candidates) and the row's names were computed from what
// the graph held under that lock; aliases and keys are still merged with the stored ones, never
// replaced, so no form an article contributed can be lost.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.type = row.type, e.mentionCount = 0, e.articleCount = 0
SET e.name = row.name,
    e.nameKey = row.nameKey,
    e.surnameKey = CASE WHEN row.type = 'Person' THEN last(split(row.nameKey, ' ')) ELSE null END,
    e.aliases = row.aliases + [x IN coalesce(e.aliases, []) WHERE NOT x IN row.aliases AND x <> row.name],
    e.aliasKeys = row.aliasKeys + [x IN coalesce(e.aliasKeys, []) WHERE NOT x IN row.aliasKeys],
    e.mentionCount = e.mentionCount + row.count,
    e.articleCount = e.articleCount + size(row.mentions),
    e.confidence = CASE WHEN e.confidence IS NULL OR row.confidence > e.confidence THEN row.confidence ELSE e.confidence END
WITH e, row
UNWIND row.mentions AS mention
MATCH (a:Article {id: mention.articleId})
// Each article version is written once (a changed article withdraws its mentions first), so the
// mention is created, not merged: no expansion of a hub entity's mentions.
CREATE (e)-[:MENTIONED_IN {count: mention.count, aliases: mention.aliases, confidence: mention.confidence}]->(a)
