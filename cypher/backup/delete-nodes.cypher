// Removes what a failed restore wrote in earlier transactions: the nodes it created, with their relationships.
// Parameters: $ids ([String], element ids)
// Returns: deleted (Int)
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
DETACH DELETE n
RETURN count(*) AS deleted
