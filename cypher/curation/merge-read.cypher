// What a merge will change: both entities' properties, the merged entity's links and the claims about it.
// Parameters: $survivorId (String), $mergedId (String)
// Returns: survivor (map), merged (map), relationships ([{id, props, outgoing, otherId}]), claimIds ([String]);
//   no row when either is unknown
MATCH (s:Entity {id: $survivorId}), (m:Entity {id: $mergedId})
RETURN properties(s) AS survivor, properties(m) AS merged,
  COLLECT { MATCH (m)-[r:RELATION]->(o:Entity) RETURN {id: r.id, props: properties(r), outgoing: true, otherId: o.id} } +
  COLLECT { MATCH (o:Entity)-[r:RELATION]->(m) WHERE o <> m RETURN {id: r.id, props: properties(r), outgoing: false, otherId: o.id} }
    AS relationships,
  COLLECT { MATCH (c:Claim)-[:ABOUT]->(m) RETURN c.id } AS claimIds
