// Bulk loading: creates links between entities already stored (found by their unique id), never merges.
// Parameters: $relationships: [{from, to, props: map of stored properties, with id}] (domain/records.ts storedRelationship)
// Returns: count (links whose two ends were found)
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
CREATE (a)-[r:RELATION]->(b)
SET r = rel.props
RETURN count(r) AS count
