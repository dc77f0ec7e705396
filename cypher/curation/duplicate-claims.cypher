// Groups of claims that may state one fact: same subject and attribute (values are compared by the caller).
// Parameters: none
// Returns: subject (String), claims ([map of stored properties]), one row per group of two or more
MATCH (c:Claim)-[:ABOUT]->(e:Entity)
WITH e.id AS subject, c.attribute AS attribute, c ORDER BY c.id
WITH subject, attribute, collect(properties(c)) AS claims
WHERE size(claims) > 1
RETURN subject, claims
