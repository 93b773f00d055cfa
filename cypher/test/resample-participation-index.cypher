// Test helper: asks the server to sample the participation lookup index again (it does so in the
// background; read test/participation-index-size to see the sample).
CALL db.resampleIndex('participated_in_lookup')
