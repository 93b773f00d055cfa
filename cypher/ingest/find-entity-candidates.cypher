// The ids of every entity a batch's names can resolve to: an exact alias key of the same type
// (keyword full-text index on aliasKeys; keys hold only letters, digits and spaces, so the quoted
// term needs no escaping), or a person with the same surname; and the ids already taken by the id
// a new entity would get (`base`, `base-2`, …).
CALL () {
  UNWIND $keys AS k
  CALL db.index.fulltext.queryNodes('entity_alias_keys', '"' + k.key + '"') YIELD node
  WITH node, k
  WHERE node.type = k.type AND k.key IN node.aliasKeys
  RETURN node.id AS id
  UNION
  UNWIND $surnames AS s
  MATCH (p:Person {surnameKey: s})
  RETURN p.id AS id
}
WITH collect(DISTINCT id) AS candidates
CALL () {
  UNWIND $idBases AS base
  MATCH (e:Entity)
  WHERE e.id = base OR e.id STARTS WITH base + '-'
  RETURN collect(DISTINCT e.id) AS taken
}
RETURN candidates, taken
