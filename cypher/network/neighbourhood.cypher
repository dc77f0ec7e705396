// The entities within $depth hops of a root (breadth first, nearest kept first) and the edges among them. Each level
// stops once it has $nodeCap new entities, so a hub's neighbourhood costs the cap, not the hub's thousands of links.
// Only edges and entities that pass the filter are followed: kinds, relationship types, and a date range
// (an edge or entity whose dated interval lies wholly outside [$from, $to] is left out; undated ones stay).
// Parameters: $id (String), $depth (Int 1..3), $nodeCap (Int), $edgeCap (Int),
//   $kinds ([String] or null), $types ([String] or null), $from (YYYY-MM-DD or null), $to (YYYY-MM-DD or null)
// Returns: one row per entity (position, node: map with citations and claims) and one per edge (edge: map with
//   source/target ids), each with truncated (Boolean); no row if the root is unknown. Rows rather than one record, so
//   that the server decodes a large answer a piece at a time between other requests.
MATCH (root:Entity {id: $id})
CALL (root) {
  MATCH (root)-[r:RELATION]-(n:Entity)
  WHERE ($types IS NULL OR r.type IN $types) AND ($kinds IS NULL OR n.kind IN $kinds)
    AND (r.dateStart IS NULL OR (($to IS NULL OR r.dateStart <= $to) AND ($from IS NULL OR r.dateEnd >= $from)))
    AND (n.dateStart IS NULL OR (($to IS NULL OR n.dateStart <= $to) AND ($from IS NULL OR n.dateEnd >= $from)))
  WITH DISTINCT n LIMIT $nodeCap
  RETURN collect(n) AS level1
}
CALL (root, level1) {
  UNWIND CASE WHEN $depth >= 2 THEN level1 ELSE [] END AS m
  MATCH (m)-[r:RELATION]-(n:Entity)
  WHERE ($types IS NULL OR r.type IN $types) AND ($kinds IS NULL OR n.kind IN $kinds)
    AND (r.dateStart IS NULL OR (($to IS NULL OR r.dateStart <= $to) AND ($from IS NULL OR r.dateEnd >= $from)))
    AND (n.dateStart IS NULL OR (($to IS NULL OR n.dateStart <= $to) AND ($from IS NULL OR n.dateEnd >= $from)))
  WITH DISTINCT n WHERE n <> root AND NOT n IN level1
  WITH n LIMIT $nodeCap
  RETURN collect(n) AS level2
}
CALL (root, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 THEN level2 ELSE [] END AS m
  MATCH (m)-[r:RELATION]-(n:Entity)
  WHERE ($types IS NULL OR r.type IN $types) AND ($kinds IS NULL OR n.kind IN $kinds)
    AND (r.dateStart IS NULL OR (($to IS NULL OR r.dateStart <= $to) AND ($from IS NULL OR r.dateEnd >= $from)))
    AND (n.dateStart IS NULL OR (($to IS NULL OR n.dateStart <= $to) AND ($from IS NULL OR n.dateEnd >= $from)))
  WITH DISTINCT n WHERE n <> root AND NOT n IN level1 AND NOT n IN level2
  WITH n LIMIT $nodeCap
  RETURN collect(n) AS level3
}
WITH root, level1 + level2 + level3 AS reached
CALL (root, reached) {
  UNWIND reached AS n
  WITH DISTINCT n WHERE n <> root
  RETURN collect(n) AS others
}
WITH [root] + others[..$nodeCap - 1] AS nodes, size(others) > $nodeCap - 1 AS nodesTruncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:RELATION]->(b:Entity)
  WHERE b IN nodes AND ($types IS NULL OR r.type IN $types)
    AND (r.dateStart IS NULL OR (($to IS NULL OR r.dateStart <= $to) AND ($from IS NULL OR r.dateEnd >= $from)))
  WITH r LIMIT $edgeCap + 1
  RETURN collect(r) AS found
}
WITH nodes, found[..$edgeCap] AS rels, nodesTruncated OR size(found) > $edgeCap AS truncated
CALL (nodes, rels) {
  UNWIND range(0, size(nodes) - 1) AS position
  WITH position, nodes[position] AS n
  RETURN position, @entity(n) AS node, null AS edge
  UNION ALL
  UNWIND rels AS r
  RETURN null AS position, null AS node, @relationship(r) AS edge
}
RETURN position, node, edge, truncated
