// Replaces all properties of a claim with its complete stored form (domain/records.ts storedClaim).
// Parameters: $props (map, with id)
// Returns: id; no row when unknown
MATCH (c:Claim {id: $props.id})
SET c = $props
RETURN c.id AS id
