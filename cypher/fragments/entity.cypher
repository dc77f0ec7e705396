// An entity `__` as the API returns it: its properties, citations and the claims about it.
__ {
  .id, .kind, .subkind, .name, .aliases, .aliasReasons, .date, .dateInferred, .description, .descriptiveName,
  citations: @citations(__),
  claims: COLLECT { MATCH (aboutClaim:Claim)-[:ABOUT]->(__) RETURN @claim(aboutClaim) ORDER BY aboutClaim.id }
}
