// A report's proposals in the order they were made.
// Parameters: $sourceId (String)
// Returns: proposal (map)
MATCH (p:Proposal {sourceId: $sourceId})
RETURN properties(p) AS proposal
ORDER BY p.seq
