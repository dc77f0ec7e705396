// Creates or updates claims (cited attribute values) about entities.
// Parameters: $claims: [{id, subject, attribute, value, citedSources, citedQuotes}]
// Returns: count
UNWIND $claims AS claim
MATCH (e:Entity {id: claim.subject})
MERGE (c:Claim {id: claim.id})
SET c.attribute = claim.attribute, c.value = claim.value,
    c.citedSources = claim.citedSources, c.citedQuotes = claim.citedQuotes
MERGE (c)-[:ABOUT]->(e)
RETURN count(c) AS count
