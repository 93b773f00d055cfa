// Test helper: every node (labels, properties) and relationship (ends, type, properties), for
// comparing two graphs exactly.
CALL () {
  MATCH (n)
  WHERE NOT n:ResolutionLock
  RETURN collect({labels: labels(n), props: properties(n)}) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  RETURN collect({from: a.id, type: type(r), to: b.id, props: properties(r)}) AS relationships
}
RETURN nodes, relationships
