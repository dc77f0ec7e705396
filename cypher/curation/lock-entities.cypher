// Takes the write lock of each entity (a property set and removed), so what this transaction reads of them next is
// what every committed change left, and no other writer changes them or their links and claims until it ends.
// Parameters: $ids ([String])
// Returns: id, name, one row per entity found
MATCH (e:Entity) WHERE e.id IN $ids
SET e._lock = true
REMOVE e._lock
RETURN e.id AS id, e.name AS name
