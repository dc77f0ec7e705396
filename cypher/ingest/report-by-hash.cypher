// The report already taken in with this content, if any.
// Parameters: $sha256 (String)
// Returns: sourceId
MATCH (r:Report {sha256: $sha256})
RETURN r.sourceId AS sourceId
