// Test fixture: a small graph shaped exactly like docs/graph-model.md, for the export and
// visualization tests. 12 entities, 3 events, 3 articles; names with &, <, ", ' and commas so
// XML escaping and CSV quoting are exercised. The samples in cypher/bloom and cypher/examples
// (@param lines) name entities of this graph.
CREATE (rubio:Entity:Person {id: 'person:marco-rubio', type: 'Person', name: 'Marco Rubio',
  aliases: ['Rubio', 'Secretary Rubio'], aliasKeys: ['marco rubio', 'rubio', 'secretary rubio'],
  nameKey: 'marco rubio', mentionCount: 7, articleCount: 2})
CREATE (fuente:Entity:Person {id: 'person:juan-ramon-de-la-fuente', type: 'Person',
  name: 'Juan Ramón de la Fuente', aliases: ['De la Fuente'],
  aliasKeys: ['juan ramon de la fuente', 'de la fuente'], nameKey: 'juan ramon de la fuente',
  mentionCount: 3, articleCount: 1})
CREATE (ovidio:Entity:Person {id: 'person:ovidio-guzman', type: 'Person', name: 'Ovidio Guzmán',
  aliases: [], aliasKeys: ['ovidio guzman'], nameKey: 'ovidio guzman', mentionCount: 1, articleCount: 1})
CREATE (state:Entity:Organization {id: 'organization:us-state-department', type: 'Organization',
  name: 'U.S. State Department', aliases: ['State Department'],
  aliasKeys: ['us state department', 'state department'], nameKey: 'us state department',
  mentionCount: 4, articleCount: 2})
CREATE (navy:Entity:Organization {id: 'organization:us-navy', type: 'Organization', name: 'U.S. Navy',
  aliases: ['Navy'], aliasKeys: ['us navy', 'navy'], nameKey: 'us navy', mentionCount: 2, articleCount: 1})
CREATE (att:Entity:Organization {id: 'organization:at-t-labs', type: 'Organization',
  name: 'AT&T <Labs> "R&D", Inc.', aliases: ["AT&T's lab"], aliasKeys: ['at t labs r d inc', 'at t lab'],
  nameKey: 'at t labs r d inc', mentionCount: 1, articleCount: 1})
CREATE (sinaloa:Entity:Cartel {id: 'cartel:cartel-de-sinaloa', type: 'Cartel', name: 'Cartel de Sinaloa',
  aliases: ['Sinaloa Cartel'], aliasKeys: ['cartel de sinaloa', 'sinaloa cartel'],
  nameKey: 'cartel de sinaloa', mentionCount: 5, articleCount: 2})
CREATE (tren:Entity:Cartel {id: 'cartel:tren-de-aragua', type: 'Cartel', name: 'Tren de Aragua',
  aliases: [], aliasKeys: ['tren de aragua'], nameKey: 'tren de aragua', mentionCount: 2, articleCount: 1})
CREATE (ford:Entity:Ship {id: 'ship:uss-gerald-r-ford', type: 'Ship', name: 'USS Gerald R. Ford',
  aliases: ['Ford'], aliasKeys: ['uss gerald r ford', 'ford'], nameKey: 'uss gerald r ford',
  mentionCount: 3, articleCount: 1})
CREATE (caribbean:Entity:Location {id: 'location:caribbean-sea', type: 'Location', name: 'Caribbean Sea',
  aliases: ['the Caribbean'], aliasKeys: ['caribbean sea', 'caribbean'], nameKey: 'caribbean sea',
  mentionCount: 2, articleCount: 1})
CREATE (mexico:Entity:Location {id: 'location:mexico', type: 'Location', name: 'Mexico', aliases: [],
  aliasKeys: ['mexico'], nameKey: 'mexico', mentionCount: 4, articleCount: 2})
CREATE (venezuela:Entity:Location {id: 'location:venezuela', type: 'Location', name: 'Venezuela',
  aliases: [], aliasKeys: ['venezuela'], nameKey: 'venezuela', mentionCount: 1, articleCount: 1})

CREATE (a1:Article {id: '000_a1.txt', title: 'Rubio and De la Fuente discuss security',
  name: 'Rubio and De la Fuente discuss security', url: 'https://example.org/a1', source: 'Example News',
  origin: 'data/000_a1.txt', publishedAt: datetime('2025-01-12T08:00:00Z'), contentHash: 'h1',
  ingestedAt: datetime('2025-06-01T00:00:00Z'), wordCount: 420})
CREATE (a2:Article {id: '001_a2.txt', title: 'Carrier heads to the Caribbean; Mexico talks go on',
  name: 'Carrier heads to the Caribbean; Mexico talks go on', url: null, source: 'Example Wire',
  origin: 'data/001_a2.txt', publishedAt: datetime('2025-10-25T12:30:00Z'), contentHash: 'h2',
  ingestedAt: datetime('2025-06-01T00:00:00Z'), wordCount: 610})
CREATE (a3:Article {id: '002_a3.txt', name: '002_a3.txt', source: null, origin: 'data/002_a3.txt',
  contentHash: 'h3', ingestedAt: datetime('2025-06-01T00:00:00Z'), wordCount: 95})

CREATE (call:Event {id: 'event:c1', type: 'CALL', date: '2025-01-11',
  name: 'CALL 2025-01-11: Marco Rubio, Juan Ramón de la Fuente',
  summary: 'Marco Rubio and Juan Ramón de la Fuente held a call', articleCount: 1})
CREATE (meeting:Event {id: 'event:m1', type: 'MEETING', date: '2025-02',
  name: 'MEETING 2025-02: Marco Rubio, Juan Ramón de la Fuente',
  summary: 'Marco Rubio met Juan Ramón de la Fuente in Mexico', articleCount: 1})
CREATE (deployment:Event {id: 'event:d1', type: 'DEPLOYMENT', date: '2025-10-24',
  name: 'DEPLOYMENT 2025-10-24: USS Gerald R. Ford', summary: 'The USS Gerald R. Ford was sent to the Caribbean',
  articleCount: 1})

CREATE (rubio)-[:HOLDS_ROLE {role: 'Secretary of State', articleIds: ['000_a1.txt', '001_a2.txt'],
  evidence: ['Secretary of State Marco Rubio spoke with his counterpart.',
             'Rubio, the "top diplomat", said: talks go on, slowly.']}]->(state)
CREATE (state)-[:DESIGNATED {role: 'Foreign Terrorist Organization', articleIds: ['000_a1.txt'],
  evidence: ['The State Department designated the Sinaloa Cartel a Foreign Terrorist Organization.']}]->(sinaloa)
CREATE (state)-[:DESIGNATED {role: 'Foreign Terrorist Organization', articleIds: ['001_a2.txt'],
  evidence: ['Tren de Aragua was designated as well.']}]->(tren)
CREATE (ovidio)-[:MEMBER_OF {role: null, articleIds: ['002_a3.txt'],
  evidence: ['Ovidio Guzmán, a leader of the Sinaloa Cartel, was extradited.']}]->(sinaloa)
CREATE (ford)-[:PART_OF {role: null, articleIds: ['001_a2.txt'],
  evidence: ['The Ford is the Navy\'s newest carrier.']}]->(navy)
CREATE (ford)-[:DEPLOYED_TO {role: null, articleIds: ['001_a2.txt'],
  evidence: ['The USS Gerald R. Ford was deployed to the Caribbean Sea.']}]->(caribbean)
CREATE (sinaloa)-[:LOCATED_IN {role: null, articleIds: ['000_a1.txt'],
  evidence: ['The cartel is based in Sinaloa, Mexico.']}]->(mexico)
CREATE (tren)-[:LOCATED_IN {role: null, articleIds: ['001_a2.txt'],
  evidence: ['Tren de Aragua began in Venezuela.']}]->(venezuela)
CREATE (rubio)-[:OPPOSES {role: null, articleIds: ['000_a1.txt'],
  evidence: ['Rubio vowed to dismantle the cartel.']}]->(sinaloa)
CREATE (att)-[:LOCATED_IN {role: null, articleIds: ['002_a3.txt'],
  evidence: ['AT&T <Labs> "R&D", Inc. opened an office in Mexico.']}]->(mexico)

CREATE (rubio)-[:PARTICIPATED_IN {articleIds: ['000_a1.txt']}]->(call)
CREATE (fuente)-[:PARTICIPATED_IN {articleIds: ['000_a1.txt']}]->(call)
CREATE (rubio)-[:PARTICIPATED_IN {articleIds: ['001_a2.txt']}]->(meeting)
CREATE (fuente)-[:PARTICIPATED_IN {articleIds: ['001_a2.txt']}]->(meeting)
CREATE (ford)-[:PARTICIPATED_IN {articleIds: ['001_a2.txt']}]->(deployment)
CREATE (meeting)-[:OCCURRED_IN]->(mexico)
CREATE (deployment)-[:OCCURRED_IN]->(caribbean)
CREATE (call)-[:REPORTED_IN {evidence: 'Rubio held a call with De la Fuente on January 11.'}]->(a1)
CREATE (meeting)-[:REPORTED_IN {evidence: 'The two met in Mexico City in February.'}]->(a2)
CREATE (deployment)-[:REPORTED_IN {evidence: 'The carrier was sent to the Caribbean on Oct. 24.'}]->(a2)

CREATE (rubio)-[:MENTIONED_IN {count: 4, aliases: ['Marco Rubio', 'Rubio']}]->(a1)
CREATE (rubio)-[:MENTIONED_IN {count: 3, aliases: ['Rubio']}]->(a2)
CREATE (fuente)-[:MENTIONED_IN {count: 3, aliases: ['Juan Ramón de la Fuente', 'De la Fuente']}]->(a1)
CREATE (state)-[:MENTIONED_IN {count: 2, aliases: ['State Department']}]->(a1)
CREATE (state)-[:MENTIONED_IN {count: 2, aliases: ['U.S. State Department']}]->(a2)
CREATE (sinaloa)-[:MENTIONED_IN {count: 3, aliases: ['Sinaloa Cartel']}]->(a1)
CREATE (sinaloa)-[:MENTIONED_IN {count: 2, aliases: ['Cartel de Sinaloa']}]->(a3)
CREATE (tren)-[:MENTIONED_IN {count: 2, aliases: ['Tren de Aragua']}]->(a2)
CREATE (ovidio)-[:MENTIONED_IN {count: 1, aliases: ['Ovidio Guzmán']}]->(a3)
CREATE (ford)-[:MENTIONED_IN {count: 3, aliases: ['USS Gerald R. Ford', 'Ford']}]->(a2)
CREATE (navy)-[:MENTIONED_IN {count: 2, aliases: ['Navy']}]->(a2)
CREATE (caribbean)-[:MENTIONED_IN {count: 2, aliases: ['Caribbean Sea']}]->(a2)
CREATE (mexico)-[:MENTIONED_IN {count: 2, aliases: ['Mexico']}]->(a1)
CREATE (mexico)-[:MENTIONED_IN {count: 2, aliases: ['Mexico']}]->(a3)
CREATE (venezuela)-[:MENTIONED_IN {count: 1, aliases: ['Venezuela']}]->(a2)
CREATE (att)-[:MENTIONED_IN {count: 1, aliases: ["AT&T's lab"]}]->(a3)
