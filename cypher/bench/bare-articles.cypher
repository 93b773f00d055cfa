// Ingest benchmark floor: the same article rows, created with no checks.
UNWIND $rows AS row
CREATE (a:Article {id: row.id})
SET a.title = row.title, a.name = row.name, a.url = row.url, a.source = row.source,
    a.contentHash = row.contentHash, a.wordCount = row.wordCount
