// Revokes a token by id.
// Parameters: $id (String), $revokedAt (String)
// Returns: id; no row when unknown
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, $revokedAt)
RETURN t.id AS id
