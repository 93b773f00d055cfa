// Newsgraph schema: applied idempotently by `newsgraph db migrate` and at every start-up.
// Every entity carries :Entity plus exactly one type label; ids are unique per label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cartel_id IF NOT EXISTS FOR (n:Cartel) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ship_id IF NOT EXISTS FOR (n:Ship) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE INDEX entity_mention_count IF NOT EXISTS FOR (n:Entity) ON (n.mentionCount);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
// Resolution inside the write transaction (src/ingest/write.ts): candidates of a batch's names are
// found by exact alias key (a keyword full-text index: each aliasKeys element is one term) and by
// person surname; a batch first locks the stripes of its keys (one constraint-backed lock node per
// stripe), so two writers racing for the same new entity end up with one.
CREATE FULLTEXT INDEX entity_alias_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.aliasKeys]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
CREATE INDEX person_surname_key IF NOT EXISTS FOR (n:Person) ON (n.surnameKey);
CREATE CONSTRAINT resolution_lock_stripe IF NOT EXISTS FOR (n:ResolutionLock) REQUIRE n.stripe IS UNIQUE;
// Stored events a batch's event can match are found through their participations: each
// PARTICIPATED_IN carries its participant's id with the event's type (`lookupKey`) and the event's
// date ('' when undated), so a lookup reads only one participant's events of one type and date.
CREATE INDEX participated_in_lookup IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.lookupKey, r.eventDate);
