// A claim's stored properties and the entity it is about.
// Parameters: $id (String)
// Returns: props (map), subject (String); no row when unknown
MATCH (c:Claim {id: $id})-[:ABOUT]->(e:Entity)
RETURN properties(c) AS props, e.id AS subject
