// Creates or replaces entities: every property is the record's (domain/records.ts storedEntity).
// Parameters: $entities: [map of stored properties, with id]
// Returns: count
UNWIND $entities AS entity
MERGE (e:Entity {id: entity.id})
SET e = entity
RETURN count(e) AS count
