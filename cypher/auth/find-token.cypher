// The holder of a token, by the token's hash; no row for an unknown or revoked token.
// Parameters: $hash (String)
// Returns: id, name, role
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t.id AS id, t.name AS name, t.role AS role
