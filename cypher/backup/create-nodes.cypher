// Restores nodes from a backup: each with its labels and properties, whatever they are.
// Parameters: $nodes ([{key (Int, the node's number in the file), labels ([String]), properties (map)}])
// Returns: key, id (element id of the node created), one row per node
UNWIND $nodes AS node
CREATE (n:$(node.labels))
SET n = node.properties
RETURN node.key AS key, elementId(n) AS id
