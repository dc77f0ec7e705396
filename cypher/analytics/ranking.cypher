// The network's skeleton for overviews and centrality: the $nodeCap best-connected entities and the links among
// them, as ids only (no citations, no claims: ranking needs none, and at scale the projection would dominate).
// Parameters: $nodeCap (Int), $edgeCap (Int)
// Returns: nodes ([{id, kind}], best-connected first), edges ([{source, target}]), truncated (Boolean)
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
  WITH a, b LIMIT $edgeCap + 1
  RETURN collect({source: a.id, target: b.id}) AS edges
}
RETURN [n IN nodes | {id: n.id, kind: n.kind}] AS nodes, edges[..$edgeCap] AS edges,
  nodesTruncated OR size(edges) > $edgeCap AS truncated
