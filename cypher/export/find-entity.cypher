// Export --entity: entities whose id is $id, or whose name or an alias normalizes to $key.
// Exact id first, then a match on the canonical name, then the most mentioned.
MATCH (e:Entity)
WHERE e.id = $id OR e.nameKey = $key OR $key IN e.aliasKeys
RETURN elementId(e) AS key, e.id AS id, e.name AS name, e.type AS type, e.id = $id AS exactId,
  coalesce(e.nameKey = $key, false) AS nameMatch
ORDER BY exactId DESC, nameMatch DESC, e.mentionCount DESC, e.id
LIMIT 10
