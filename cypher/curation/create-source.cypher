// Creates a source document in a case (the case too, when it is new).
// Parameters: $props (map: id, caseId, title, text, …), $caseTitle (String: the title of a new case)
// Returns: id
MERGE (c:Case {id: $props.caseId})
ON CREATE SET c.title = $caseTitle, c.description = ''
CREATE (s:Source)
SET s = $props
RETURN s.id AS id
