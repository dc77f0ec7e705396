// Stores a new API token (only its hash).
// Parameters: $id (String), $name (String), $role (String), $hash (String), $createdAt (String)
// Returns: id
CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: $createdAt})
RETURN t.id AS id
