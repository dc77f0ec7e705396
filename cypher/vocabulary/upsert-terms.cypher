// Adds vocabulary words the database does not have yet; a word it has stays as it is (words are never redefined).
// Parameters: $terms: [{key, group, name, description, kind, color, shape, multiValued, origin}], $seq (Int: order of the first)
// Returns: count (words added)
UNWIND range(0, size($terms) - 1) AS i
WITH $terms[i] AS term, i
MERGE (t:Term {key: term.key})
ON CREATE SET t = term, t.seq = $seq + i, t.added = true
WITH t WHERE t.added
REMOVE t.added
RETURN count(t) AS count
