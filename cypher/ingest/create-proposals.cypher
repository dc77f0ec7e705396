// Stores a report's proposals, all pending.
// Parameters: $proposals (list of maps: id, sourceId, seq, kind, status, confidence, signature, payload, quote, start, end,
//   corroborates, contradicts)
// Returns: count
UNWIND $proposals AS proposal
CREATE (p:Proposal)
SET p = proposal
RETURN count(p) AS count
