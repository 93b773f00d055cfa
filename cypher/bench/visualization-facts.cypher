// Bench (bench/export.ts): fact i for i in $rows, between two of the first $entities entities,
// its type in turn, stated in one article with a sentence of ordinary length.
UNWIND $rows AS row
// The driver sends JavaScript numbers as floats: make them integers once.
WITH toInteger(row) AS i, toInteger($entities) AS eN, toInteger($articles) AS aN
MATCH (a:Entity {id: 'e:' + (i * 7919 % eN)})
MATCH (b:Entity {id: 'e:' + ((i * 104729 + 13) % eN)})
WITH i, a, b, aN, ['HOLDS_ROLE', 'MEMBER_OF', 'PART_OF', 'LOCATED_IN', 'DEPLOYED_TO', 'DESIGNATED', 'OPPOSES'][i % 7] AS type
CREATE (a)-[r:$(type)]->(b)
SET r.role = CASE type WHEN 'HOLDS_ROLE' THEN 'Minister' WHEN 'DESIGNATED' THEN 'Terrorist Organization' END,
  r.articleIds = ['a:' + (i % aN)],
  r.evidence = ['Synthetic sentence ' + i + ' stating that one entity relates to another, as the article reports.']
