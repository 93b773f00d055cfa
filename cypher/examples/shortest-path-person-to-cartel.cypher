// Shortest path from a person to a cartel over facts (roles, memberships, designations,
// shared events), ignoring co-mentions in articles; up to 6 steps.
// @param person "Juan Ramón de la Fuente"
// @param cartel "Sinaloa Cartel"
MATCH (p:Person)
WHERE p.name = $person OR $person IN p.aliases
MATCH (c:Cartel)
WHERE c.name = $cartel OR $cartel IN c.aliases
MATCH path = shortestPath(
  (p)-[:HOLDS_ROLE|MEMBER_OF|PART_OF|LOCATED_IN|DEPLOYED_TO|DESIGNATED|OPPOSES|PARTICIPATED_IN|OCCURRED_IN*..6]-(c)
)
RETURN path
