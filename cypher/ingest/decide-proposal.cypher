// Records an editor's decision on a proposal.
// Parameters: $id (String), $decision (map: status, resultId, decidedBy, decidedAt, reason, payload)
// Returns: proposal (map)
MATCH (p:Proposal {id: $id})
SET p.status = $decision.status, p.resultId = $decision.resultId, p.decidedBy = $decision.decidedBy,
    p.decidedAt = $decision.decidedAt, p.reason = $decision.reason, p.payload = $decision.payload
RETURN properties(p) AS proposal
