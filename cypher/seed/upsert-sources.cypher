// Creates or updates source documents.
// Parameters: $sources: [{id, caseId, title, publisher, author, date, dateNote, url, text}]
// Returns: count
UNWIND $sources AS source
MERGE (s:Source {id: source.id})
SET s = source
RETURN count(s) AS count
