// The shapes the page reads from the GraphQL contract, derived from the types `npm run codegen` generates from
// server/schema/*.graphql: each is exactly what a query of queries.ts selects, so a schema change is a type error here.
import type * as Schema from './generated/schema.js';

/** An object field a query selects with a smaller selection of its own: a field of `T`, holding a part of what it holds. */
type Nested<T, N> = { [K in keyof N]: K extends keyof T ? (T[K] extends N[K] ? N[K] : never) : never };

/** What a query selects of the schema type `T`: the leaf fields `F` as the schema types them, the object fields `N`. */
export type Selection<T, F extends keyof T, N extends Nested<T, N> = Record<never, never>> = Pick<T, F> & N;

export type SourceRef = Selection<Schema.Source, 'id' | 'title' | 'publisher' | 'author' | 'date' | 'url'>;
export type SourceSummary = Selection<Schema.Source, 'id' | 'title'>;
export type SourceText = SourceRef & Selection<Schema.Source, 'text'>;

export type Citation = Selection<Schema.Citation, 'quote', { source: SourceRef }>;

export type Claim = Selection<
  Schema.Claim,
  'id' | 'subjectId' | 'attribute' | 'value' | 'preferred' | 'preferredReason',
  { citations: Citation[] }
>;

export type EntityData = Selection<
  Schema.Entity,
  'id' | 'kind' | 'subkind' | 'name' | 'aliases' | 'aliasReasons' | 'descriptiveName' | 'description' | 'date' | 'dateInferred',
  { citations: Citation[]; claims: Claim[] }
>;

export type EntityRef = Selection<Schema.Entity, 'id'>;

export type RelationshipData = Selection<
  Schema.Relationship,
  'id' | 'type' | 'role' | 'date' | 'dateInferred',
  { source: EntityRef; target: EntityRef; citations: Citation[] }
>;

export type SubgraphData = Selection<Schema.Subgraph, 'truncated', { nodes: EntityData[]; edges: RelationshipData[] }>;

export type PathData = Selection<
  Schema.Path,
  'length' | 'sourceCount',
  { commonSources: SourceSummary[]; nodes: EntityData[]; edges: RelationshipData[] }
>;

export type SearchHitData = Selection<Schema.SearchHit, 'score' | 'matched', { entity: EntityData }>;

export type AuditRecord = Selection<Schema.AuditRecord, 'id' | 'at' | 'actor' | 'role' | 'action' | 'targetId' | 'summary'>;

// The vocabulary query selects every field of these.
export type Term = Schema.Term;
export type KindTerm = Schema.KindTerm;
export type AttributeTerm = Schema.AttributeTerm;
export type Vocabulary = Schema.Vocabulary;

export type Viewer = Schema.Viewer;

// Arguments and mutation inputs, as the schema has them.
export type {
  AliasInput,
  CitationInput,
  ClaimInput,
  ClaimPatch,
  EntityInput,
  EntityPatch,
  GraphFilter,
  RelationshipInput,
  RelationshipPatch,
  VocabularyGroup,
  VocabularyTermInput,
} from './generated/schema.js';
