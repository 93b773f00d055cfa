// Export --depth: one breadth-first step, the nodes next to the given nodes (by elementId).
UNWIND $keys AS key
MATCH (n)--(m)
WHERE elementId(n) = key
RETURN DISTINCT elementId(m) AS key
