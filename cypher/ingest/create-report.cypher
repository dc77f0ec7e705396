// Stores a report beside its source (joined by sourceId): the original bytes, their hash, when it was taken in, and what was found in it.
// Parameters: $report (map: sourceId, sha256, capturedAt, mediaType, fileName, byteSize, original, analysis, capturedBy)
// Returns: sourceId
MATCH (s:Source {id: $report.sourceId})
CREATE (r:Report)
SET r = $report
RETURN r.sourceId AS sourceId
