// Full-text search over entity names, aliases and their spelling skeletons: the best candidates by Lucene's score,
// with just the names the caller re-ranks them by (the chosen few are then read whole, by entities/by-ids).
// Parameters: $query (Lucene query built from the user's words, never raw input), $kinds ([String] or null), $candidates (Int)
// Returns: id, name, aliases, score (Float), best score first
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates * 4}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score ORDER BY score DESC LIMIT $candidates
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases, score
