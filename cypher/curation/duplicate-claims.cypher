// Groups of claims that may state one fact: same subject and attribute (values are compared by the caller). Claims a
// merge moved are left alone while that merge can still be undone: undo moves them back by id.
// Parameters: none
// Returns: subject (String), claims ([map of stored properties]), one row per group of two or more
MATCH (c:Claim)-[:ABOUT]->(e:Entity)
WHERE NOT EXISTS { MATCH (m:Merge) WHERE coalesce(m.undone, false) = false AND c.id IN m.claimIds }
WITH e.id AS subject, c.attribute AS attribute, c ORDER BY c.id
WITH subject, attribute, collect(properties(c)) AS claims
WHERE size(claims) > 1
RETURN subject, claims
