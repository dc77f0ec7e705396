// One proposal, locked for a decision (the write lock keeps two editors from deciding it twice).
// Parameters: $id (String)
// Returns: proposal (map)
MATCH (p:Proposal {id: $id})
SET p._lock = true
REMOVE p._lock
RETURN properties(p) AS proposal
