// Every relationship with its type and all its properties, and its two nodes by their element ids (as in backup/nodes).
// Parameters: $mark (String, or null for all: with a mark, only the relationships cypher/backup/lock marked with it)
// Returns: from, to (element ids), type (String), properties (map; with a mark, __backupSnapshot is among them)
MATCH (a)-[r]->(b)
WHERE $mark IS NULL OR r.__backupSnapshot = $mark
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS properties
