// Test helper: articles that no entity is mentioned in (a half-written article would be one).
MATCH (a:Article)
WHERE NOT (a)<-[:MENTIONED_IN]-()
RETURN count(a) AS bare
