// Takes a write lock on every node and relationship, so none can change or gain or lose a relationship until this
// transaction ends, and marks them with $mark, seen by this transaction only: it is rolled back, nothing is written.
// Run again in the same transaction, it locks and marks what was created since. A backup reads what is marked.
// Parameters: $mark (String, unique to this backup)
// Returns: nodes, relationships (how many are locked), clashes (how many already held __backupSnapshot as data)
CALL () {
  MATCH (n)
  WITH n, n.__backupSnapshot AS before
  SET n.__backupSnapshot = $mark
  RETURN count(n) AS nodes, count(CASE WHEN before <> $mark THEN 1 END) AS nodeClashes
}
CALL () {
  MATCH ()-[r]->()
  WITH r, r.__backupSnapshot AS before
  SET r.__backupSnapshot = $mark
  RETURN count(r) AS relationships, count(CASE WHEN before <> $mark THEN 1 END) AS relationshipClashes
}
RETURN nodes, relationships, nodeClashes + relationshipClashes AS clashes
