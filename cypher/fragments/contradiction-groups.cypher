// Clauses: for the subjects bound as `__`, the attributes on which their claims disagree — a single-valued attribute
// (vocabulary) with more than one value, case and typography aside (valueKey, domain/records.ts); values of
// multi-valued attributes add up and never contradict. Returns subject, attribute and every side's claim.
MATCH (c:Claim)-[:ABOUT]->(__)
WHERE NOT EXISTS { MATCH (t:Term {group: 'ATTRIBUTE', name: c.attribute}) WHERE t.multiValued }
WITH __, c.attribute AS attribute, c ORDER BY c.id
WITH __, attribute, collect(c) AS claims, count(DISTINCT c.valueKey) AS values
WHERE values > 1
RETURN @entity(__) AS subject, attribute, [c IN claims | @claim(c)] AS claims
ORDER BY __.id, attribute
