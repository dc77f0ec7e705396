// The links of one type and role from one entity to another: the candidates for "the same fact".
// Parameters: $from (String), $to (String), $type (String), $role (String or null)
// Returns: props (map), one row per link
MATCH (a:Entity {id: $from})-[r:RELATION {type: $type}]->(b:Entity {id: $to})
WHERE coalesce(r.role, '') = coalesce($role, '')
RETURN properties(r) AS props
ORDER BY r.id
