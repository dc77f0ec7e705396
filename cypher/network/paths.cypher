// Up to 3 shortest paths between two entities, at most $maxHops long, through edges and entities that pass the
// filter (fragments/path-step.cypher). SHORTEST 3 explores far less of the graph around hubs than SHORTEST 50 does
// (measured: about a sixth of the database hits at 200,000 entities), so this is the file for first ≤ 3 without
// $throughKinds; paths-wide.cypher serves the rest.
// Parameters: $fromId, $toId (String), $maxHops (Int 1..6), $first (Int 1..3), $kinds, $types, $avoidKinds
//   ([String] or null), $from, $to (YYYY-MM-DD or null)
// Returns: one row per path: nodes ([map] with citations and claims), edges ([map] with source/target ids), length (Int)
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = SHORTEST 3 (a)(()-[r:RELATION]-(x:Entity) WHERE @path-step(x)){1,6}(b)
WHERE length(p) <= $maxHops
WITH p ORDER BY length(p) LIMIT $first
RETURN [n IN nodes(p) | @entity(n)] AS nodes,
  [r IN relationships(p) | @relationship(r)] AS edges,
  length(p) AS length
