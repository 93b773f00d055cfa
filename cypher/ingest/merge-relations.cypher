// Generated from src/domain/types.ts by `npm run generate:cypher` (src/db/generated-cypher.ts).
// One relationship per (from, type, role, to). `articleCount` counts the articles stating it; at
// most $maxEvidence of them keep their id, sentence and confidence (parallel lists), ranked by
// confidence (highest first) then article id, so a fact repeated by thousands of articles stays a
// small relationship, the kept entries do not depend on the order articles were written in, and
// `confidence` (the highest of any article stating it) is the first kept one's.
// One row per relationship of the batch (src/ingest/write.ts `relationRows`): `entries` are the
// batch's articles stating it (at most $maxEvidence, the best ranked), `count` all of them. The
// types are spelled out (one branch each, the allow-list of src/domain/types.ts) rather than
// dynamic: a MERGE on a static type expands only that type's relationships between the two
// entities (a dynamic one scans every relationship). `coalesce(r.confidences[i], 1.0)`: graphs
// written before confidences existed count every kept entry as 1.0.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CALL (a, b, row) {
  WITH a, b, row WHERE row.type = 'HOLDS_ROLE'
  MERGE (a)-[r:HOLDS_ROLE {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  RETURN r
  UNION
  WITH a, b, row WHERE row.type = 'MEMBER_OF'
  MERGE (a)-[r:MEMBER_OF {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  RETURN r
  UNION
  WITH a, b, row WHERE row.type = 'PART_OF'
  MERGE (a)-[r:PART_OF {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  RETURN r
  UNION
  WITH a, b, row WHERE row.type = 'LOCATED_IN'
  MERGE (a)-[r:LOCATED_IN {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  RETURN r
  UNION
  WITH a, b, row WHERE row.type = 'DEPLOYED_TO'
  MERGE (a)-[r:DEPLOYED_TO {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  RETURN r
  UNION
  WITH a, b, row WHERE row.type = 'DESIGNATED'
  MERGE (a)-[r:DESIGNATED {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  RETURN r
  UNION
  WITH a, b, row WHERE row.type = 'OPPOSES'
  MERGE (a)-[r:OPPOSES {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  RETURN r
}
WITH r, row,
     [i IN range(0, size(r.articleIds) - 1) |
       {articleId: r.articleIds[i], evidence: r.evidence[i], confidence: coalesce(r.confidences[i], 1.0)}] AS stored
CALL (stored, row) {
  UNWIND stored + row.entries AS entry
  WITH entry ORDER BY entry.confidence DESC, entry.articleId
  LIMIT toInteger($maxEvidence)
  RETURN collect(entry) AS kept
}
SET r.articleCount = r.articleCount + row.count,
    r.articleIds = [e IN kept | e.articleId],
    r.evidence = [e IN kept | e.evidence],
    r.confidences = [e IN kept | e.confidence],
    r.confidence = kept[0].confidence
