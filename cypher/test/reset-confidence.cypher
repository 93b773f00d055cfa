// Test only: sets every stored confidence (nodes and relationships) to 1.0.
CALL {
  MATCH (n)
  WHERE n.confidence IS NOT NULL
  SET n.confidence = 1.0
  RETURN count(n) AS nodes
}
CALL {
  MATCH ()-[r]->()
  WHERE r.confidence IS NOT NULL
  SET r.confidence = 1.0
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
