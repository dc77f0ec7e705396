// Records migrations as done, so later starts skip them (they scan the whole graph).
// Parameters: $ids ([String])
// Returns: count
UNWIND $ids AS id
MERGE (m:Migration {id: id})
ON CREATE SET m.at = datetime()
RETURN count(m) AS count
