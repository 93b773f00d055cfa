// The most mentioned entities of each type: a quick look at what the corpus is about.
// @param perType 5
MATCH (e:Entity)
WITH e ORDER BY e.mentionCount DESC, e.name
WITH e.type AS kind, collect(e {.name, .mentionCount, .articleCount}) AS ranked
RETURN kind, ranked[0..$perType] AS top
ORDER BY kind
