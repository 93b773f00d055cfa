// Who was deployed where, according to which articles: one row per deployment.
MATCH (x:Entity)-[d:DEPLOYED_TO]->(place:Location)
RETURN x.name AS who, x.type AS kind, place.name AS where, d.articleIds AS articles,
  d.evidence[0] AS evidence
ORDER BY where, who
