// Test helper: node counts by label set and relationship counts by type.
CALL () {
  MATCH (n)
  WHERE NOT n:ResolutionLock
  WITH labels(n) AS labels, count(*) AS n
  RETURN collect({labels: labels, n: n}) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS n
  RETURN collect({type: type, n: n}) AS relationships
}
RETURN nodes, relationships
