// Test helper: drops every cached plan, so the next statement is planned on today's statistics.
CALL db.clearQueryCaches()
