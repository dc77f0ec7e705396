// Restores relationships from a backup, between nodes this restore created (found by their element ids).
// Parameters: $relationships ([{from, to (element ids), type (String), properties (map)}])
// Returns: created (Int)
UNWIND $relationships AS rel
MATCH (a) WHERE elementId(a) = rel.from
MATCH (b) WHERE elementId(b) = rel.to
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.properties
RETURN count(r) AS created
