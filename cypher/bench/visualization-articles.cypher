// Bench (bench/export.ts): synthetic articles a:<i> and events ev:<i> for i in $rows; event i is
// reported in article i and occurred in a Location entity (every fifth entity is one).
UNWIND $rows AS row
// The driver sends JavaScript numbers as floats: make them integers once.
WITH toInteger(row) AS i, toInteger($entities) AS eN
CREATE (a:Article {id: 'a:' + i, title: 'Synthetic headline number ' + i + ' about "security" & trade',
  name: 'Synthetic headline number ' + i + ' about "security" & trade', url: 'https://example.org/' + i,
  source: 'Bench Wire', origin: 'bench/' + i + '.txt',
  publishedAt: datetime('2025-01-01T00:00:00Z') + duration({hours: i}), contentHash: 'h' + i,
  ingestedAt: datetime('2025-06-01T00:00:00Z'), wordCount: 300 + i % 900})
CREATE (ev:Event {id: 'ev:' + i, type: ['CALL', 'MEETING', 'VISIT', 'DEPLOYMENT'][i % 4],
  date: '2025-' + right('0' + toString(1 + i % 12), 2) + '-' + right('0' + toString(1 + i % 28), 2),
  name: 'EVENT ' + i, summary: 'Synthetic event ' + i + ' between two entities', articleCount: 1})
CREATE (ev)-[:REPORTED_IN {evidence: 'Sentence ' + i + ' reporting the event, with a comma.'}]->(a)
WITH i, ev, eN
MATCH (place:Location {id: 'e:' + (5 * (i % (eN / 5)) + 4)})
CREATE (ev)-[:OCCURRED_IN]->(place)
