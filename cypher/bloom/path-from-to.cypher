// The shortest chain of facts linking two entities (roles, memberships, designations, shared
// events…; co-mentions in an article do not count as a link), up to 6 steps.
// @phrase path from $a to $b
// @param a Entity.name "Juan Ramón de la Fuente"
// @param b Entity.name "Sinaloa Cartel"
MATCH (a:Entity)
WHERE a.name = $a OR $a IN a.aliases
MATCH (b:Entity)
WHERE b.name = $b OR $b IN b.aliases
WITH a, b
WHERE a <> b
MATCH p = shortestPath(
  (a)-[:HOLDS_ROLE|MEMBER_OF|PART_OF|LOCATED_IN|DEPLOYED_TO|DESIGNATED|OPPOSES|PARTICIPATED_IN|OCCURRED_IN*..6]-(b)
)
RETURN p
LIMIT 1
