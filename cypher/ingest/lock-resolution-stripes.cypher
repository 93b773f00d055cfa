// Takes the write locks of the batch's identity-key stripes (sorted, so every writer takes them in
// one order), creating a stripe's lock node the first time. Held until the transaction ends.
UNWIND $stripes AS stripe
MERGE (l:ResolutionLock {stripe: stripe})
SET l._LOCK_ = true
REMOVE l._LOCK_
