// Creates a cited relationship between two existing entities.
// Parameters: $from (String), $to (String), $props (map: the stored form, with id)
// Returns: id; no row when an end is unknown
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CREATE (a)-[r:RELATION]->(b)
SET r = $props
RETURN r.id AS id
