// Generated from src/domain/types.ts by `npm run generate:cypher` (src/db/generated-cypher.ts).
// Counts by label and relationship type, each answered from the count store (constant time),
// and the last time an article was written.
CALL () { MATCH (n:Entity) RETURN count(n) AS entity }
CALL () { MATCH (n:Person) RETURN count(n) AS person }
CALL () { MATCH (n:Organization) RETURN count(n) AS organization }
CALL () { MATCH (n:Cartel) RETURN count(n) AS cartel }
CALL () { MATCH (n:Ship) RETURN count(n) AS ship }
CALL () { MATCH (n:Location) RETURN count(n) AS location }
CALL () { MATCH (n:Event) RETURN count(n) AS event }
CALL () { MATCH (n:Article) RETURN count(n) AS article, toString(max(n.ingestedAt)) AS lastIngestedAt }
CALL () { MATCH ()-[r:MENTIONED_IN]->() RETURN count(r) AS mentionedIn }
CALL () { MATCH ()-[r:HOLDS_ROLE]->() RETURN count(r) AS holdsRole }
CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberOf }
CALL () { MATCH ()-[r:PART_OF]->() RETURN count(r) AS partOf }
CALL () { MATCH ()-[r:LOCATED_IN]->() RETURN count(r) AS locatedIn }
CALL () { MATCH ()-[r:DEPLOYED_TO]->() RETURN count(r) AS deployedTo }
CALL () { MATCH ()-[r:DESIGNATED]->() RETURN count(r) AS designated }
CALL () { MATCH ()-[r:OPPOSES]->() RETURN count(r) AS opposes }
CALL () { MATCH ()-[r:PARTICIPATED_IN]->() RETURN count(r) AS participatedIn }
CALL () { MATCH ()-[r:OCCURRED_IN]->() RETURN count(r) AS occurredIn }
CALL () { MATCH ()-[r:REPORTED_IN]->() RETURN count(r) AS reportedIn }
RETURN
  [{name: 'Entity', count: entity},
   {name: 'Person', count: person},
   {name: 'Organization', count: organization},
   {name: 'Cartel', count: cartel},
   {name: 'Ship', count: ship},
   {name: 'Location', count: location},
   {name: 'Event', count: event},
   {name: 'Article', count: article}] AS labels,
  [{name: 'MENTIONED_IN', count: mentionedIn},
   {name: 'HOLDS_ROLE', count: holdsRole},
   {name: 'MEMBER_OF', count: memberOf},
   {name: 'PART_OF', count: partOf},
   {name: 'LOCATED_IN', count: locatedIn},
   {name: 'DEPLOYED_TO', count: deployedTo},
   {name: 'DESIGNATED', count: designated},
   {name: 'OPPOSES', count: opposes},
   {name: 'PARTICIPATED_IN', count: participatedIn},
   {name: 'OCCURRED_IN', count: occurredIn},
   {name: 'REPORTED_IN', count: reportedIn}] AS relationshipTypes,
  lastIngestedAt
