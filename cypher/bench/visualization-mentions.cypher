// Bench (bench/export.ts): for article i in $rows, two entities taking part in event i and ten
// entities mentioned in the article.
UNWIND $rows AS row
// The driver sends JavaScript numbers as floats: make them integers once.
WITH toInteger(row) AS i, toInteger($entities) AS eN
MATCH (art:Article {id: 'a:' + i})
MATCH (ev:Event {id: 'ev:' + i})
MATCH (p:Entity {id: 'e:' + (i * 31 % eN)})
MATCH (q:Entity {id: 'e:' + ((i * 37 + 1) % eN)})
CREATE (p)-[:PARTICIPATED_IN {articleIds: [art.id]}]->(ev)
CREATE (q)-[:PARTICIPATED_IN {articleIds: [art.id]}]->(ev)
WITH i, art, eN
UNWIND range(0, 9) AS k
MATCH (e:Entity {id: 'e:' + ((i * 10 + k) % eN)})
CREATE (e)-[:MENTIONED_IN {count: 1 + k % 3, aliases: [e.name]}]->(art)
