// The entities with these ids (in this order) and the links among them, as the API returns them: an overview once
// ranking.cypher has chosen whom to show.
// Parameters: $ids ([String]), $edgeCap (Int)
// Returns: rows as network/neighbourhood.cypher's (position and node, or edge; truncated when edges were cut); none
//   when no id is known
UNWIND range(0, size($ids) - 1) AS position
MATCH (n:Entity {id: $ids[position]})
WITH n ORDER BY position
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:RELATION]->(b:Entity)
  WHERE b IN nodes
  WITH r LIMIT $edgeCap + 1
  RETURN collect(r) AS found
}
WITH nodes, found[..$edgeCap] AS rels, size(found) > $edgeCap AS truncated
CALL (nodes, rels) {
  UNWIND range(0, size(nodes) - 1) AS position
  WITH position, nodes[position] AS n
  RETURN position, @entity(n) AS node, null AS edge
  UNION ALL
  UNWIND rels AS r
  RETURN null AS position, null AS node, @relationship(r) AS edge
}
RETURN position, node, edge, truncated
