// Creates or updates cases (a folder of seed/cases/ each).
// Parameters: $cases: [{id, title, description}]
// Returns: count
UNWIND $cases AS record
MERGE (c:Case {id: record.id})
SET c = record
RETURN count(c) AS count
