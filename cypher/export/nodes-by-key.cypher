// Export of a neighborhood: the given nodes (by elementId), shaped as export/nodes.
UNWIND $keys AS key
MATCH (n)
WHERE elementId(n) = key
RETURN elementId(n) AS key, coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props
