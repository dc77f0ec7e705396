// Deletes a relationship, returning what it was for the audit record.
// Parameters: $id (String)
// Returns: props (map), from (String), to (String); no row when unknown
MATCH (a:Entity)-[r:RELATION {id: $id}]->(b:Entity)
WITH a, b, r, properties(r) AS props
DELETE r
RETURN props, a.id AS from, b.id AS to
