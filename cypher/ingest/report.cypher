// One report with what was found in it.
// Parameters: $sourceId (String)
// Returns: report (map without the original bytes), source (map)
MATCH (r:Report {sourceId: $sourceId})
MATCH (s:Source {id: r.sourceId})
RETURN r {.sourceId, .sha256, .capturedAt, .mediaType, .fileName, .byteSize, .capturedBy, .analysis} AS report, properties(s) AS source
