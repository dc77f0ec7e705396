// Relationships that one source alone states: what no other source corroborates.
// Parameters: $sourceId (String), $first (Int)
// Returns: relationship (map with citations), from (map), to (map)
MATCH (a:Entity)-[r:RELATION]->(b:Entity)
WHERE $sourceId IN r.citedSources AND all(x IN r.citedSources WHERE x = $sourceId)
WITH a, r, b ORDER BY r.id LIMIT $first
RETURN @relationship(r) AS relationship,
@entity(a) AS from,
@entity(b) AS to
