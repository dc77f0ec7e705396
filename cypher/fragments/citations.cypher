// The citations of a node or link `__`, each with its source: [{quote, source: {id, title, …}}]. None (not an error)
// when `__` was deleted by a concurrent write while this read ran and its properties read as null.
[citationIx IN range(0, coalesce(size(__.citedSources), 0) - 1) | {
  quote: __.citedQuotes[citationIx],
  source: COLLECT {
    MATCH (fragmentSource:Source {id: __.citedSources[citationIx]})
    RETURN fragmentSource {.id, .title, .publisher, .author, .date, .url, .caseId}
  }[0]
}]
