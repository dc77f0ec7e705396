// Bulk loading: creates source documents, never merges.
// Parameters: $sources: [{id, caseId, title, publisher, author, date, dateNote, url, text}]
// Returns: count
UNWIND $sources AS source
CREATE (s:Source)
SET s = source
RETURN count(s) AS count
