// Undoes a merge: recreates the merged entity, restores the survivor as it was before, moves the links and claims back.
// Parameters: $mergeId (String), $mergedProps (map), $survivorProps (map), $outgoingIds, $incomingIds, $claimIds ([String]),
//   $between ([{props, outgoing}]: links between the two, outgoing from the merged one), $undoneAt, $undoneBy (String)
// Returns: id (of the restored entity)
MATCH (record:Merge {id: $mergeId}), (s:Entity {id: record.survivorId})
CREATE (m:Entity)
SET m = $mergedProps, s = $survivorProps
WITH record, s, m
CALL (s, m) {
  UNWIND $outgoingIds AS rid
  MATCH (s)-[r:RELATION {id: rid}]->(o:Entity)
  WITH r, o, properties(r) AS props
  DELETE r
  CREATE (m)-[back:RELATION]->(o)
  SET back = props
  RETURN count(*) AS restoredOut
}
CALL (s, m) {
  UNWIND $incomingIds AS rid
  MATCH (o:Entity)-[r:RELATION {id: rid}]->(s)
  WITH r, o, properties(r) AS props
  DELETE r
  CREATE (o)-[back:RELATION]->(m)
  SET back = props
  RETURN count(*) AS restoredIn
}
CALL (s, m) {
  UNWIND $between AS link
  FOREACH (_ IN CASE WHEN link.outgoing THEN [1] ELSE [] END | CREATE (m)-[r:RELATION]->(s) SET r = link.props)
  FOREACH (_ IN CASE WHEN link.outgoing THEN [] ELSE [1] END | CREATE (s)-[r:RELATION]->(m) SET r = link.props)
  RETURN count(*) AS restoredBetween
}
CALL (s, m) {
  UNWIND $claimIds AS cid
  MATCH (c:Claim {id: cid})-[about:ABOUT]->(s)
  DELETE about
  CREATE (c)-[:ABOUT]->(m)
  RETURN count(*) AS restoredClaims
}
SET record.undone = true, record.undoneAt = $undoneAt, record.undoneBy = $undoneBy
RETURN m.id AS id
