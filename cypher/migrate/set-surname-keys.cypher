// Migration: people written before surnameKey existed get it (the last word of their nameKey,
// as src/ingest/resolve.ts computes it). Idempotent; run by `db migrate` after the schema.
MATCH (p:Person)
WHERE p.surnameKey IS NULL AND p.nameKey IS NOT NULL
CALL (p) {
  SET p.surnameKey = last(split(p.nameKey, ' '))
} IN TRANSACTIONS OF 10000 ROWS
