// Records one successful change: who, when, what, the entities it touched, a line to read, and the state before and
// after (JSON).
// Parameters: $id, $at, $actor, $role, $action, $targetId, $summary (String), $entityIds ([String]), $before, $after (JSON String or null)
// Returns: id
CREATE (a:AuditRecord {id: $id, at: $at, actor: $actor, role: $role, action: $action, targetId: $targetId,
  summary: $summary, entityIds: $entityIds, before: $before, after: $after})
RETURN a.id AS id
