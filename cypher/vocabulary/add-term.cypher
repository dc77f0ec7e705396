// Adds one vocabulary word; no row when a word with its key exists (words are never redefined).
// Parameters: $term (map: key, group, name, description, kind, color, shape, multiValued, origin), $seq (Int)
// Returns: key
OPTIONAL MATCH (existing:Term {key: $term.key})
WITH existing WHERE existing IS NULL
CREATE (t:Term)
SET t = $term, t.seq = $seq
RETURN t.key AS key
