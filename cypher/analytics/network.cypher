// The network as a whole, for overviews and centrality: the $nodeCap best-connected entities and the links among them.
// Parameters: $nodeCap (Int), $edgeCap (Int)
// Returns: nodes ([map] with citations and claims), edges ([map] with source/target ids), truncated (Boolean)
MATCH (n:Entity)
WITH n, COUNT { (n)-[:RELATION]-() } AS degree
ORDER BY degree DESC, n.id
LIMIT $nodeCap + 1
WITH collect(n) AS ranked
WITH ranked[..$nodeCap] AS nodes, size(ranked) > $nodeCap AS nodesTruncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:RELATION]->(b:Entity)
  WHERE b IN nodes
  WITH r, a, b LIMIT $edgeCap + 1
  RETURN collect(@relationship(r)) AS edges
}
RETURN [n IN nodes | @entity(n)] AS nodes, edges[..$edgeCap] AS edges, nodesTruncated OR size(edges) > $edgeCap AS truncated
