// Test helper: removes every node and relationship (test graphs are small).
MATCH (n)
DETACH DELETE n
