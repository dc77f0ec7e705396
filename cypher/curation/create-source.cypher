// Creates a source document.
// Parameters: $props (map with id, title, text, …)
// Returns: id
CREATE (s:Source)
SET s = $props
RETURN s.id AS id
