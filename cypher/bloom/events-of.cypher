// The events an entity took part in, with where they happened and who else took part.
// @phrase events of $name
// @param name Entity.name "Marco Rubio"
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[took:PARTICIPATED_IN]->(event:Event)
OPTIONAL MATCH (event)-[at:OCCURRED_IN]->(place:Location)
OPTIONAL MATCH (other:Entity)-[also:PARTICIPATED_IN]->(event)
RETURN e, took, event, at, place, other, also
LIMIT 500
