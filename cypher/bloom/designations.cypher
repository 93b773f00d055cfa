// Every designation in the graph: who designated whom, and as what (the relationship's role).
// @phrase designations
MATCH p = (:Entity)-[:DESIGNATED]->(:Entity)
RETURN p
LIMIT 500
