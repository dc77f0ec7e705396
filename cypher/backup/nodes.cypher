// Every node with all its labels and properties, whatever they are (a new kind of node needs no change here).
// The element id is a key within this one read only: it joins relationships to their nodes in the backup file.
// Parameters: $mark (String, or null for all: with a mark, only the nodes cypher/backup/lock marked with it)
// Returns: id (element id), labels ([String]), properties (map; with a mark, __backupSnapshot is among them)
MATCH (n)
WHERE $mark IS NULL OR n.__backupSnapshot = $mark
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
