// Attributes on which claims disagree: same subject, same attribute, more than one value. All sides are returned.
// With $entityId, only contradictions about that entity or about an event it is linked to.
// Parameters: $entityId (String or null)
// Returns: subject (map), attribute (String), claims ([map] with citations)
MATCH (c:Claim)-[:ABOUT]->(subject:Entity)
WHERE $entityId IS NULL
   OR subject.id = $entityId
   OR (subject.kind = 'event' AND EXISTS { (subject)-[:RELATION]-(:Entity {id: $entityId}) })
WITH subject, c.attribute AS attribute, collect(c) AS claims, count(DISTINCT c.value) AS values
WHERE values > 1
RETURN subject {
  .id, .kind, .subkind, .name, .aliases, .aliasReasons, .date, .dateInferred, .description, .descriptiveName,
  citations: [i IN range(0, size(subject.citedSources) - 1) | {
    quote: subject.citedQuotes[i],
    source: COLLECT { MATCH (s:Source {id: subject.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
  }]
} AS subject, attribute, [c IN claims | c {
  .id, .attribute, .value,
  citations: [i IN range(0, size(c.citedSources) - 1) | {
    quote: c.citedQuotes[i],
    source: COLLECT { MATCH (s:Source {id: c.citedSources[i]}) RETURN s {.id, .title, .publisher, .author, .date, .url} }[0]
  }]
}] AS claims
ORDER BY subject.id, attribute
