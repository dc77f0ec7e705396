// One source document with its full text (to show a quote in context).
// Parameters: $id (String)
// Returns: source (map); no row when unknown
MATCH (s:Source {id: $id})
RETURN s {.id, .caseId, .title, .publisher, .author, .date, .dateNote, .url, .text} AS source
