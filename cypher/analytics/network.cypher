// The entities with these ids (in this order) and the links among them, as the API returns them: an overview once
// ranking.cypher has chosen whom to show.
// Parameters: $ids ([String]), $edgeCap (Int)
// Returns: nodes ([map] with citations and claims), edges ([map] with source/target ids), edgesTruncated (Boolean)
UNWIND range(0, size($ids) - 1) AS position
MATCH (n:Entity {id: $ids[position]})
WITH n ORDER BY position
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:RELATION]->(b:Entity)
  WHERE b IN nodes
  WITH r, a, b LIMIT $edgeCap + 1
  RETURN collect(@relationship(r)) AS edges
}
RETURN [n IN nodes | @entity(n)] AS nodes, edges[..$edgeCap] AS edges, size(edges) > $edgeCap AS edgesTruncated
