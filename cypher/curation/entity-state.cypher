// An entity's stored properties, for checks and for the audit record's before/after.
// Parameters: $id (String)
// Returns: props (map); no row when unknown
MATCH (e:Entity {id: $id})
RETURN properties(e) AS props
