// Test helper: every entity's id and name, by id.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name
ORDER BY id
