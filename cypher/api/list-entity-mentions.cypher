// A page of each entity's mentions, most mentions first (DataLoader batch over $ids).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN]->(a:Article)
  WITH m, a
  ORDER BY m.count DESC, a.publishedAt DESC, a.id
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
  RETURN collect({articleId: a.id, count: m.count, aliases: m.aliases}) AS mentions
}
RETURN id, mentions
