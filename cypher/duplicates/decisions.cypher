// Every decision editors have taken on a suggested pair of duplicates, with whether a SAME decision's merge was undone.
// Parameters: none
// Returns: a, b (String, a < b), decision (SAME, DIFFERENT or UNSURE), reason, decidedBy, decidedAt, mergeId (String or null),
//   mergeUndone (Boolean)
MATCH (d:DuplicateDecision)
OPTIONAL MATCH (m:Merge {id: d.mergeId})
RETURN d.a AS a, d.b AS b, d.decision AS decision, d.reason AS reason, d.decidedBy AS decidedBy, d.decidedAt AS decidedAt,
       d.mergeId AS mergeId, coalesce(m.undone, false) AS mergeUndone
ORDER BY d.decidedAt DESC
