// Test fixture: a hand-made graph of the five seed articles (/work/shared/corpus/seed), following
// docs/graph-model.md exactly. tests/helpers/sample-graph.ts runs these statements in order, then
// sets nameKey/aliasKeys from the rows the last statement returns (nameKey() is not Cypher).
// Dates: the Rubio–de la Fuente call "on Sunday" = 2026-01-11, Sheinbaum–Trump "on Monday" =
// 2026-01-12, the "Thursday" call = 2026-01-15; Rubio's Mexico City trip = 2025-09-02/03.
UNWIND [
  {id: '000_32a52bfd2057151e.txt', title: 'U.S. presses Mexico to speed up cartel crackdown', publishedAt: '2026-01-16T14:00:00Z', source: 'seed', wordCount: 430},
  {id: '001_3e349a1bc3eb3372.txt', title: 'Rubio and de la Fuente hold high-level call on security cooperation', publishedAt: '2026-01-16T18:30:00Z', source: 'seed', wordCount: 560},
  {id: '002_e0a6854dadcd78c0.txt', title: 'Mexico and U.S. reaffirm security collaboration during Rubio visit', publishedAt: '2025-09-05T10:00:00Z', source: 'seed', wordCount: 520},
  {id: '003_be681fbe6b720575.txt', title: 'Sheinbaum says she had a very good conversation with Trump', publishedAt: '2026-01-13T09:00:00Z', source: 'seed', wordCount: 700},
  {id: '004_e7dfa14446febc47.txt', title: 'Rubio flies to Mexico for security talks amid Trump pressure campaign', publishedAt: '2025-09-02T16:00:00Z', source: 'WLRN', wordCount: 760}
] AS row
CREATE (a:Article {id: row.id, title: row.title, name: row.title, url: null, source: row.source,
  origin: 'corpus/seed/' + row.id, publishedAt: datetime(row.publishedAt), contentHash: 'sha256:' + row.id,
  ingestedAt: datetime('2026-02-01T12:00:00Z'), wordCount: row.wordCount});

UNWIND [
  ['Person', 'person:marco-rubio', 'Marco Rubio', ['Rubio', 'Secretary of State Marco Rubio', 'Secretary Rubio']],
  ['Person', 'person:juan-ramon-de-la-fuente', 'Juan Ramón de la Fuente', ['de la Fuente', 'Ramón de la Fuente', 'Foreign Minister Juan Ramón de la Fuente']],
  ['Person', 'person:claudia-sheinbaum', 'Claudia Sheinbaum', ['Sheinbaum', 'President Claudia Sheinbaum']],
  ['Person', 'person:donald-trump', 'Donald Trump', ['Trump', 'President Donald Trump', 'President Trump']],
  ['Person', 'person:tommy-pigott', 'Tommy Pigott', ['Pigott']],
  ['Person', 'person:nicolas-maduro', 'Nicolás Maduro', ['Maduro', 'President Nicolás Maduro']],
  ['Person', 'person:ilham-aliyev', 'Ilham Aliyev', ['Aliyev']],
  ['Person', 'person:nikol-pashinyan', 'Nikol Pashinyan', ['Pashinyan']],
  ['Organization', 'organization:us-department-of-state', 'U.S. Department of State', ['U.S. State Department', 'State Department', 'Department of State']],
  ['Organization', 'organization:bureau-of-western-hemisphere-affairs', 'Bureau of Western Hemisphere Affairs', []],
  ['Organization', 'organization:us-customs-and-border-protection', 'U.S. Customs and Border Protection', ['CBP', 'Customs and Border Protection']],
  ['Organization', 'organization:associated-press', 'The Associated Press', ['AP']],
  ['Organization', 'organization:us-navy', 'U.S. Navy', ['Navy']],
  ['Organization', 'organization:marines', 'Marines', []],
  ['Organization', 'organization:us-military', 'U.S. military', []],
  ['Organization', 'organization:fox-news', 'Fox News', []],
  ['Organization', 'organization:pentagon', 'Pentagon', []],
  ['Organization', 'organization:new-york-times', 'The New York Times', []],
  ['Cartel', 'cartel:sinaloa-cartel', 'Sinaloa Cartel', ['Sinaloa cartel']],
  ['Cartel', 'cartel:jalisco-new-generation-cartel', 'Jalisco New Generation Cartel', ['Jalisco New Generation cartel']],
  ['Ship', 'ship:uss-gravely', 'USS Gravely', ['Gravely']],
  ['Ship', 'ship:uss-jason-dunham', 'USS Jason Dunham', ['Jason Dunham']],
  ['Ship', 'ship:uss-sampson', 'USS Sampson', ['Sampson']],
  ['Ship', 'ship:uss-lake-erie', 'USS Lake Erie', ['Lake Erie']],
  ['Ship', 'ship:uss-iwo-jima', 'USS Iwo Jima', ['Iwo Jima']],
  ['Ship', 'ship:uss-san-antonio', 'USS San Antonio', ['San Antonio']],
  ['Ship', 'ship:uss-fort-lauderdale', 'USS Fort Lauderdale', ['Fort Lauderdale']],
  ['Location', 'location:united-states', 'United States', ['U.S.', 'America', 'Washington']],
  ['Location', 'location:mexico', 'Mexico', []],
  ['Location', 'location:mexico-city', 'Mexico City', []],
  ['Location', 'location:china', 'China', []],
  ['Location', 'location:western-hemisphere', 'Western Hemisphere', []],
  ['Location', 'location:us-mexico-border', 'U.S.-Mexico border', []],
  ['Location', 'location:caribbean', 'Caribbean', ['Carribean', 'southern Carribean']],
  ['Location', 'location:puerto-rico', 'Puerto Rico', []],
  ['Location', 'location:venezuela', 'Venezuela', []],
  ['Location', 'location:cuba', 'Cuba', []],
  ['Location', 'location:greenland', 'Greenland', []],
  ['Location', 'location:white-house', 'White House', []],
  ['Location', 'location:ecuador', 'Ecuador', []],
  ['Location', 'location:florida', 'Florida', []],
  ['Location', 'location:canada', 'Canada', []],
  ['Location', 'location:panama', 'Panama', []]
] AS row
CREATE (e:Entity {type: row[0], id: row[1], name: row[2], aliases: row[3], aliasKeys: [], nameKey: ''})
FOREACH (_ IN CASE row[0] WHEN 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE row[0] WHEN 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE row[0] WHEN 'Cartel' THEN [1] ELSE [] END | SET e:Cartel)
FOREACH (_ IN CASE row[0] WHEN 'Ship' THEN [1] ELSE [] END | SET e:Ship)
FOREACH (_ IN CASE row[0] WHEN 'Location' THEN [1] ELSE [] END | SET e:Location);

// Mentions: [entity, article id, count, forms used there].
UNWIND [
  ['location:united-states', '000_32a52bfd2057151e.txt', 6, ['United States', 'U.S.']], ['location:mexico', '000_32a52bfd2057151e.txt', 8, ['Mexico']],
  ['person:marco-rubio', '000_32a52bfd2057151e.txt', 3, ['Marco Rubio', 'Rubio']], ['person:juan-ramon-de-la-fuente', '000_32a52bfd2057151e.txt', 2, ['Juan Ramón de la Fuente', 'de la Fuente']],
  ['organization:us-department-of-state', '000_32a52bfd2057151e.txt', 2, ['U.S. State Department', 'State Department']],
  ['organization:bureau-of-western-hemisphere-affairs', '000_32a52bfd2057151e.txt', 1, ['Bureau of Western Hemisphere Affairs']],
  ['person:tommy-pigott', '000_32a52bfd2057151e.txt', 2, ['Tommy Pigott', 'Pigott']], ['person:claudia-sheinbaum', '000_32a52bfd2057151e.txt', 3, ['Claudia Sheinbaum', 'Sheinbaum']],
  ['person:donald-trump', '000_32a52bfd2057151e.txt', 2, ['Donald Trump', 'Trump']], ['organization:us-customs-and-border-protection', '000_32a52bfd2057151e.txt', 4, ['U.S. Customs and Border Protection', 'CBP']],
  ['location:china', '000_32a52bfd2057151e.txt', 1, ['China']],
  ['person:juan-ramon-de-la-fuente', '001_3e349a1bc3eb3372.txt', 2, ['Juan Ramón de la Fuente', 'Foreign Minister de la Fuente']],
  ['person:marco-rubio', '001_3e349a1bc3eb3372.txt', 2, ['Marco Rubio', 'Secretary Rubio']], ['location:united-states', '001_3e349a1bc3eb3372.txt', 6, ['United States', 'U.S.']],
  ['location:mexico', '001_3e349a1bc3eb3372.txt', 5, ['Mexico']], ['organization:us-department-of-state', '001_3e349a1bc3eb3372.txt', 1, ['U.S. State Department']],
  ['organization:bureau-of-western-hemisphere-affairs', '001_3e349a1bc3eb3372.txt', 1, ['Bureau of Western Hemisphere Affairs']],
  ['location:western-hemisphere', '001_3e349a1bc3eb3372.txt', 1, ['Western Hemisphere']], ['location:us-mexico-border', '001_3e349a1bc3eb3372.txt', 1, ['U.S.-Mexico border']],
  ['location:mexico', '002_e0a6854dadcd78c0.txt', 10, ['Mexico']], ['location:united-states', '002_e0a6854dadcd78c0.txt', 9, ['United States', 'U.S.']],
  ['person:marco-rubio', '002_e0a6854dadcd78c0.txt', 2, ['Marco Rubio', 'Rubio']], ['location:mexico-city', '002_e0a6854dadcd78c0.txt', 1, ['Mexico City']],
  ['person:claudia-sheinbaum', '002_e0a6854dadcd78c0.txt', 3, ['Claudia Sheinbaum', 'Sheinbaum']], ['organization:associated-press', '002_e0a6854dadcd78c0.txt', 3, ['The Associated Press', 'AP']],
  ['organization:us-department-of-state', '002_e0a6854dadcd78c0.txt', 1, ['U.S. Department of State']], ['cartel:sinaloa-cartel', '002_e0a6854dadcd78c0.txt', 1, ['Sinaloa Cartel']],
  ['person:juan-ramon-de-la-fuente', '002_e0a6854dadcd78c0.txt', 1, ['Ramón de la Fuente']], ['organization:us-navy', '002_e0a6854dadcd78c0.txt', 1, ['U.S. Navy']],
  ['organization:marines', '002_e0a6854dadcd78c0.txt', 2, ['Marines']], ['location:caribbean', '002_e0a6854dadcd78c0.txt', 2, ['Caribbean']], ['location:puerto-rico', '002_e0a6854dadcd78c0.txt', 1, ['Puerto Rico']],
  ['ship:uss-gravely', '002_e0a6854dadcd78c0.txt', 1, ['USS Gravely']], ['ship:uss-jason-dunham', '002_e0a6854dadcd78c0.txt', 1, ['USS Jason Dunham']],
  ['ship:uss-sampson', '002_e0a6854dadcd78c0.txt', 1, ['USS Sampson']], ['ship:uss-lake-erie', '002_e0a6854dadcd78c0.txt', 1, ['USS Lake Erie']],
  ['ship:uss-iwo-jima', '002_e0a6854dadcd78c0.txt', 1, ['USS Iwo Jima']], ['ship:uss-san-antonio', '002_e0a6854dadcd78c0.txt', 1, ['USS San Antonio']],
  ['ship:uss-fort-lauderdale', '002_e0a6854dadcd78c0.txt', 1, ['USS Fort Lauderdale']],
  ['location:mexico', '003_be681fbe6b720575.txt', 14, ['Mexico']], ['person:claudia-sheinbaum', '003_be681fbe6b720575.txt', 11, ['Claudia Sheinbaum', 'Sheinbaum']],
  ['person:donald-trump', '003_be681fbe6b720575.txt', 12, ['Donald Trump', 'Trump']], ['location:united-states', '003_be681fbe6b720575.txt', 8, ['United States', 'U.S.', 'America', 'Washington']],
  ['organization:us-military', '003_be681fbe6b720575.txt', 1, ['U.S. military']], ['organization:fox-news', '003_be681fbe6b720575.txt', 1, ['Fox News']],
  ['location:venezuela', '003_be681fbe6b720575.txt', 3, ['Venezuela']], ['person:nicolas-maduro', '003_be681fbe6b720575.txt', 1, ['Nicolás Maduro']],
  ['location:cuba', '003_be681fbe6b720575.txt', 4, ['Cuba']], ['location:greenland', '003_be681fbe6b720575.txt', 1, ['Greenland']],
  ['person:juan-ramon-de-la-fuente', '003_be681fbe6b720575.txt', 1, ['Juan Ramón de la Fuente']], ['person:marco-rubio', '003_be681fbe6b720575.txt', 2, ['Marco Rubio', 'Rubio']],
  ['organization:us-department-of-state', '003_be681fbe6b720575.txt', 1, ['U.S. State Department']],
  ['person:marco-rubio', '004_e7dfa14446febc47.txt', 8, ['Marco Rubio', 'Rubio']], ['person:donald-trump', '004_e7dfa14446febc47.txt', 11, ['Donald Trump', 'Trump', 'President Trump']],
  ['person:ilham-aliyev', '004_e7dfa14446febc47.txt', 1, ['Ilham Aliyev']], ['person:nikol-pashinyan', '004_e7dfa14446febc47.txt', 1, ['Nikol Pashinyan']],
  ['location:white-house', '004_e7dfa14446febc47.txt', 1, ['White House']], ['location:mexico', '004_e7dfa14446febc47.txt', 14, ['Mexico']],
  ['location:united-states', '004_e7dfa14446febc47.txt', 10, ['United States', 'U.S.']], ['location:mexico-city', '004_e7dfa14446febc47.txt', 3, ['Mexico City']],
  ['person:claudia-sheinbaum', '004_e7dfa14446febc47.txt', 3, ['Claudia Sheinbaum', 'Sheinbaum']], ['location:ecuador', '004_e7dfa14446febc47.txt', 1, ['Ecuador']],
  ['location:florida', '004_e7dfa14446febc47.txt', 1, ['Florida']], ['location:cuba', '004_e7dfa14446febc47.txt', 1, ['Cuba']], ['location:venezuela', '004_e7dfa14446febc47.txt', 2, ['Venezuela']],
  ['location:canada', '004_e7dfa14446febc47.txt', 1, ['Canada']], ['location:greenland', '004_e7dfa14446febc47.txt', 1, ['Greenland']], ['location:panama', '004_e7dfa14446febc47.txt', 1, ['Panama']],
  ['organization:pentagon', '004_e7dfa14446febc47.txt', 3, ['Pentagon']], ['organization:new-york-times', '004_e7dfa14446febc47.txt', 2, ['The New York Times']],
  ['organization:us-military', '004_e7dfa14446febc47.txt', 3, ['U.S. military']], ['location:caribbean', '004_e7dfa14446febc47.txt', 1, ['southern Carribean']],
  ['cartel:sinaloa-cartel', '004_e7dfa14446febc47.txt', 1, ['Sinaloa cartel']], ['cartel:jalisco-new-generation-cartel', '004_e7dfa14446febc47.txt', 1, ['Jalisco New Generation cartel']],
  ['organization:us-department-of-state', '004_e7dfa14446febc47.txt', 1, ['State Department']]
] AS row
MATCH (e:Entity {id: row[0]}), (a:Article {id: row[1]})
CREATE (e)-[:MENTIONED_IN {count: row[2], aliases: row[3]}]->(a);

MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article)
WITH e, sum(m.count) AS mentions, count(DISTINCT a) AS articles
SET e.mentionCount = mentions, e.articleCount = articles;

// Relations: [type, from, to, role, [[article, evidence sentence], …]].
UNWIND [
  ['HOLDS_ROLE', 'person:marco-rubio', 'organization:us-department-of-state', 'Secretary of State', [
    ['000_32a52bfd2057151e.txt', 'The directive came during a Thursday phone call between U.S. Secretary of State Marco Rubio and Mexican Foreign Minister Juan Ramón de la Fuente, part of a series of high-level discussions aimed at increasing bilateral security efforts.'],
    ['004_e7dfa14446febc47.txt', 'MEXICO CITY — Secretary of State Marco Rubio is flying to Mexico on Tuesday for talks with top officials on security, drugs and migration issues, as U.S.-Mexico tensions continue to rise following months of pressure from President Donald Trump.']]],
  ['HOLDS_ROLE', 'person:marco-rubio', 'location:florida', 'former Senator', [
    ['004_e7dfa14446febc47.txt', 'During his 14 years as a senator representing Florida, he tried to shape policy in Latin America, taking a hard line on Cuba, where his parents are from, and on Venezuela.']]],
  ['HOLDS_ROLE', 'person:juan-ramon-de-la-fuente', 'location:mexico', 'Foreign Minister', [
    ['000_32a52bfd2057151e.txt', 'The directive came during a Thursday phone call between U.S. Secretary of State Marco Rubio and Mexican Foreign Minister Juan Ramón de la Fuente, part of a series of high-level discussions aimed at increasing bilateral security efforts.'],
    ['001_3e349a1bc3eb3372.txt', 'Mexican Foreign Minister Juan Ramón de la Fuente and U.S. Secretary of State Marco Rubio held a high-level call on Thursday focused on security cooperation and the future of the U.S.-Mexico partnership, according to a joint statement released by both governments.']]],
  ['HOLDS_ROLE', 'person:tommy-pigott', 'organization:us-department-of-state', 'spokesman', [
    ['000_32a52bfd2057151e.txt', 'State Department spokesman Tommy Pigott described that discussion as addressing “the need for stronger cooperation to dismantle Mexico’s violent narcoterrorist networks and stop the trafficking of fentanyl and weapons.”']]],
  ['HOLDS_ROLE', 'person:claudia-sheinbaum', 'location:mexico', 'President', [
    ['000_32a52bfd2057151e.txt', 'On Jan. 12, Mexican President Claudia Sheinbaum and U.S. President Donald Trump spoke about security, drug trafficking, trade, and investment.'],
    ['004_e7dfa14446febc47.txt', 'President Claudia Sheinbaum of Mexico has been engaged in a delicate balancing act with Trump.']]],
  ['HOLDS_ROLE', 'person:donald-trump', 'location:united-states', 'President', [
    ['000_32a52bfd2057151e.txt', 'On Jan. 12, Mexican President Claudia Sheinbaum and U.S. President Donald Trump spoke about security, drug trafficking, trade, and investment.']]],
  ['HOLDS_ROLE', 'person:nicolas-maduro', 'location:venezuela', 'President', [
    ['003_be681fbe6b720575.txt', 'The conversation also came in the wake of a dramatic U.S. operation in Venezuela — the removal of Venezuelan President Nicolás Maduro — which Sheinbaum said Trump raised directly.']]],
  ['PART_OF', 'organization:bureau-of-western-hemisphere-affairs', 'organization:us-department-of-state', null, [
    ['000_32a52bfd2057151e.txt', 'The U.S. State Department’s Bureau of Western Hemisphere Affairs underscored a firmer stance in a post on X.']]],
  ['PART_OF', 'organization:us-department-of-state', 'location:united-states', null, [
    ['002_e0a6854dadcd78c0.txt', 'The statement acknowledged the success such collaboration has already achieved in 2025.']]],
  ['PART_OF', 'organization:us-customs-and-border-protection', 'location:united-states', null, [
    ['000_32a52bfd2057151e.txt', 'The U.S. Customs and Border Protection (CBP) in February reported an 85 percent drop in illegal immigrant arrests at the southwest border versus prior peaks.']]],
  ['PART_OF', 'organization:us-navy', 'location:united-states', null, [
    ['002_e0a6854dadcd78c0.txt', 'Recently, U.S. Navy ships and Marines deployed to the region to defend the maritime approaches to the U.S. and bolster security in the Caribbean.']]],
  ['PART_OF', 'organization:us-military', 'location:united-states', null, [
    ['003_be681fbe6b720575.txt', 'Trump has repeatedly suggested the United States could use the U.S. military to strike cartel networks inside Mexico — an idea that resonates with many Republican voters who view the cartels as a direct national-security threat tied to fentanyl deaths, human trafficking, and illegal immigration.']]],
  ['LOCATED_IN', 'location:mexico-city', 'location:mexico', null, [
    ['004_e7dfa14446febc47.txt', 'MEXICO CITY — Secretary of State Marco Rubio is flying to Mexico on Tuesday for talks with top officials on security, drugs and migration issues, as U.S.-Mexico tensions continue to rise following months of pressure from President Donald Trump.']]],
  ['DESIGNATED', 'organization:us-department-of-state', 'cartel:sinaloa-cartel', 'foreign terrorist organization', [
    ['004_e7dfa14446febc47.txt', 'Several large Mexican cartels, including the Sinaloa cartel and the Jalisco New Generation cartel, are among the criminal groups in Latin America that the State Department in February designated foreign terrorist organizations.']]],
  ['DESIGNATED', 'organization:us-department-of-state', 'cartel:jalisco-new-generation-cartel', 'foreign terrorist organization', [
    ['004_e7dfa14446febc47.txt', 'Several large Mexican cartels, including the Sinaloa cartel and the Jalisco New Generation cartel, are among the criminal groups in Latin America that the State Department in February designated foreign terrorist organizations.']]],
  ['DESIGNATED', 'location:united-states', 'cartel:sinaloa-cartel', 'foreign terrorist organization', [
    ['002_e0a6854dadcd78c0.txt', 'In particular, the Sinaloa Cartel, designated by the U.S. government this year as a foreign terrorist organization, has been under heavy military pressure by Mexican security forces.']]],
  ['OPPOSES', 'location:mexico', 'cartel:sinaloa-cartel', null, [
    ['002_e0a6854dadcd78c0.txt', 'In particular, the Sinaloa Cartel, designated by the U.S. government this year as a foreign terrorist organization, has been under heavy military pressure by Mexican security forces.']]],
  ['OPPOSES', 'person:claudia-sheinbaum', 'location:united-states', null, [
    ['000_32a52bfd2057151e.txt', 'Sheinbaum opposes any U.S. military deployments or strikes in Mexico, telling reporters that such options are “not on the table.”'],
    ['003_be681fbe6b720575.txt', 'Sheinbaum, however, again rejected the idea of U.S. intervention, signaling that her government wants continued security cooperation, but on Mexico’s terms.']]],
  ['OPPOSES', 'person:marco-rubio', 'location:cuba', null, [
    ['004_e7dfa14446febc47.txt', 'During his 14 years as a senator representing Florida, he tried to shape policy in Latin America, taking a hard line on Cuba, where his parents are from, and on Venezuela.']]],
  ['OPPOSES', 'person:donald-trump', 'location:greenland', null, [
    ['004_e7dfa14446febc47.txt', 'Trump has tried to project greater U.S. power and dominance across the Americas, and has threatened governments that have been traditional partners, including Canada, Greenland, Mexico and Panama.']]],
  ['DEPLOYED_TO', 'organization:us-navy', 'location:caribbean', null, [
    ['002_e0a6854dadcd78c0.txt', 'Recently, U.S. Navy ships and Marines deployed to the region to defend the maritime approaches to the U.S. and bolster security in the Caribbean.']]],
  ['DEPLOYED_TO', 'organization:marines', 'location:caribbean', null, [
    ['002_e0a6854dadcd78c0.txt', 'Recently, U.S. Navy ships and Marines deployed to the region to defend the maritime approaches to the U.S. and bolster security in the Caribbean.']]],
  ['DEPLOYED_TO', 'ship:uss-gravely', 'location:caribbean', null, [
    ['002_e0a6854dadcd78c0.txt', 'The jets are in addition to two Aegis guided-missile destroyers, the USS Gravely and the USS Jason Dunham.']]],
  ['DEPLOYED_TO', 'ship:uss-jason-dunham', 'location:caribbean', null, [
    ['002_e0a6854dadcd78c0.txt', 'The jets are in addition to two Aegis guided-missile destroyers, the USS Gravely and the USS Jason Dunham.']]],
  ['DEPLOYED_TO', 'ship:uss-sampson', 'location:caribbean', null, [
    ['002_e0a6854dadcd78c0.txt', 'Another destroyer, the USS Sampson, and the cruiser USS Lake Erie also are nearby, according to the AP.']]],
  ['DEPLOYED_TO', 'ship:uss-lake-erie', 'location:caribbean', null, [
    ['002_e0a6854dadcd78c0.txt', 'Another destroyer, the USS Sampson, and the cruiser USS Lake Erie also are nearby, according to the AP.']]],
  ['DEPLOYED_TO', 'ship:uss-iwo-jima', 'location:caribbean', null, [
    ['002_e0a6854dadcd78c0.txt', 'Three more amphibious assault ships — the USS Iwo Jima, the USS San Antonio and the USS Fort Lauderdale — also were in the Caribbean carrying more than 4,000 Marines and Sailors, the AP reported.']]],
  ['DEPLOYED_TO', 'ship:uss-san-antonio', 'location:caribbean', null, [
    ['002_e0a6854dadcd78c0.txt', 'Three more amphibious assault ships — the USS Iwo Jima, the USS San Antonio and the USS Fort Lauderdale — also were in the Caribbean carrying more than 4,000 Marines and Sailors, the AP reported.']]],
  ['DEPLOYED_TO', 'ship:uss-fort-lauderdale', 'location:caribbean', null, [
    ['002_e0a6854dadcd78c0.txt', 'Three more amphibious assault ships — the USS Iwo Jima, the USS San Antonio and the USS Fort Lauderdale — also were in the Caribbean carrying more than 4,000 Marines and Sailors, the AP reported.']]]
] AS row
MATCH (f:Entity {id: row[1]}), (t:Entity {id: row[2]})
CREATE (f)-[r:$(row[0])]->(t)
SET r.role = row[3], r.roleKey = coalesce(toLower(row[3]), ''), r.articleCount = size(row[4]),
  r.articleIds = [s IN row[4] | s[0]], r.evidence = [s IN row[4] | s[1]];

// Each article records the relations it stated (fromId|TYPE|toId|roleKey).
MATCH (f:Entity)-[r:HOLDS_ROLE|MEMBER_OF|PART_OF|LOCATED_IN|DEPLOYED_TO|DESIGNATED|OPPOSES]->(t:Entity)
UNWIND r.articleIds AS articleId
MATCH (a:Article {id: articleId})
WITH a, collect(f.id + '|' + type(r) + '|' + t.id + '|' + r.roleKey) AS keys
SET a.relationKeys = keys;

// Events: [id, type, date, location, participants, summary, [[article, evidence sentence], …]].
UNWIND [
  ['event:call-2026-01-11-rubio-delafuente', 'CALL', '2026-01-11', null, ['person:marco-rubio', 'person:juan-ramon-de-la-fuente'],
    'Marco Rubio and Juan Ramón de la Fuente held a call on cooperation against narcoterrorism', [
    ['000_32a52bfd2057151e.txt', 'On Jan. 11, Rubio and de la Fuente held a call on improved cooperation to combat narcoterrorism.'],
    ['003_be681fbe6b720575.txt', 'Mexico’s Foreign Affairs Secretary Juan Ramón de la Fuente spoke Sunday with U.S. Secretary of State Marco Rubio, who called for “tangible results” and more cooperation to dismantle cartel power, according to the U.S. State Department.']]],
  ['event:call-2026-01-12-sheinbaum-trump', 'CALL', '2026-01-12', null, ['person:claudia-sheinbaum', 'person:donald-trump'],
    'Claudia Sheinbaum and Donald Trump spoke about security, drug trafficking, trade and investment', [
    ['000_32a52bfd2057151e.txt', 'On Jan. 12, Mexican President Claudia Sheinbaum and U.S. President Donald Trump spoke about security, drug trafficking, trade, and investment.'],
    ['003_be681fbe6b720575.txt', 'Mexico’s new president, Claudia Sheinbaum, says she had “a very good conversation” with President Donald Trump on Monday — a call that focused heavily on cartel violence, cross-border drug trafficking, and the Trump administration’s push for tougher action against transnational criminal groups']]],
  ['event:call-2026-01-15-rubio-delafuente', 'CALL', '2026-01-15', null, ['person:marco-rubio', 'person:juan-ramon-de-la-fuente'],
    'Marco Rubio and Juan Ramón de la Fuente held a high-level call on security cooperation', [
    ['000_32a52bfd2057151e.txt', 'The directive came during a Thursday phone call between U.S. Secretary of State Marco Rubio and Mexican Foreign Minister Juan Ramón de la Fuente, part of a series of high-level discussions aimed at increasing bilateral security efforts.'],
    ['001_3e349a1bc3eb3372.txt', 'Mexican Foreign Minister Juan Ramón de la Fuente and U.S. Secretary of State Marco Rubio held a high-level call on Thursday focused on security cooperation and the future of the U.S.-Mexico partnership, according to a joint statement released by both governments.']]],
  ['event:statement-2026-01-15-bwha', 'STATEMENT', '2026-01-15', null, ['organization:bureau-of-western-hemisphere-affairs'],
    'The Bureau of Western Hemisphere Affairs called incremental progress unacceptable', [
    ['000_32a52bfd2057151e.txt', 'The U.S. State Department’s Bureau of Western Hemisphere Affairs underscored a firmer stance in a post on X.'],
    ['001_3e349a1bc3eb3372.txt', 'Following the discussion, the U.S. State Department’s Bureau of Western Hemisphere Affairs provided additional context in a post on social media platform X.']]],
  ['event:meeting-2025-08-08-white-house', 'MEETING', '2025-08-08', 'location:white-house',
    ['person:marco-rubio', 'person:donald-trump', 'person:ilham-aliyev', 'person:nikol-pashinyan'],
    'Marco Rubio met Donald Trump, Ilham Aliyev and Nikol Pashinyan at the White House', [
    ['004_e7dfa14446febc47.txt', 'FILE — Secretary of State Marco Rubio departs after a meeting with President Donald Trump, Azerbaijani President Ilham Aliyev, and Armenian Prime Minister Nikol Pashinyan at the White House in Washington, Aug. 8, 2025.']]],
  ['event:visit-2025-09-02-rubio-mexico', 'VISIT', '2025-09-02', 'location:mexico', ['person:marco-rubio'],
    'Marco Rubio flew to Mexico for security talks', [
    ['004_e7dfa14446febc47.txt', 'Rubio is flying to Mexico on Tuesday, Sept. 2, 2025, for talks with top officials on security, drugs and migration issues, as U.S.-Mexico tensions continue to rise following months of pressure from President Trump.']]],
  ['event:meeting-2025-09-03-rubio-sheinbaum', 'MEETING', '2025-09-03', 'location:mexico-city', ['person:marco-rubio', 'person:claudia-sheinbaum'],
    'Marco Rubio met Claudia Sheinbaum in Mexico City', [
    ['002_e0a6854dadcd78c0.txt', 'After meeting with Mexican President Claudia Sheinbaum, Rubio characterized the current state of Mexico-U.S. relations as “the closest cooperation we’ve ever had, maybe between any country, but definitely between the U.S. and Mexico,” according to The Associated Press.'],
    ['004_e7dfa14446febc47.txt', 'Rubio is expected to discuss questions around such an arrangement in meetings Wednesday in Mexico City.']]],
  ['event:agreement-2025-09-03-security-group', 'AGREEMENT', '2025-09-03', 'location:mexico-city', ['location:united-states', 'location:mexico'],
    'The United States and Mexico established a high-level security implementation group', [
    ['002_e0a6854dadcd78c0.txt', 'The September 3 meeting established a new high-level binational group to focus on discouraging illegal migration, drug and gun smuggling, and other contraband activities that threaten the security of both countries.']]],
  ['event:designation-2025-02-cartels', 'DESIGNATION', '2025-02', null,
    ['organization:us-department-of-state', 'location:united-states', 'cartel:sinaloa-cartel', 'cartel:jalisco-new-generation-cartel'],
    'The State Department designated Mexican cartels foreign terrorist organizations', [
    ['002_e0a6854dadcd78c0.txt', 'In particular, the Sinaloa Cartel, designated by the U.S. government this year as a foreign terrorist organization, has been under heavy military pressure by Mexican security forces.'],
    ['004_e7dfa14446febc47.txt', 'Several large Mexican cartels, including the Sinaloa cartel and the Jalisco New Generation cartel, are among the criminal groups in Latin America that the State Department in February designated foreign terrorist organizations.']]],
  ['event:strike-2025-09-02-caribbean', 'STRIKE', '2025-09-02', 'location:caribbean', ['organization:us-military', 'location:united-states'],
    'The U.S. military struck a drug vessel in the southern Caribbean', [
    ['004_e7dfa14446febc47.txt', 'Rubio wrote on social media that “today the U.S. military conducted a lethal strike in the southern Carribean against a drug vessel which had departed from Venezuela and was being operated by a designated narco-terrorist organization.”']]],
  ['event:deployment-2025-caribbean', 'DEPLOYMENT', '2025', 'location:caribbean', ['organization:us-navy', 'organization:marines'],
    'U.S. Navy ships and Marines deployed to the Caribbean', [
    ['002_e0a6854dadcd78c0.txt', 'Recently, U.S. Navy ships and Marines deployed to the region to defend the maritime approaches to the U.S. and bolster security in the Caribbean.']]],
  ['event:seizure-cbp-fentanyl', 'SEIZURE', null, null, ['organization:us-customs-and-border-protection'],
    'CBP seized 1,029 pounds of fentanyl', [
    ['000_32a52bfd2057151e.txt', 'Fentanyl seizures, nonetheless, persist, as CBP seized 1,029 pounds of fentanyl, with methamphetamine seizures rising 15 percent that same month.']]],
  ['event:other-2024-10-sheinbaum-office', 'OTHER', '2024-10', null, ['person:claudia-sheinbaum'],
    'Claudia Sheinbaum took office', [
    ['002_e0a6854dadcd78c0.txt', 'Since Sheinbaum took office in October 2024, her government has repeatedly dismantled fentanyl and other drug labs, significantly reducing the flow of the highly dangerous opioid into the U.S.']]]
] AS row
CREATE (ev:Event {id: row[0], type: row[1], date: row[2], summary: row[5], articleCount: size(row[6])})
WITH row, ev
CALL (row, ev) {
  UNWIND row[4] AS pid
  MATCH (p:Entity {id: pid})
  CREATE (p)-[:PARTICIPATED_IN {articleIds: [s IN row[6] | s[0]]}]->(ev)
  RETURN collect(p.name) AS names
}
SET ev.name = row[1] + coalesce(' ' + row[2], '') + ': ' + reduce(acc = '', n IN names | acc + CASE acc WHEN '' THEN '' ELSE ', ' END + n)
WITH row, ev
CALL (row, ev) {
  OPTIONAL MATCH (l:Location {id: row[3]})
  FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | CREATE (ev)-[:OCCURRED_IN]->(l))
}
WITH row, ev
UNWIND row[6] AS s
MATCH (a:Article {id: s[0]})
CREATE (ev)-[:REPORTED_IN {evidence: s[1], evidenceStart: 0}]->(a);

MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.aliases AS aliases
