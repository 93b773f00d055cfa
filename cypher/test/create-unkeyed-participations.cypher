// Test helper: $n participations without lookup keys, which the lookup index does not hold, so a
// graph with relationships whose index the planner's statistics call empty.
UNWIND range(1, $n) AS i
CREATE (:Entity:Person {id: 'unkeyed-person-' + i})-[:PARTICIPATED_IN]->(:Event {id: 'unkeyed-event-' + i, type: 'MEETING'})
