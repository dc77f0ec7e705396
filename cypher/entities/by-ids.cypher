// Entities by id, with their citations and claims; unknown ids are left out.
// Parameters: $ids ([String])
// Returns: entity (map), one row per entity found
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN @entity(e) AS entity
