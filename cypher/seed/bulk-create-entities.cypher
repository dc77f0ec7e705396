// Bulk loading into a store that does not hold these records yet (generated networks): creates, never merges, so a
// batch costs one index insert per record. The uniqueness constraints still refuse a second record with an id.
// Parameters: $entities: [map of stored properties, with id] (domain/records.ts storedEntity)
// Returns: count
UNWIND $entities AS entity
CREATE (e:Entity)
SET e = entity
RETURN count(e) AS count
