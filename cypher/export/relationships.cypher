// Export: every relationship, streamed, with its endpoints' ids as in export/nodes.
MATCH (a)-[r]->(b)
RETURN elementId(r) AS key, type(r) AS type, coalesce(a.id, elementId(a)) AS source,
  coalesce(b.id, elementId(b)) AS target, properties(r) AS props
