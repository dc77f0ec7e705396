// A merge record, and whether undoing it is still possible.
// Parameters: $mergeId (String)
// Returns: merge (map), survivorExists (Boolean), mergedIdTaken (Boolean); no row when unknown
MATCH (record:Merge {id: $mergeId})
RETURN properties(record) AS merge,
  EXISTS { MATCH (s:Entity) WHERE s.id = record.survivorId } AS survivorExists,
  EXISTS { MATCH (e:Entity) WHERE e.id = record.mergedId } AS mergedIdTaken
