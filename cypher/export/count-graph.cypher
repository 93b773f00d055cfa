// How many nodes and relationships the graph has: what a whole-graph export must contain.
CALL () { MATCH (n) RETURN count(n) AS total }
CALL () { MATCH (n:ResolutionLock) RETURN count(n) AS locks }
WITH total - locks AS nodes
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
