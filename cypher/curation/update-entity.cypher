// Changes some properties of an entity (a null value removes the property).
// Parameters: $id (String), $patch (map)
// Returns: id; no row when unknown
MATCH (e:Entity {id: $id})
SET e += $patch
RETURN e.id AS id
