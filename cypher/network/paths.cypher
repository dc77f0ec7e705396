// The shortest paths between two entities — every path of the smallest length, up to $first — at most $maxHops
// long, through edges and entities that pass the filter (fragments/path-step.cypher). ALL SHORTEST is searched from
// both ends at once and stays cheap around hubs, where SHORTEST k (paths of several lengths) explores far more: at
// 1,000,000 entities SHORTEST 3 ran past the 10 s timeout. paths-wide.cypher serves more paths (longer ones too) and
// $throughKinds.
// Parameters: $fromId, $toId (String), $maxHops (Int 1..6), $first (Int 1..3), $kinds, $types, $avoidKinds
//   ([String] or null), $from, $to (YYYY-MM-DD or null)
// Returns: one row per path: nodes ([map] with citations and claims), edges ([map] with source/target ids), length (Int)
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = ALL SHORTEST (a)(()-[r:RELATION]-(x:Entity) WHERE @path-step(x)){1,6}(b)
WHERE length(p) <= $maxHops
WITH p LIMIT $first
RETURN [n IN nodes(p) | @entity(n)] AS nodes,
  [r IN relationships(p) | @relationship(r)] AS edges,
  length(p) AS length
