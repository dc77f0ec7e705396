// One proposal.
// Parameters: $id (String)
// Returns: proposal (map)
MATCH (p:Proposal {id: $id})
RETURN properties(p) AS proposal
