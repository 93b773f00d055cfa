// Test helper: creates one Person entity.
CREATE (:Entity:Person {id: $id, name: $name})
