// Events in date order (partial dates by the interval they cover: 2017 before 2017-01-04), for one entity or all.
// With $entityId: the events linked to it, or the entity itself when it is an event.
// Parameters: $entityId (String or null), $from, $to (YYYY-MM-DD or null), $includeUndated (Boolean), $first (Int)
// Returns: entity (map with citations and claims), one row per event
MATCH (e:Entity {kind: 'event'})
WHERE ($entityId IS NULL OR e.id = $entityId OR EXISTS { (e)-[:RELATION]-(:Entity {id: $entityId}) })
  AND (e.dateStart IS NOT NULL OR $includeUndated)
  AND (e.dateStart IS NULL OR (($to IS NULL OR e.dateStart <= $to) AND ($from IS NULL OR e.dateEnd >= $from)))
WITH e ORDER BY e.dateStart IS NULL, e.dateStart, e.dateEnd, e.name LIMIT $first
RETURN @entity(e) AS entity
