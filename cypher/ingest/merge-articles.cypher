// Creates or updates Article nodes; the body text is not stored (evidence lives on relationships).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.name = row.name,
    a.url = row.url,
    a.source = row.source,
    a.origin = row.origin,
    a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE datetime(row.publishedAt) END,
    a.contentHash = row.contentHash,
    a.wordCount = row.wordCount,
    a.relationKeys = row.relationKeys,
    a.ingestedAt = datetime($now)
