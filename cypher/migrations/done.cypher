// The start-up migrations this database has had (each runs once, then is recorded).
// Parameters: none
// Returns: id, one row per migration done
MATCH (m:Migration)
RETURN m.id AS id
