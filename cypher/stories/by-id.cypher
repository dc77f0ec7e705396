// One story, or no row.
// Parameters: $id (String)
// Returns: story (map)
MATCH (s:Story {id: $id})
RETURN s {.*} AS story
