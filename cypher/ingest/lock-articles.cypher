// Locks the batch's articles (creating a bare node for a new one) and returns the content hash
// each had when the lock was granted: the writer re-checks "unchanged" under the lock, so two
// writers of the same article never both write it. Ids arrive sorted, so locks are taken in one
// order. The _LOCK_ property is set and removed in the same statement (the documented idiom for
// an explicit write lock); nothing of it is committed.
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a._LOCK_ = true
WITH a, id
REMOVE a._LOCK_
RETURN id, a.contentHash AS contentHash
