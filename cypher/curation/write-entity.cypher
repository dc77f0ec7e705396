// Replaces all properties of an entity with its complete stored form (domain/records.ts storedEntity).
// Parameters: $props (map, with id)
// Returns: id; no row when unknown
MATCH (e:Entity {id: $props.id})
SET e = $props
RETURN e.id AS id
