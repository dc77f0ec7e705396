// Deletes a story; no row when none has the id.
// Parameters: $id (String)
// Returns: before (map)
MATCH (s:Story {id: $id})
WITH s, s {.*} AS before
DELETE s
RETURN before
