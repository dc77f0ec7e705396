// Full-text search over entity names, aliases and their spelling skeletons.
// Parameters: $query (Lucene query built from the user's words, never raw input), $kinds ([String] or null), $candidates (Int)
// Returns: entity (map), score (Float)
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates * 4}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score ORDER BY score DESC LIMIT $candidates
RETURN @entity(node) AS entity, score
