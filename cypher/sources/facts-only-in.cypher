// Relationships that one source alone states: what no other source corroborates.
// Parameters: $sourceId (String), $first (Int)
// Returns: relationship (map with citations), from (map), to (map)
MATCH (a:Entity)-[r:RELATION]->(b:Entity)
WHERE $sourceId IN r.citedSources AND all(x IN r.citedSources WHERE x = $sourceId)
WITH a, r, b ORDER BY r.id LIMIT $first
RETURN r {
  .id, .type, .role, .date, .dateInferred,
  citations: [i IN range(0, size(r.citedSources) - 1) | {
    quote: r.citedQuotes[i],
    source: COLLECT { MATCH (s:Source {id: r.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
  }]
} AS relationship,
a {
  .id, .kind, .subkind, .name, .aliases, .aliasReasons, .date, .dateInferred, .description, .descriptiveName,
  citations: [i IN range(0, size(a.citedSources) - 1) | {
    quote: a.citedQuotes[i],
    source: COLLECT { MATCH (s:Source {id: a.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
  }],
  claims: COLLECT {
    MATCH (c:Claim)-[:ABOUT]->(a)
    RETURN c {.id, .attribute, .value, citations: [i IN range(0, size(c.citedSources) - 1) | {
      quote: c.citedQuotes[i],
      source: COLLECT { MATCH (s:Source {id: c.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
    }]}
  }
} AS from,
b {
  .id, .kind, .subkind, .name, .aliases, .aliasReasons, .date, .dateInferred, .description, .descriptiveName,
  citations: [i IN range(0, size(b.citedSources) - 1) | {
    quote: b.citedQuotes[i],
    source: COLLECT { MATCH (s:Source {id: b.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
  }],
  claims: COLLECT {
    MATCH (c:Claim)-[:ABOUT]->(b)
    RETURN c {.id, .attribute, .value, citations: [i IN range(0, size(c.citedSources) - 1) | {
      quote: c.citedQuotes[i],
      source: COLLECT { MATCH (s:Source {id: c.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
    }]}
  }
} AS to
