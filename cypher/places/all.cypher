// Every place, with what happened there: the dated entities linked to it (by any link), and those linked to an undated
// entity located in it (a trial through the court that sits in the town), each with the entity it came through.
// Parameters: $kind (String: the kind that holds places), $locatedIn (String: the type that locates), $first (Int)
// Returns: place (its id), dated ([String] ids), through ([{event, via}] ids); by name
MATCH (p:Entity {kind: $kind})
WITH p ORDER BY p.name, p.id LIMIT $first
RETURN p.id AS place,
  COLLECT { MATCH (p)-[:RELATION]-(e:Entity) WHERE e.dateStart IS NOT NULL RETURN DISTINCT e.id } AS dated,
  COLLECT {
    MATCH (p)<-[:RELATION {type: $locatedIn}]-(via:Entity)-[:RELATION]-(e:Entity)
    WHERE via.dateStart IS NULL AND e.dateStart IS NOT NULL AND e <> p AND NOT EXISTS { (p)-[:RELATION]-(e) }
    RETURN DISTINCT {event: e.id, via: via.id}
  } AS through
