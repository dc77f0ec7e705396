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
  RETURN collect({
    id: r.id, type: r.type, role: r.role, date: r.date, dateInferred: r.dateInferred, source: a.id, target: b.id,
    citations: [i IN range(0, size(r.citedSources) - 1) | {
      quote: r.citedQuotes[i],
      source: COLLECT { MATCH (s:Source {id: r.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
    }]
  }) AS edges
}
RETURN [n IN nodes | n {
    .id, .kind, .subkind, .name, .aliases, .aliasReasons, .date, .dateInferred, .description, .descriptiveName,
    citations: [i IN range(0, size(n.citedSources) - 1) | {
      quote: n.citedQuotes[i],
      source: COLLECT { MATCH (s:Source {id: n.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
    }],
    claims: COLLECT {
      MATCH (c:Claim)-[:ABOUT]->(n)
      RETURN c {.id, .attribute, .value, citations: [i IN range(0, size(c.citedSources) - 1) | {
        quote: c.citedQuotes[i],
        source: COLLECT { MATCH (s:Source {id: c.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
      }]}
    }
  }] AS nodes, edges[..$edgeCap] AS edges, nodesTruncated OR size(edges) > $edgeCap AS truncated
