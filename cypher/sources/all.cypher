// Every source document, with how many relationships cite it and how many only it cites.
// Parameters: none
// Returns: source (map), relationshipCount (Int), exclusiveCount (Int)
MATCH (s:Source)
RETURN s {.id, .caseId, .title, .publisher, .author, .date, .dateNote, .url} AS source,
  COUNT { MATCH (:Entity)-[r:RELATION]->(:Entity) WHERE s.id IN r.citedSources } AS relationshipCount,
  COUNT { MATCH (:Entity)-[r:RELATION]->(:Entity) WHERE s.id IN r.citedSources AND all(x IN r.citedSources WHERE x = s.id) } AS exclusiveCount
ORDER BY s.id
