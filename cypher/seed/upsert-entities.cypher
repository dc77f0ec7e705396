// Creates or updates entities with their aliases and citations.
// Parameters: $entities: [{id, kind, subkind, name, descriptiveName, aliases, aliasReasons, date, dateInferred,
//   dateStart, dateEnd, description, citedSources, citedQuotes, searchText}]
// Returns: count
UNWIND $entities AS entity
MERGE (e:Entity {id: entity.id})
SET e.kind = entity.kind, e.subkind = entity.subkind, e.name = entity.name,
    e.descriptiveName = entity.descriptiveName, e.aliases = entity.aliases, e.aliasReasons = entity.aliasReasons,
    e.date = entity.date, e.dateStart = entity.dateStart, e.dateEnd = entity.dateEnd, e.dateInferred = entity.dateInferred, e.description = entity.description,
    e.citedSources = entity.citedSources, e.citedQuotes = entity.citedQuotes, e.searchText = entity.searchText
RETURN count(e) AS count
