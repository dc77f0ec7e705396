// How many nodes and relationships a backup will hold: all of them, or those marked by cypher/backup/lock.
// Parameters: $mark (String, or null for all)
// Returns: nodes, relationships (Int)
RETURN
  COUNT { MATCH (n) WHERE $mark IS NULL OR n.__backupSnapshot = $mark } AS nodes,
  COUNT { MATCH ()-[r]->() WHERE $mark IS NULL OR r.__backupSnapshot = $mark } AS relationships
