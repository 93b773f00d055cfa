// One keyset page of each entity's mentions (DataLoader batch over $ids): most mentions first,
// then newest article, then article id — the sortKey [-count, -publishedAt in ms (undated after
// every dated one), article id]. A mention's key never changes once written, so an ingest between
// two pages neither repeats nor skips one. $after: null or the previous page's last sortKey.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN]->(a:Article)
  WITH m, a, [-m.count, coalesce(-a.publishedAt.epochMillis, 1000000000000000), a.id] AS sortKey
  WHERE $after IS NULL OR sortKey > $after
  WITH m, a, sortKey
  ORDER BY sortKey
  LIMIT toInteger($limit)
  RETURN collect({articleId: a.id, count: m.count, aliases: m.aliases, sortKey: sortKey}) AS mentions
}
RETURN id, mentions
