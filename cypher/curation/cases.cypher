// The cases the database holds, to file a new source under one.
// Parameters: none
// Returns: id, one row per case
MATCH (c:Case) RETURN c.id AS id ORDER BY c.id
