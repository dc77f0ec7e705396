// Every link's ends and role: the context that backs a link ("also named in the report") and finds known events.
// Parameters: none
// Returns: from, to, role
MATCH (a:Entity)-[r:RELATION]->(b:Entity)
RETURN a.id AS from, b.id AS to, r.role AS role
