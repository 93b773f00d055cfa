// A graph written before the event lookup index: participations without its keys.
MATCH ()-[pi:PARTICIPATED_IN]->()
REMOVE pi.lookupKey, pi.eventDate
RETURN count(pi) AS stripped
