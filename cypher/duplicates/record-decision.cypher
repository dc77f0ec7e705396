// Records an editor's decision on a pair of possible duplicates; a later decision on the same pair replaces it.
// Parameters: $pair (String: "a|b", a < b), $a, $b (String), $decision (SAME, DIFFERENT or UNSURE), $reason (String or null),
//   $decidedBy, $decidedAt (String), $mergeId (String or null: the merge a SAME decision made)
// Returns: before (map: the earlier decision, or only the pair when there was none), after (map)
MERGE (d:DuplicateDecision {pair: $pair})
WITH d, properties(d) AS before
SET d.a = $a, d.b = $b, d.decision = $decision, d.reason = $reason, d.decidedBy = $decidedBy, d.decidedAt = $decidedAt,
    d.mergeId = $mergeId
RETURN before, properties(d) AS after
