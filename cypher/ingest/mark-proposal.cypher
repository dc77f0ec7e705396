// Moves a proposal, already locked in this transaction, to another status: ACCEPTING while its fact is being made (so
// no one else accepts or rejects it meanwhile), back to PENDING when that failed.
// Parameters: $id (String), $status (String), $by (String or null)
// Returns: proposal (map)
MATCH (p:Proposal {id: $id})
SET p.status = $status, p.decidedBy = $by
RETURN properties(p) AS proposal
