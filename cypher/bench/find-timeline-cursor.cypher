// The event a deep timeline page starts after: the $position-th (0-based) CALL or MEETING on or
// after $from in (date, id) order, as list-events orders them; the bench turns it into a cursor.
MATCH (ev:Event)
WHERE ev.date >= left($from, 4) AND ev.type IN ['CALL', 'MEETING']
  AND ev.date >= left($from, size(ev.date))
WITH ev
ORDER BY ev.date, ev.id
SKIP toInteger($position)
LIMIT 1
RETURN ev.date AS date, ev.id AS id
