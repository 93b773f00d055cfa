// Test helper: sets each entity's nameKey and aliasKeys, computed by nameKey() in TypeScript.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.nameKey = row.nameKey, e.aliasKeys = row.aliasKeys
