// Test helper: the provenance lists of every typed relationship between entities.
MATCH (:Entity)-[r:HOLDS_ROLE|MEMBER_OF|PART_OF|LOCATED_IN|DEPLOYED_TO|DESIGNATED|OPPOSES]->(:Entity)
RETURN r.articleIds AS articleIds, r.evidence AS evidence
