// Deletes an entity with its links and the claims about it, returning what they were for the audit record.
// Parameters: $id (String)
// Returns: props (map), links ([{props, from, to}]), claims ([map]); no row when unknown
MATCH (e:Entity {id: $id})
WITH e, properties(e) AS props,
  COLLECT { MATCH (a:Entity)-[r:RELATION]-(b:Entity) WHERE a = e RETURN DISTINCT {props: properties(r), from: startNode(r).id, to: endNode(r).id} } AS links,
  COLLECT { MATCH (c:Claim)-[:ABOUT]->(e) RETURN c } AS claimNodes
WITH e, props, links, claimNodes, [c IN claimNodes | properties(c)] AS claims
FOREACH (c IN claimNodes | DETACH DELETE c)
DETACH DELETE e
RETURN props, links, claims
