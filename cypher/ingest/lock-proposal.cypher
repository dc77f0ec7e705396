// Takes a proposal's write lock (a property set and removed) and reads it, so two editors cannot decide it twice.
// Parameters: $id (String)
// Returns: proposal (map)
MATCH (p:Proposal {id: $id})
SET p._lock = true
REMOVE p._lock
RETURN properties(p) AS proposal
