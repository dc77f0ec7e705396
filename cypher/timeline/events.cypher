// Events of the whole graph in date order (partial dates by the interval they cover: 2017 before 2017-01-04), then,
// when asked, undated ones by name. Dated events are read in the order of the entity_date index, so the first
// $first are found without reading the rest.
// Parameters: $from, $to (YYYY-MM-DD or null), $includeUndated (Boolean), $first (Int)
// Returns: entity (map with citations and claims), one row per event
CALL () {
  MATCH (e:Entity)
  WHERE e.dateStart >= '0000' AND e.kind = 'event'
    AND ($to IS NULL OR e.dateStart <= $to) AND ($from IS NULL OR e.dateEnd >= $from)
  WITH e ORDER BY e.dateStart, e.dateEnd, e.name LIMIT $first
  RETURN e, 0 AS undated
  UNION ALL
  MATCH (e:Entity {kind: 'event'})
  WHERE $includeUndated AND e.dateStart IS NULL
  WITH e ORDER BY e.name LIMIT $first
  RETURN e, 1 AS undated
}
WITH e, undated ORDER BY undated, e.dateStart, e.dateEnd, e.name LIMIT $first
RETURN @entity(e) AS entity
