// Up to $first (≤ 10) shortest paths between two entities, at most $maxHops long, through edges and entities that
// pass the filter (fragments/path-step.cypher). $throughKinds: at least one intermediate entity of these kinds — the
// 50 shortest are searched so that enough remain once that is checked.
// Parameters: $fromId, $toId (String), $maxHops (Int 1..6), $first (Int), $kinds, $types, $avoidKinds, $throughKinds
//   ([String] or null), $from, $to (YYYY-MM-DD or null)
// Returns: one row per path: nodes ([map] with citations and claims), edges ([map] with source/target ids), length (Int)
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = SHORTEST 50 (a)(()-[r:RELATION]-(x:Entity) WHERE @path-step(x)){1,6}(b)
WHERE length(p) <= $maxHops
  AND ($throughKinds IS NULL OR any(m IN nodes(p)[1..-1] WHERE m.kind IN $throughKinds))
WITH p ORDER BY length(p) LIMIT $first
RETURN [n IN nodes(p) | @entity(n)] AS nodes,
  [r IN relationships(p) | @relationship(r)] AS edges,
  length(p) AS length
