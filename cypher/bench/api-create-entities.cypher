// Bench: a batch of synthetic entities (properties as in docs/graph-model.md).
UNWIND $rows AS row
CREATE (e:Entity {id: row.id, type: row.type, name: row.name, aliases: row.aliases,
  aliasKeys: row.aliasKeys, nameKey: row.nameKey, mentionCount: row.mentionCount,
  articleCount: row.articleCount,
  surnameKey: CASE WHEN row.type = 'Person' THEN last(split(row.nameKey, ' ')) ELSE null END})
FOREACH (_ IN CASE row.type WHEN 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE row.type WHEN 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE row.type WHEN 'Cartel' THEN [1] ELSE [] END | SET e:Cartel)
FOREACH (_ IN CASE row.type WHEN 'Ship' THEN [1] ELSE [] END | SET e:Ship)
FOREACH (_ IN CASE row.type WHEN 'Location' THEN [1] ELSE [] END | SET e:Location)
