// Who was deployed to a place, or to anywhere that lies inside it (LOCATED_IN / PART_OF, up
// to 3 levels): "who was deployed to Caribbean".
// @phrase who was deployed to $place
// @param place Location.name "Caribbean"
MATCH (place:Location)
WHERE place.name = $place OR $place IN place.aliases
MATCH p = (:Entity)-[:DEPLOYED_TO]->(:Location)-[:LOCATED_IN|PART_OF*0..3]->(place)
RETURN p
LIMIT 300
