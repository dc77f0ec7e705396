// The events of one entity in date order (partial dates by the interval they cover: 2017 before 2017-01-04): the
// events linked to it, or the entity itself when it is an event. Starts from the entity, so its cost grows with the
// entity's links, not with the graph.
// Parameters: $entityId (String), $from, $to (YYYY-MM-DD or null), $includeUndated (Boolean), $first (Int)
// Returns: entity (map with citations and claims), one row per event
MATCH (a:Entity {id: $entityId})
CALL (a) {
  WITH a WHERE a.kind = 'event'
  RETURN a AS e
  UNION
  MATCH (a)-[:RELATION]-(e:Entity) WHERE e.kind = 'event'
  RETURN e
}
WITH e
WHERE (e.dateStart IS NOT NULL OR $includeUndated)
  AND (e.dateStart IS NULL OR (($to IS NULL OR e.dateStart <= $to) AND ($from IS NULL OR e.dateEnd >= $from)))
WITH e ORDER BY e.dateStart IS NULL, e.dateStart, e.dateEnd, e.name LIMIT $first
RETURN @entity(e) AS entity
