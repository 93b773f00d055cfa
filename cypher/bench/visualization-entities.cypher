// Bench (bench/export.ts): synthetic entities e:<i> for i in $rows, types in turn, with aliases
// and the lookup keys the model has. Labels are set with FOREACH so the statement stays static.
UNWIND $rows AS row
// The driver sends JavaScript numbers as floats: make them integers once.
WITH toInteger(row) AS i
WITH i, ['Person', 'Organization', 'Cartel', 'Ship', 'Location'][i % 5] AS type
CREATE (e:Entity {id: 'e:' + i, type: type, name: type + ' ' + i, aliases: [type + i, 'Alias ' + i],
  aliasKeys: [toLower(type) + ' ' + i, toLower(type) + i, 'alias ' + i], nameKey: toLower(type) + ' ' + i,
  mentionCount: 1 + i % 17, articleCount: 1 + i % 5})
FOREACH (_ IN CASE WHEN type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN type = 'Cartel' THEN [1] ELSE [] END | SET e:Cartel)
FOREACH (_ IN CASE WHEN type = 'Ship' THEN [1] ELSE [] END | SET e:Ship)
FOREACH (_ IN CASE WHEN type = 'Location' THEN [1] ELSE [] END | SET e:Location)
