// How far the database has changed, from Neo4j's count store (constant time at any size): audit records (every API
// change writes one), all nodes and all links. Cached whole-graph reads compare it, so several servers over one
// database see each other's writes.
// Parameters: none
// Returns: generation (String)
CALL () { MATCH (a:AuditRecord) RETURN count(a) AS audits }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS links }
RETURN toString(audits) + ':' + toString(nodes) + ':' + toString(links) AS generation
