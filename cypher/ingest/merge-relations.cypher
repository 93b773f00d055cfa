// One relationship per (from, type, role, to); each article stating it adds its id and sentence.
// row.type is checked against RELATION_TYPES before it gets here.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {roleKey: row.roleKey}]->(b)
  ON CREATE SET r.role = row.role, r.articleIds = [], r.evidence = []
SET r.articleIds = r.articleIds + row.articleId,
    r.evidence = r.evidence + row.evidence
