// Every entity an article mentions and every event it reports (DataLoader batch over $ids).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id,
  [(e:Entity)-[m:MENTIONED_IN]->(a) | {entityId: e.id, count: m.count, aliases: m.aliases}] AS mentions,
  [(ev:Event)-[r:REPORTED_IN]->(a) | {eventId: ev.id, date: ev.date, sentence: r.evidence}] AS events
