// The names and states of every index; each uniqueness constraint owns an index of the same name.
SHOW INDEXES YIELD name, state
RETURN name, state
