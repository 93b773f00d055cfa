// Bench: a batch of synthetic articles.
UNWIND $rows AS row
CREATE (:Article {id: row.id, title: row.title, name: row.title, url: row.url, source: row.source,
  origin: row.url, publishedAt: datetime(row.publishedAt), contentHash: row.id,
  ingestedAt: datetime(row.publishedAt), wordCount: row.wordCount})
