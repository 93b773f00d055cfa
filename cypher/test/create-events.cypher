// Test helper: creates bare events ({id, type, date}) for timeline tests.
UNWIND $events AS e
CREATE (:Event {id: e.id, type: e.type, date: e.date, name: e.id, articleCount: 1})
