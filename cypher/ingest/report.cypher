// One report with what was found in it.
// Parameters: $sourceId (String)
// Returns: report (map without the original bytes), source (map)
MATCH (r:Report {sourceId: $sourceId})-[:OF]->(s:Source)
RETURN r {.sourceId, .sha256, .capturedAt, .mediaType, .fileName, .byteSize, .capturedBy, .analysis} AS report, properties(s) AS source
