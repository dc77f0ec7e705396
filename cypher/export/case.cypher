// Everything a case folder holds, as the database has it now (curated changes included), each list in id order.
// Parameters: $caseId (String)
// Returns: info (map), sources, entities ([map of stored properties]), relationships ([{props, from, to}]),
//   claims ([{props, subject}]), terms ([map]: words added by this case or through the API, with the kinds their
//   subkinds extend); no row for an unknown case
MATCH (c:Case {id: $caseId})
RETURN c {.id, .title, .description} AS info,
  COLLECT { MATCH (s:Source {caseId: $caseId}) WITH s ORDER BY s.id RETURN properties(s) } AS sources,
  COLLECT { MATCH (e:Entity {caseId: $caseId}) WITH e ORDER BY e.id RETURN properties(e) } AS entities,
  COLLECT {
    MATCH (a:Entity)-[r:RELATION {caseId: $caseId}]->(b:Entity)
    WITH a, r, b ORDER BY r.id
    RETURN {props: properties(r), from: a.id, to: b.id}
  } AS relationships,
  COLLECT {
    MATCH (cl:Claim {caseId: $caseId})-[:ABOUT]->(subject:Entity)
    WITH cl, subject ORDER BY cl.id
    RETURN {props: properties(cl), subject: subject.id}
  } AS claims,
  COLLECT {
    MATCH (t:Term)
    WHERE t.origin IN [$caseId, 'curated']
       OR (t.group = 'KIND' AND EXISTS { MATCH (sub:Term {group: 'SUBKIND', kind: t.name}) WHERE sub.origin IN [$caseId, 'curated'] })
    WITH t ORDER BY t.seq, t.key
    RETURN properties(t)
  } AS terms
