// Designations: which body designated which group, as what, and the sentence that says so.
MATCH (by:Entity)-[d:DESIGNATED]->(target:Entity)
RETURN by.name AS designatedBy, target.name AS designated, target.type AS kind,
  d.role AS designation, size(d.articleIds) AS articles, d.evidence[0] AS evidence
ORDER BY designation, designated
