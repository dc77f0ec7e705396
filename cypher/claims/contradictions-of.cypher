// Contradictions about one entity or about an event it is linked to (see contradictions.cypher for what contradicts).
// Starts from the entity, so its cost grows with the entity's links, not with the graph.
// Parameters: $entityId (String)
// Returns: subject (map), attribute (String), claims ([map] with citations)
MATCH (a:Entity {id: $entityId})
CALL (a) {
  RETURN a AS subject
  UNION
  MATCH (a)-[:RELATION]-(subject:Entity) WHERE subject.kind = 'event'
  RETURN subject
}
MATCH (c:Claim)-[:ABOUT]->(subject)
WHERE NOT EXISTS { MATCH (t:Term {group: 'ATTRIBUTE', name: c.attribute}) WHERE t.multiValued }
WITH subject, c.attribute AS attribute, c ORDER BY c.id
WITH subject, attribute, collect(c) AS claims, count(DISTINCT c.valueKey) AS values
WHERE values > 1
RETURN @entity(subject) AS subject, attribute, [c IN claims | @claim(c)] AS claims
ORDER BY subject.id, attribute
