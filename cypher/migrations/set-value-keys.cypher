// Stores the folded form of each claim's value.
// Parameters: $claims ([{id, valueKey}])
// Returns: count
UNWIND $claims AS claim
MATCH (c:Claim {id: claim.id})
SET c.valueKey = claim.valueKey
RETURN count(c) AS count
