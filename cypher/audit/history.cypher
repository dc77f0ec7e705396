// The changes to one entity, its links and the claims about it (every record that touched it), newest first.
// Parameters: $id (String), $first (Int)
// Returns: record (map)
MATCH (a:AuditRecord)
WHERE a.targetId = $id OR $id IN a.entityIds
WITH a ORDER BY a.at DESC, a.id LIMIT $first
RETURN a {.id, .at, .actor, .role, .action, .targetId, .summary, .entityIds, .before, .after} AS record
