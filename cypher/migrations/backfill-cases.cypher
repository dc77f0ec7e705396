// Files records stored before cases existed: the seed's cases and their sources, then every entity, link and claim
// under the case of the source its first citation quotes. Records that have a case keep it.
// Parameters: $cases ([{id, title, description}]), $sources ([{id, caseId}])
// Returns: done (1)
CALL () {
  UNWIND $cases AS record
  MERGE (c:Case {id: record.id})
  ON CREATE SET c += record
}
CALL () {
  UNWIND $sources AS source
  MATCH (s:Source {id: source.id}) WHERE s.caseId IS NULL
  SET s.caseId = source.caseId
}
CALL () {
  MATCH (n) WHERE (n:Entity OR n:Claim) AND n.caseId IS NULL AND size(coalesce(n.citedSources, [])) > 0
  MATCH (s:Source {id: n.citedSources[0]}) WHERE s.caseId IS NOT NULL
  SET n.caseId = s.caseId
}
CALL () {
  MATCH (:Entity)-[r:RELATION]->(:Entity) WHERE r.caseId IS NULL AND size(coalesce(r.citedSources, [])) > 0
  MATCH (s:Source {id: r.citedSources[0]}) WHERE s.caseId IS NOT NULL
  SET r.caseId = s.caseId
}
RETURN 1 AS done
