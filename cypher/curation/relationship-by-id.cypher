// One relationship with its two ends, as the API returns it.
// Parameters: $id (String)
// Returns: relationship (map with citations), from (map), to (map); no row when unknown
MATCH (a:Entity)-[r:RELATION {id: $id}]->(b:Entity)
RETURN @relationship(r) AS relationship,
@entity(a) AS from,
@entity(b) AS to
