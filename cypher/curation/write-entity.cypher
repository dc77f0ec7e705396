// Creates an entity or replaces all its properties with the complete stored form (domain/records.ts storedEntity).
// Parameters: $props (map, with id)
// Returns: id
MERGE (e:Entity {id: $props.id})
SET e = $props
RETURN e.id AS id
