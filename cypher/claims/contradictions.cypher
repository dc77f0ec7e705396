// Attributes on which claims disagree, across the whole graph (fragments/contradiction-groups.cypher says what
// disagrees). All sides are returned.
// Parameters: none
// Returns: subject (map), attribute (String), claims ([map] with citations)
MATCH (:Claim)-[:ABOUT]->(subject:Entity)
WITH DISTINCT subject
@contradiction-groups(subject)
