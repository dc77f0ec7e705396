// Creates an entity from a complete property map (the id is in it).
// Parameters: $props (map)
// Returns: id
CREATE (e:Entity)
SET e = $props
RETURN e.id AS id
