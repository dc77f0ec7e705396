// Up to $first shortest paths between two entities, at most $maxHops long, through edges and entities that pass
// the filter. $avoidKinds: no intermediate entity of these kinds; $throughKinds: at least one intermediate entity of them.
// Parameters: $fromId, $toId (String), $maxHops (Int 1..6), $first (Int), $kinds, $types, $avoidKinds, $throughKinds
//   ([String] or null), $from, $to (YYYY-MM-DD or null)
// Returns: one row per path: nodes ([map] with citations and claims), edges ([map] with source/target ids), length (Int)
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = SHORTEST 50 (a)(()-[r:RELATION]-(x:Entity)
    WHERE ($types IS NULL OR r.type IN $types) AND (r.dateStart IS NULL OR (($to IS NULL OR r.dateStart <= $to) AND ($from IS NULL OR r.dateEnd >= $from)))
      AND (x.id = $toId OR (($kinds IS NULL OR x.kind IN $kinds) AND ($avoidKinds IS NULL OR NOT x.kind IN $avoidKinds)
        AND (x.dateStart IS NULL OR (($to IS NULL OR x.dateStart <= $to) AND ($from IS NULL OR x.dateEnd >= $from)))))
  ){1,6}(b)
WHERE length(p) <= $maxHops
  AND ($throughKinds IS NULL OR any(m IN nodes(p)[1..-1] WHERE m.kind IN $throughKinds))
WITH p ORDER BY length(p) LIMIT $first
RETURN [n IN nodes(p) | @entity(n)] AS nodes,
  [r IN relationships(p) | @relationship(r)] AS edges,
  length(p) AS length
