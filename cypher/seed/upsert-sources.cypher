// Creates or updates source documents.
// Parameters: $sources: [{id, title, publisher, author, date, dateNote, url, text}]
// Returns: count
UNWIND $sources AS source
MERGE (s:Source {id: source.id})
SET s.title = source.title, s.publisher = source.publisher, s.author = source.author,
    s.date = source.date, s.dateNote = source.dateNote, s.url = source.url, s.text = source.text
RETURN count(s) AS count
