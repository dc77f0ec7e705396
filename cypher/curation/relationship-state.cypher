// A link's stored properties and its two ends.
// Parameters: $id (String)
// Returns: props (map), from (String), to (String); no row when unknown
MATCH (a:Entity)-[r:RELATION {id: $id}]->(b:Entity)
RETURN properties(r) AS props, a.id AS from, b.id AS to
