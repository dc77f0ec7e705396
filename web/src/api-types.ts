// The shapes the page reads from the GraphQL contract (server/schema/*.graphql), as far as the page asks for them.

export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  author?: string | null;
  date: string | null;
  url: string | null;
}
export interface Citation {
  quote: string;
  source: SourceRef;
}
export interface Claim {
  id: string;
  subjectId?: string;
  attribute: string;
  value: string;
  citations: Citation[];
  preferred?: boolean;
  preferredReason?: string | null;
}
export interface EntityData {
  id: string;
  kind: string;
  subkind: string | null;
  name: string;
  aliases: string[];
  aliasReasons?: string[];
  descriptiveName?: boolean;
  description: string | null;
  date?: string | null;
  dateInferred?: string | null;
  citations: Citation[];
  claims?: Claim[];
}
export interface RelationshipData {
  id: string;
  type: string;
  role: string | null;
  date: string | null;
  dateInferred?: string | null;
  source: { id: string };
  target: { id: string };
  citations: Citation[];
}
export interface SubgraphData {
  nodes: EntityData[];
  edges: RelationshipData[];
  truncated: boolean;
}
export interface PathData {
  nodes: EntityData[];
  edges: RelationshipData[];
  length: number;
  sourceCount?: number;
  commonSources?: { id: string; title: string }[];
}
export interface SearchHitData {
  entity: EntityData;
  score: number;
  matched: string;
}
export interface SourceText extends SourceRef {
  text: string;
}
export interface SourceSummary {
  id: string;
  title: string;
}
export interface GraphFilter {
  kinds?: string[];
  types?: string[];
  from?: string | null;
  to?: string | null;
}

export interface Term {
  name: string;
  description: string;
}
export interface KindTerm extends Term {
  color: string;
  shape: string;
  subkinds: Term[];
}
export interface AttributeTerm extends Term {
  multiValued: boolean;
}
export interface Vocabulary {
  kinds: KindTerm[];
  relationshipTypes: Term[];
  roles: Term[];
  attributes: AttributeTerm[];
}

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  targetId: string;
  summary: string;
}

export interface CitationInput {
  sourceId: string;
  quote: string;
}
