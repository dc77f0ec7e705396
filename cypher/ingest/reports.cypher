// Every report taken in, newest first, with how many of its proposals wait for review.
// Parameters: none
// Returns: report (map without the original bytes and analysis), source (map), pending (Integer), total (Integer)
MATCH (r:Report)
MATCH (s:Source {id: r.sourceId})
OPTIONAL MATCH (p:Proposal {sourceId: r.sourceId})
WITH r, s, count(p) AS total, count(CASE WHEN p.status = 'PENDING' THEN 1 END) AS pending
RETURN r {.sourceId, .sha256, .capturedAt, .mediaType, .fileName, .byteSize, .capturedBy} AS report,
       properties(s) AS source, pending, total
ORDER BY r.capturedAt DESC, r.sourceId
