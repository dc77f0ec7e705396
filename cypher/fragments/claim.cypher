// A claim `__` as the API returns it, with the id of the entity it is about.
__ {
  .id, .attribute, .value, .preferred, .preferredReason,
  subjectId: COLLECT { MATCH (__)-[:ABOUT]->(claimSubject:Entity) RETURN claimSubject.id }[0],
  citations: @citations(__)
}
