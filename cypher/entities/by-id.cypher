// One entity with its citations.
// Parameters: $id (String)
// Returns: entity (map); no row when unknown
MATCH (e:Entity {id: $id})
RETURN e {
  .id, .kind, .subkind, .name, .aliases, .aliasReasons, .date, .dateInferred, .description, .descriptiveName,
  citations: [i IN range(0, size(e.citedSources) - 1) | {
    quote: e.citedQuotes[i],
    source: COLLECT { MATCH (s:Source {id: e.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
  }],
  claims: COLLECT {
    MATCH (c:Claim)-[:ABOUT]->(e)
    RETURN c {.id, .attribute, .value, citations: [i IN range(0, size(c.citedSources) - 1) | {
      quote: c.citedQuotes[i],
      source: COLLECT { MATCH (s:Source {id: c.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
    }]}
  }
} AS entity
