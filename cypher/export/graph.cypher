// The graph itself — entities, sources, claims, cases and the links among them, with every property — for a digest
// that tells whether two databases hold the same graph. Audit records, tokens, merges and words are not the graph.
// Parameters: none
// Returns: nodes ([{labels, props}]), links ([{type, from, to, props}])
RETURN
  COLLECT { MATCH (n) WHERE n:Entity OR n:Source OR n:Claim OR n:Case RETURN {labels: labels(n), props: properties(n)} } AS nodes,
  COLLECT {
    MATCH (a)-[r:RELATION|ABOUT]->(b)
    RETURN {type: type(r), from: coalesce(a.id, ''), to: coalesce(b.id, ''), props: properties(r)}
  } AS links
