// The bytes a report was taken in as.
// Parameters: $sourceId (String)
// Returns: original (bytes), mediaType, fileName
MATCH (r:Report {sourceId: $sourceId})
RETURN r.original AS original, r.mediaType AS mediaType, r.fileName AS fileName
