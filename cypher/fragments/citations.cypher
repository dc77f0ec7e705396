// The citations of a node or link `__`, each with its source: [{quote, source: {id, title, …}}].
[citationIx IN range(0, size(__.citedSources) - 1) | {
  quote: __.citedQuotes[citationIx],
  source: COLLECT {
    MATCH (fragmentSource:Source {id: __.citedSources[citationIx]})
    RETURN fragmentSource {.id, .title, .publisher, .author, .date, .url, .caseId}
  }[0]
}]
