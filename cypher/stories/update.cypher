// Replaces a story's title and slides if it is still at $version; no row when it is unknown or was saved since.
// Parameters: $id, $title, $slides (JSON String), $version (Int), $at, $actor (String)
// Returns: before (map), story (map)
MATCH (s:Story {id: $id})
WHERE s.version = $version
WITH s, s {.*} AS before
SET s.title = $title, s.slides = $slides, s.version = s.version + 1, s.updatedAt = $at, s.updatedBy = $actor
RETURN before, s {.*} AS story
