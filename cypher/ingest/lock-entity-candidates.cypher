// Locks the candidate entities (ids sorted: one lock order for every writer) and returns their
// names as they are once the lock is granted, for the in-memory resolution index.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._LOCK_ = true
WITH e
REMOVE e._LOCK_
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases
