// Creates or replaces claims (cited attribute values) and ties each to its subject alone.
// Parameters: $claims: [{subject, props: map of stored properties, with id}]
// Returns: count
UNWIND $claims AS claim
MATCH (e:Entity {id: claim.subject})
MERGE (c:Claim {id: claim.props.id})
SET c = claim.props
WITH c, e
CALL (c, e) {
  OPTIONAL MATCH (c)-[old:ABOUT]->(other:Entity) WHERE other <> e
  DELETE old
}
MERGE (c)-[:ABOUT]->(e)
RETURN count(c) AS count
