// Generated from src/domain/types.ts by `npm run generate:cypher` (src/db/generated-cypher.ts).
// One relationship per (from, type, role, to). `articleCount` counts the articles stating it; at
// most $maxEvidence of them keep their id, sentence and confidence (parallel lists), ranked by
// confidence (highest first) then article id, so a fact repeated by thousands of articles stays a
// small relationship, the kept entries do not depend on the order articles were written in, and
// `confidence` (the highest of any article stating it) is the first kept one's.
// The types are spelled out (one FOREACH each, the allow-list of src/domain/types.ts) rather than
// dynamic: a MERGE on a static type expands only that type's relationships of the sparser end,
// which keeps writes to hub entities (a country, a navy) fast. Everything a row reads is read
// inside its own SET clauses (`_at`, the new entry's rank, is set and removed in the same row), so
// each row sees the lists as the previous rows left them. `coalesce(r.confidences, …)`: graphs
// written before confidences existed count every kept entry as 1.0.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'HOLDS_ROLE' THEN [1] ELSE [] END |
  MERGE (a)-[r:HOLDS_ROLE {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  SET r.confidences = coalesce(r.confidences, [x IN r.articleIds | 1.0])
  SET r._at = size([i IN range(0, size(r.articleIds) - 1)
        WHERE r.confidences[i] > row.confidence OR (r.confidences[i] = row.confidence AND r.articleIds[i] < row.articleId)])
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = (r.articleIds[..r._at] + row.articleId + r.articleIds[r._at..])[..$maxEvidence],
      r.evidence = (r.evidence[..r._at] + row.evidence + r.evidence[r._at..])[..$maxEvidence],
      r.confidences = (r.confidences[..r._at] + row.confidence + r.confidences[r._at..])[..$maxEvidence],
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
  REMOVE r._at
)
FOREACH (_ IN CASE WHEN row.type = 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:MEMBER_OF {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  SET r.confidences = coalesce(r.confidences, [x IN r.articleIds | 1.0])
  SET r._at = size([i IN range(0, size(r.articleIds) - 1)
        WHERE r.confidences[i] > row.confidence OR (r.confidences[i] = row.confidence AND r.articleIds[i] < row.articleId)])
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = (r.articleIds[..r._at] + row.articleId + r.articleIds[r._at..])[..$maxEvidence],
      r.evidence = (r.evidence[..r._at] + row.evidence + r.evidence[r._at..])[..$maxEvidence],
      r.confidences = (r.confidences[..r._at] + row.confidence + r.confidences[r._at..])[..$maxEvidence],
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
  REMOVE r._at
)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:PART_OF {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  SET r.confidences = coalesce(r.confidences, [x IN r.articleIds | 1.0])
  SET r._at = size([i IN range(0, size(r.articleIds) - 1)
        WHERE r.confidences[i] > row.confidence OR (r.confidences[i] = row.confidence AND r.articleIds[i] < row.articleId)])
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = (r.articleIds[..r._at] + row.articleId + r.articleIds[r._at..])[..$maxEvidence],
      r.evidence = (r.evidence[..r._at] + row.evidence + r.evidence[r._at..])[..$maxEvidence],
      r.confidences = (r.confidences[..r._at] + row.confidence + r.confidences[r._at..])[..$maxEvidence],
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
  REMOVE r._at
)
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:LOCATED_IN {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  SET r.confidences = coalesce(r.confidences, [x IN r.articleIds | 1.0])
  SET r._at = size([i IN range(0, size(r.articleIds) - 1)
        WHERE r.confidences[i] > row.confidence OR (r.confidences[i] = row.confidence AND r.articleIds[i] < row.articleId)])
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = (r.articleIds[..r._at] + row.articleId + r.articleIds[r._at..])[..$maxEvidence],
      r.evidence = (r.evidence[..r._at] + row.evidence + r.evidence[r._at..])[..$maxEvidence],
      r.confidences = (r.confidences[..r._at] + row.confidence + r.confidences[r._at..])[..$maxEvidence],
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
  REMOVE r._at
)
FOREACH (_ IN CASE WHEN row.type = 'DEPLOYED_TO' THEN [1] ELSE [] END |
  MERGE (a)-[r:DEPLOYED_TO {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  SET r.confidences = coalesce(r.confidences, [x IN r.articleIds | 1.0])
  SET r._at = size([i IN range(0, size(r.articleIds) - 1)
        WHERE r.confidences[i] > row.confidence OR (r.confidences[i] = row.confidence AND r.articleIds[i] < row.articleId)])
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = (r.articleIds[..r._at] + row.articleId + r.articleIds[r._at..])[..$maxEvidence],
      r.evidence = (r.evidence[..r._at] + row.evidence + r.evidence[r._at..])[..$maxEvidence],
      r.confidences = (r.confidences[..r._at] + row.confidence + r.confidences[r._at..])[..$maxEvidence],
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
  REMOVE r._at
)
FOREACH (_ IN CASE WHEN row.type = 'DESIGNATED' THEN [1] ELSE [] END |
  MERGE (a)-[r:DESIGNATED {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  SET r.confidences = coalesce(r.confidences, [x IN r.articleIds | 1.0])
  SET r._at = size([i IN range(0, size(r.articleIds) - 1)
        WHERE r.confidences[i] > row.confidence OR (r.confidences[i] = row.confidence AND r.articleIds[i] < row.articleId)])
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = (r.articleIds[..r._at] + row.articleId + r.articleIds[r._at..])[..$maxEvidence],
      r.evidence = (r.evidence[..r._at] + row.evidence + r.evidence[r._at..])[..$maxEvidence],
      r.confidences = (r.confidences[..r._at] + row.confidence + r.confidences[r._at..])[..$maxEvidence],
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
  REMOVE r._at
)
FOREACH (_ IN CASE WHEN row.type = 'OPPOSES' THEN [1] ELSE [] END |
  MERGE (a)-[r:OPPOSES {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = [], r.confidences = []
  SET r.confidences = coalesce(r.confidences, [x IN r.articleIds | 1.0])
  SET r._at = size([i IN range(0, size(r.articleIds) - 1)
        WHERE r.confidences[i] > row.confidence OR (r.confidences[i] = row.confidence AND r.articleIds[i] < row.articleId)])
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = (r.articleIds[..r._at] + row.articleId + r.articleIds[r._at..])[..$maxEvidence],
      r.evidence = (r.evidence[..r._at] + row.evidence + r.evidence[r._at..])[..$maxEvidence],
      r.confidences = (r.confidences[..r._at] + row.confidence + r.confidences[r._at..])[..$maxEvidence],
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
  REMOVE r._at
)
