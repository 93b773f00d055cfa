// Neighbors of a person: every entity and event one relationship away (articles left out),
// with the relationship's type and role. Draws as a star in Browser.
// @param name "Marco Rubio"
MATCH (p:Person)
WHERE p.name = $name OR $name IN p.aliases
MATCH path = (p)-[r]-(n)
WHERE NOT n:Article
RETURN path
LIMIT 200
