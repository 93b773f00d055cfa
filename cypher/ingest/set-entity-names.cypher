// Sets recomputed names and confidence of entities after an article was withdrawn; entities
// mentioned nowhere any more are deleted.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
CALL (e, row) {
  WITH e, row
  WHERE e.articleCount > 0
  SET e.name = row.name, e.nameKey = row.nameKey, e.aliases = row.aliases, e.aliasKeys = row.aliasKeys,
      e.surnameKey = CASE WHEN e.type = 'Person' THEN last(split(row.nameKey, ' ')) ELSE null END,
      e.confidence = row.confidence
}
CALL (e) {
  WITH e
  WHERE e.articleCount <= 0
  DETACH DELETE e
}
