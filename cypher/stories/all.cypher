// Stories, the most recently saved first.
// Parameters: $first (Int)
// Returns: story (map), one row each
MATCH (s:Story)
RETURN s {.*} AS story
ORDER BY s.updatedAt DESC, s.id
LIMIT $first
