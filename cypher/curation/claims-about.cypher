// The claims about one entity, for identity checks and preferences.
// Parameters: $subject (String)
// Returns: props (map), one row per claim
MATCH (c:Claim)-[:ABOUT]->(:Entity {id: $subject})
RETURN properties(c) AS props
ORDER BY c.id
