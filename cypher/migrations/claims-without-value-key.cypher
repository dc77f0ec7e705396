// Claims stored before claims carried the folded form of their value (what identity and contradictions compare).
// Parameters: none
// Returns: id, value, one row per such claim
MATCH (c:Claim) WHERE c.valueKey IS NULL
RETURN c.id AS id, c.value AS value
