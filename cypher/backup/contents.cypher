// What a database holds, to refuse restoring a backup over it: its nodes, relationships and nodes per label.
// Parameters: none
// Returns: nodes, relationships (Int), labels ([{label, count}], most common first)
RETURN
  COUNT { MATCH (n) } AS nodes,
  COUNT { MATCH ()-[r]->() } AS relationships,
  COLLECT {
    MATCH (n)
    UNWIND labels(n) AS label
    WITH label, count(*) AS count
    ORDER BY count DESC, label
    RETURN {label: label, count: count}
  } AS labels
