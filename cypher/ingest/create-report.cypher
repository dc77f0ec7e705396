// Stores a report beside its source: the original bytes, their hash, when it was taken in, and what was found in it.
// Parameters: $report (map: sourceId, sha256, capturedAt, mediaType, fileName, byteSize, original, analysis, capturedBy)
// Returns: sourceId
MATCH (s:Source {id: $report.sourceId})
CREATE (r:Report)
SET r = $report
CREATE (r)-[:OF]->(s)
RETURN r.sourceId AS sourceId
