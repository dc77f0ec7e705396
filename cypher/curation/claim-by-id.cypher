// One claim as the API returns it.
// Parameters: $id (String)
// Returns: claim (map with citations and subjectId); no row when unknown
MATCH (c:Claim {id: $id})
RETURN @claim(c) AS claim
