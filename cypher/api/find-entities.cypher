// Entities by id (DataLoader batch): one row per id found.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .type, .name, .aliases, .mentionCount, .articleCount, confidence: coalesce(e.confidence, 1.0)} AS entity
