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
RETURN [n IN nodes(p) | n {
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
  }] AS nodes,
  [r IN relationships(p) | r {
    .id, .type, .role, .date, .dateInferred, source: startNode(r).id, target: endNode(r).id,
    citations: [i IN range(0, size(r.citedSources) - 1) | {
      quote: r.citedQuotes[i],
      source: COLLECT { MATCH (s:Source {id: r.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
    }]
  }] AS edges,
  length(p) AS length
