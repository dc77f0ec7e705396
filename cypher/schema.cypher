// Schema: constraints and indexes, applied idempotently at every start.
// Parameters: none. Returns: nothing.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT relation_id IF NOT EXISTS FOR ()-[r:RELATION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT term_key IF NOT EXISTS FOR (t:Term) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (c:Case) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT report_source IF NOT EXISTS FOR (r:Report) REQUIRE r.sourceId IS UNIQUE;
CREATE CONSTRAINT report_hash IF NOT EXISTS FOR (r:Report) REQUIRE r.sha256 IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT duplicate_pair IF NOT EXISTS FOR (d:DuplicateDecision) REQUIRE d.pair IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE;
CREATE INDEX proposal_source IF NOT EXISTS FOR (p:Proposal) ON (p.sourceId);
CREATE INDEX proposal_signature IF NOT EXISTS FOR (p:Proposal) ON (p.signature);
CREATE INDEX audit_target IF NOT EXISTS FOR (a:AuditRecord) ON (a.targetId);
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX entity_date IF NOT EXISTS FOR (e:Entity) ON (e.dateStart);
CREATE INDEX relation_type IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.type);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CALL db.awaitIndexes(900);
