// Bulk loading: creates claims about entities already stored, never merges.
// Parameters: $claims: [{subject, props: map of stored properties, with id}] (domain/records.ts storedClaim)
// Returns: count (claims whose subject was found)
UNWIND $claims AS claim
MATCH (e:Entity {id: claim.subject})
CREATE (c:Claim)-[:ABOUT]->(e)
SET c = claim.props
RETURN count(c) AS count
