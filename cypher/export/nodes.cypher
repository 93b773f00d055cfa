// Export: every node, streamed. `id` is the model's id (elementId for a node without one).
MATCH (n)
// Resolution lock stripes are write-coordination nodes, not graph content.
WHERE NOT n:ResolutionLock
RETURN elementId(n) AS key, coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props
