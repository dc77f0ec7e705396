// Whether a path may take the step through link `r` to entity `__` (the end entity itself always may): the
// filter's types and date range on the link; kinds, avoided kinds and date range on an intermediate entity.
($types IS NULL OR r.type IN $types) AND (r.dateStart IS NULL OR (($to IS NULL OR r.dateStart <= $to) AND ($from IS NULL OR r.dateEnd >= $from)))
  AND (__.id = $toId OR (($kinds IS NULL OR __.kind IN $kinds) AND ($avoidKinds IS NULL OR NOT __.kind IN $avoidKinds)
    AND (__.dateStart IS NULL OR (($to IS NULL OR __.dateStart <= $to) AND ($from IS NULL OR __.dateEnd >= $from)))))
