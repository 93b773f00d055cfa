// Test helper: how many entries the planner's last sample of the participation lookup index saw.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.indexes AS index
WITH index
WHERE index.relationshipTypes = ['PARTICIPATED_IN'] AND index.properties = ['lookupKey', 'eventDate']
RETURN index.totalSize AS sampled, index.updatesSinceEstimation AS updatesSince
