// Deletes a claim, returning what it was for the audit record.
// Parameters: $id (String)
// Returns: props (map), subject (String); no row when unknown
MATCH (c:Claim {id: $id})-[:ABOUT]->(e:Entity)
WITH c, e, properties(c) AS props
DETACH DELETE c
RETURN props, e.id AS subject
