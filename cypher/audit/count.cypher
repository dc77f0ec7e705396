// How many curated changes the database holds, so a re-seed does not silently overwrite them.
// Parameters: none
// Returns: count
MATCH (a:AuditRecord) RETURN count(a) AS count
