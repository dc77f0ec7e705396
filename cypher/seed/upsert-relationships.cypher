// Creates or updates relationships between existing entities.
// Parameters: $relationships: [{id, type, from, to, role, date, dateStart, dateEnd, dateInferred, citedSources, citedQuotes}]
// Returns: count (relationships whose two ends were found)
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from}), (b:Entity {id: rel.to})
MERGE (a)-[r:RELATION {id: rel.id}]->(b)
SET r.type = rel.type, r.role = rel.role, r.date = rel.date, r.dateStart = rel.dateStart, r.dateEnd = rel.dateEnd, r.dateInferred = rel.dateInferred,
    r.citedSources = rel.citedSources, r.citedQuotes = rel.citedQuotes
RETURN count(r) AS count
