// The texts of the sources some citations name, to check their quotes before writing.
// Parameters: $ids ([String])
// Returns: id, text and caseId (null when the source does not exist)
UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
RETURN id, s.text AS text, s.caseId AS caseId
