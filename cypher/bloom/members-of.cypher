// The people and groups inside an organization or cartel: members, parts and role holders.
// @phrase members of $name
// @param name Entity.name "State Department"
MATCH (group:Entity)
WHERE group.name = $name OR $name IN group.aliases
MATCH p = (:Entity)-[:MEMBER_OF|PART_OF|HOLDS_ROLE]->(group)
RETURN p
LIMIT 300
