// Creates or replaces relationships between existing entities (domain/records.ts storedRelationship).
// Parameters: $relationships: [{from, to, props: map of stored properties, with id}]
// Returns: count (relationships whose two ends were found)
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from}), (b:Entity {id: rel.to})
MERGE (a)-[r:RELATION {id: rel.props.id}]->(b)
SET r = rel.props
RETURN count(r) AS count
