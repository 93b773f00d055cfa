// One relationship per (from, type, role, to). `articleCount` counts the articles stating it; the
// first $maxEvidence of them keep their id and sentence (parallel lists), so a fact repeated by
// thousands of articles stays a small relationship that is cheap to update and to show.
// The types are spelled out (one FOREACH each, the allow-list of src/domain/types.ts) rather than
// dynamic: a MERGE on a static type expands only that type's relationships of the sparser end,
// which keeps writes to hub entities (a country, a navy) fast.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'HOLDS_ROLE' THEN [1] ELSE [] END |
  MERGE (a)-[r:HOLDS_ROLE {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = []
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = CASE WHEN size(r.articleIds) < $maxEvidence THEN r.articleIds + row.articleId ELSE r.articleIds END,
      r.evidence = CASE WHEN size(r.evidence) < $maxEvidence THEN r.evidence + row.evidence ELSE r.evidence END
)
FOREACH (_ IN CASE WHEN row.type = 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:MEMBER_OF {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = []
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = CASE WHEN size(r.articleIds) < $maxEvidence THEN r.articleIds + row.articleId ELSE r.articleIds END,
      r.evidence = CASE WHEN size(r.evidence) < $maxEvidence THEN r.evidence + row.evidence ELSE r.evidence END
)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:PART_OF {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = []
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = CASE WHEN size(r.articleIds) < $maxEvidence THEN r.articleIds + row.articleId ELSE r.articleIds END,
      r.evidence = CASE WHEN size(r.evidence) < $maxEvidence THEN r.evidence + row.evidence ELSE r.evidence END
)
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:LOCATED_IN {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = []
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = CASE WHEN size(r.articleIds) < $maxEvidence THEN r.articleIds + row.articleId ELSE r.articleIds END,
      r.evidence = CASE WHEN size(r.evidence) < $maxEvidence THEN r.evidence + row.evidence ELSE r.evidence END
)
FOREACH (_ IN CASE WHEN row.type = 'DEPLOYED_TO' THEN [1] ELSE [] END |
  MERGE (a)-[r:DEPLOYED_TO {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = []
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = CASE WHEN size(r.articleIds) < $maxEvidence THEN r.articleIds + row.articleId ELSE r.articleIds END,
      r.evidence = CASE WHEN size(r.evidence) < $maxEvidence THEN r.evidence + row.evidence ELSE r.evidence END
)
FOREACH (_ IN CASE WHEN row.type = 'DESIGNATED' THEN [1] ELSE [] END |
  MERGE (a)-[r:DESIGNATED {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = []
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = CASE WHEN size(r.articleIds) < $maxEvidence THEN r.articleIds + row.articleId ELSE r.articleIds END,
      r.evidence = CASE WHEN size(r.evidence) < $maxEvidence THEN r.evidence + row.evidence ELSE r.evidence END
)
FOREACH (_ IN CASE WHEN row.type = 'OPPOSES' THEN [1] ELSE [] END |
  MERGE (a)-[r:OPPOSES {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.role = row.role, r.articleCount = 0, r.articleIds = [], r.evidence = []
  SET r.articleCount = r.articleCount + 1,
      r.articleIds = CASE WHEN size(r.articleIds) < $maxEvidence THEN r.articleIds + row.articleId ELSE r.articleIds END,
      r.evidence = CASE WHEN size(r.evidence) < $maxEvidence THEN r.evidence + row.evidence ELSE r.evidence END
)
