// Every API token, without hashes.
// Parameters: none
// Returns: id, name, role, createdAt, revokedAt
MATCH (t:ApiToken)
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.revokedAt AS revokedAt
ORDER BY t.createdAt
