// Creates a claim about an entity, or replaces all its properties (domain/records.ts storedClaim).
// Parameters: $subject (String), $props (map, with id)
// Returns: id; no row when the subject is unknown
MATCH (e:Entity {id: $subject})
MERGE (c:Claim {id: $props.id})
SET c = $props
MERGE (c)-[:ABOUT]->(e)
RETURN c.id AS id
