// Saves a new story: its slides as one JSON string, so that a save is one property write and never half a list.
// Parameters: $id, $title, $slides (JSON String), $at, $actor (String)
// Returns: story (map)
CREATE (s:Story {id: $id, title: $title, slides: $slides, version: 1, createdAt: $at, createdBy: $actor,
  updatedAt: $at, updatedBy: $actor})
RETURN s {.*} AS story
