// One entity with its citations.
// Parameters: $id (String)
// Returns: entity (map); no row when unknown
MATCH (e:Entity {id: $id})
RETURN @entity(e) AS entity
