// Attributes on which claims disagree, across the whole graph: same subject, same single-valued attribute
// (vocabulary), more than one value (case and typography aside: valueKey, domain/records.ts). Values of
// multi-valued attributes add up and never contradict. All sides are returned.
// Parameters: none
// Returns: subject (map), attribute (String), claims ([map] with citations)
MATCH (c:Claim)-[:ABOUT]->(subject:Entity)
WHERE NOT EXISTS { MATCH (t:Term {group: 'ATTRIBUTE', name: c.attribute}) WHERE t.multiValued }
WITH subject, c.attribute AS attribute, c ORDER BY c.id
WITH subject, attribute, collect(c) AS claims, count(DISTINCT c.valueKey) AS values
WHERE values > 1
RETURN @entity(subject) AS subject, attribute, [c IN claims | @claim(c)] AS claims
ORDER BY subject.id, attribute
