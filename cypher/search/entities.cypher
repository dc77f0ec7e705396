// Full-text search over entity names, aliases and their spelling skeletons.
// Parameters: $query (Lucene query built from the user's words, never raw input), $kinds ([String] or null), $candidates (Int)
// Returns: entity (map), score (Float)
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates * 4}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score ORDER BY score DESC LIMIT $candidates
RETURN node {
  .id, .kind, .subkind, .name, .aliases, .aliasReasons, .date, .dateInferred, .description, .descriptiveName,
  citations: [i IN range(0, size(node.citedSources) - 1) | {
    quote: node.citedQuotes[i],
    source: COLLECT { MATCH (s:Source {id: node.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
  }],
  claims: COLLECT {
    MATCH (c:Claim)-[:ABOUT]->(node)
    RETURN c {.id, .attribute, .value, citations: [i IN range(0, size(c.citedSources) - 1) | {
      quote: c.citedQuotes[i],
      source: COLLECT { MATCH (s:Source {id: c.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
    }]}
  }
} AS entity, score
