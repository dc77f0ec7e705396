// Creates or replaces relationships between existing entities (domain/records.ts storedRelationship). A link whose
// id now joins other entities (a merge moved it) is put back between the ends the files give.
// Parameters: $relationships: [{from, to, props: map of stored properties, with id}]
// Returns: count (relationships whose two ends were found)
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from}), (b:Entity {id: rel.to})
CALL (a, b, rel) {
  MATCH (:Entity)-[moved:RELATION {id: rel.props.id}]->(:Entity)
  WHERE startNode(moved) <> a OR endNode(moved) <> b
  DELETE moved
}
MERGE (a)-[r:RELATION {id: rel.props.id}]->(b)
SET r = rel.props
RETURN count(r) AS count
