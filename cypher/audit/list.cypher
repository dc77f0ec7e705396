// The newest audit records, optionally about one target.
// Parameters: $targetId (String or null), $first (Int)
// Returns: record (map)
MATCH (a:AuditRecord)
WHERE $targetId IS NULL OR a.targetId = $targetId
WITH a ORDER BY a.at DESC, a.id LIMIT $first
RETURN a {.id, .at, .actor, .role, .action, .targetId, .summary, .entityIds, .before, .after} AS record
