// Replaces all properties of a link with its complete stored form (domain/records.ts storedRelationship).
// Parameters: $props (map, with id)
// Returns: id; no row when unknown
MATCH (:Entity)-[r:RELATION {id: $props.id}]->(:Entity)
SET r = $props
RETURN r.id AS id
