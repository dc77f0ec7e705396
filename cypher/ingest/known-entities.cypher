// What ingestion needs of every entity: its names and date, to find and link the names a report uses.
// Parameters: none
// Returns: id, kind, subkind, name, descriptiveName, aliases (list of maps with name), date
// An entity deleted by a concurrent write while this read runs reads with null properties: it is left out.
MATCH (e:Entity)
WHERE e.name IS NOT NULL
RETURN e.id AS id, e.kind AS kind, e.subkind AS subkind, e.name AS name, coalesce(e.descriptiveName, false) AS descriptiveName,
       [a IN coalesce(e.aliases, []) | {name: a}] AS aliases, e.date AS date
ORDER BY e.id
