// The articles that mention an entity: where every fact about it comes from.
// @phrase articles about $name
// @param name Entity.name "Sinaloa Cartel"
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH p = (e)-[:MENTIONED_IN]->(:Article)
RETURN p
LIMIT 300
