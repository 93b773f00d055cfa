// Every entity's identity and names, for the in-memory resolution index (src/ingest/resolve.ts).
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases
