// Everything one relationship away from an entity named (or aliased) $name, except the
// articles that mention it: roles, memberships, deployments, designations and events.
// @phrase neighbors of $name
// @param name Entity.name "Marco Rubio"
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH p = (e)-[]-(n)
WHERE NOT n:Article
RETURN p
LIMIT 300
