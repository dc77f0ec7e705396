// Creates a claim about an entity (a claim id that exists fails on the unique constraint: CONFLICT).
// Parameters: $subject (String), $props (map: the stored form, with id)
// Returns: id; no row when the subject is unknown
MATCH (e:Entity {id: $subject})
CREATE (c:Claim)-[:ABOUT]->(e)
SET c = $props
RETURN c.id AS id
