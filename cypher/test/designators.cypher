// Test helper: a cartel and who designated it, flagging U.S. bodies (the United States itself or
// anything PART_OF it, directly or through a parent).
MATCH (c:Entity)
WHERE $key IN c.aliasKeys
RETURN labels(c) AS labels,
       COLLECT {
         MATCH (d:Entity)-[:DESIGNATED]->(c)
         RETURN {
           name: d.name,
           labels: labels(d),
           us: d.name =~ '(?i).*(U\\.S\\.|United States|American).*'
               OR EXISTS { (d)-[:PART_OF*1..3]->(us:Location) WHERE 'united states' IN us.aliasKeys }
         }
       } AS designators
