// Groups of links that may state one fact: same ends, type and role (dates are compared by the caller). Links a merge
// moved are left alone while that merge can still be undone: undo moves them back by id.
// Parameters: none
// Returns: from, to (String), links ([map of stored properties]), one row per group of two or more
MATCH (a:Entity)-[r:RELATION]->(b:Entity)
WHERE NOT EXISTS {
  MATCH (m:Merge) WHERE coalesce(m.undone, false) = false AND (r.id IN m.outgoingIds OR r.id IN m.incomingIds)
}
WITH a.id AS from, b.id AS to, r.type AS type, coalesce(r.role, '') AS role, r ORDER BY r.id
WITH from, to, type, role, collect(properties(r)) AS links
WHERE size(links) > 1
RETURN from, to, links
