// Contradictions about one entity or about an event it is linked to (fragments/contradiction-groups.cypher says
// what disagrees). Starts from the entity, so its cost grows with the entity's links, not with the graph.
// Parameters: $entityId (String)
// Returns: subject (map), attribute (String), claims ([map] with citations)
MATCH (a:Entity {id: $entityId})
CALL (a) {
  RETURN a AS subject
  UNION
  MATCH (a)-[:RELATION]-(subject:Entity) WHERE subject.kind = 'event'
  RETURN subject
}
@contradiction-groups(subject)
