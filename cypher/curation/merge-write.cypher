// Merges one entity into another: the survivor takes its names and citations, its links and claims move over,
// links between the two are dropped (kept in the merge record), and a Merge node records everything needed to undo.
// Parameters: $survivorId, $mergedId (String), $survivorPatch (map), $merge (map: the Merge node's properties)
// Returns: id (of the merge), movedOut, movedIn, movedClaims (Int)
MATCH (s:Entity {id: $survivorId}), (m:Entity {id: $mergedId})
SET s += $survivorPatch
WITH s, m
CALL (s, m) {
  MATCH (m)-[r:RELATION]->(o:Entity)
  WHERE o <> s AND o <> m
  WITH r, o, properties(r) AS props
  DELETE r
  CREATE (s)-[moved:RELATION]->(o)
  SET moved = props
  RETURN count(*) AS movedOut
}
CALL (s, m) {
  MATCH (o:Entity)-[r:RELATION]->(m)
  WHERE o <> s AND o <> m
  WITH r, o, properties(r) AS props
  DELETE r
  CREATE (o)-[moved:RELATION]->(s)
  SET moved = props
  RETURN count(*) AS movedIn
}
CALL (s, m) {
  MATCH (c:Claim)-[about:ABOUT]->(m)
  DELETE about
  CREATE (c)-[:ABOUT]->(s)
  RETURN count(*) AS movedClaims
}
DETACH DELETE m
WITH movedOut, movedIn, movedClaims
CREATE (record:Merge)
SET record = $merge
RETURN record.id AS id, movedOut, movedIn, movedClaims
