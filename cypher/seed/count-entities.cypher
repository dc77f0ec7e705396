// Counts entities, to tell an empty database from a seeded one.
// Parameters: none. Returns: count
MATCH (e:Entity) RETURN count(e) AS count
