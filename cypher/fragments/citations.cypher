// The citations of a node or link `__`, each with its source: [{quote, source: {id, title, …}}].
[ix IN range(0, size(__.citedSources) - 1) | {
  quote: __.citedQuotes[ix],
  source: COLLECT { MATCH (citedSource:Source {id: __.citedSources[ix]}) RETURN citedSource {.id, .title, .publisher, .author, .date, .url, .caseId} }[0]
}]
