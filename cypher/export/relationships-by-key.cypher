// Export of a neighborhood: relationships whose both ends are among the given nodes (by
// elementId), shaped as export/relationships.
UNWIND $keys AS key
MATCH (a)-[r]->(b)
WHERE elementId(a) = key AND elementId(b) IN $keys
RETURN elementId(r) AS key, type(r) AS type, coalesce(a.id, elementId(a)) AS source,
  coalesce(b.id, elementId(b)) AS target, properties(r) AS props
