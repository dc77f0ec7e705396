// Records one successful change: who, when, what, and the state before and after (JSON).
// Parameters: $id, $at, $actor, $role, $action, $targetId (String), $before, $after (JSON String or null)
// Returns: id
CREATE (a:AuditRecord {id: $id, at: $at, actor: $actor, role: $role, action: $action, targetId: $targetId,
  before: $before, after: $after})
RETURN a.id AS id
