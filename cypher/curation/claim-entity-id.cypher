// Takes an entity id for a new entity, or the lock of the entity that has it: MERGE on the unique id makes a second
// writer of the same id wait until the first commits, and then find its entity. A new node holds only its id until
// the caller writes its properties in the same transaction.
// Parameters: $id (String)
// Returns: created (Boolean)
MERGE (e:Entity {id: $id})
ON CREATE SET e._created = true
WITH e, coalesce(e._created, false) AS created
SET e._lock = true
REMOVE e._lock, e._created
RETURN created
