// Articles by id (DataLoader batch).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .name, .url, .source, .wordCount,
  publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article
